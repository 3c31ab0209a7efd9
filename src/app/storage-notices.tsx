import { useTranslation } from 'react-i18next';
import { useStorageNotices, type StorageNotice } from '../state/notices';
import { useRoute } from '../state/route';
import { useSyncStatus } from '../state/sync-status';
import { saveFile } from '../ui/download';
import { useAppUpdate } from './service-worker';

function downloadKept(key: string): void {
  let raw: string | null;
  try {
    raw = localStorage.getItem(key);
  } catch {
    raw = null;
  }
  if (raw !== null) saveFile(raw, `${key.replace(/[^a-z0-9-]+/gi, '-')}.json`, 'application/json');
}

/** Tells the participant about storage trouble in plain words, and offers the kept copy. */
export function StorageNotices() {
  const { t, i18n } = useTranslation();
  const notices = useStorageNotices((state) => state.notices);
  const dismiss = useStorageNotices((state) => state.dismiss);
  const applyUpdate = useAppUpdate((state) => state.apply);
  const otherTabs = useSyncStatus((state) => state.otherTabs);
  const view = useRoute((state) => state.view);
  // The participant's views share one assessment with every other tab; the others keep their own state.
  const elsewhere = otherTabs > 0 && (view === 'intro' || view === 'questionnaire' || view === 'results');
  if (notices.length === 0 && applyUpdate === null && !elsewhere) return null;
  const message = (notice: StorageNotice): string => {
    switch (notice.kind) {
      case 'unreadable':
      case 'newer':
      case 'kept':
        return t(`notices.${notice.kind}`, { key: notice.keptAs ?? t('notices.noCopy') });
      case 'repaired':
        return t('notices.repaired', { key: notice.keptAs ?? t('notices.noCopy'), count: notice.dropped });
      case 'full':
        return t('notices.full');
      case 'deleted':
        return t('results.deleted');
    }
  };
  return (
    <div className="notices no-print">
      {elsewhere && (
        <div className="notice notice-elsewhere" role="status">
          <p>{t('notices.openElsewhere')}</p>
        </div>
      )}
      {applyUpdate !== null && (
        <div className="notice notice-deleted" role="status">
          <p>{t('notices.update')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={applyUpdate}>
              {t('notices.updateNow')}
            </button>
          </div>
        </div>
      )}
      {notices.map((notice) => (
        <div
          key={notice.kind}
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'deleted' ? 'status' : 'alert'}
        >
          <p>{message(notice)}</p>
          <div className="actions">
            {'keptAs' in notice && notice.keptAs !== null && (
              <button type="button" className="button" onClick={() => downloadKept(notice.keptAs ?? '')}>
                {t('notices.download')}
              </button>
            )}
            {notice.kind === 'full' && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  void import('../features/results/export-answers').then(({ downloadAnswersSoFar }) =>
                    downloadAnswersSoFar(i18n.language, t('notices.answersFileWord')),
                  )
                }
              >
                {t('notices.exportAnswers')}
              </button>
            )}
            {notice.kind !== 'full' && (
              <button type="button" className="button button-quiet" onClick={() => dismiss(notice)}>
                {t('notices.dismiss')}
              </button>
            )}
          </div>
        </div>
      ))}
    </div>
  );
}
