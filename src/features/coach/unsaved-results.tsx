import { useTranslation } from 'react-i18next';
import { resultDate, resultFileText } from '../../domain/result-file';
import { useCoach } from '../../state/coach';
import { saveFile } from '../../ui/download';
import type { CoachListRow } from '../../views/coach';
import { reportFileName, slug } from '../../views/file-names';

/**
 * The coach's own warning when the browser could not keep a result or its notes: which ones, that they are
 * gone after a reload, and for each a download of exactly that result with the coach's notes in it.
 */
export function UnsavedResults({ rows }: { readonly rows: readonly CoachListRow[] }) {
  const { t } = useTranslation();
  const unsaved = useCoach((state) => state.unsaved);
  const results = useCoach((state) => state.results);
  const notes = useCoach((state) => state.notes);
  const shown = rows.filter((row) => unsaved.includes(row.key));
  if (shown.length === 0) return null;
  const download = (key: string) => {
    const stored = results.find((r) => r.key === key);
    if (!stored) return;
    const text = notes[key];
    const result = text === undefined || text === '' ? stored.result : { ...stored.result, coachNotes: text };
    const date = new Date(resultDate(result));
    const name = reportFileName(
      slug(result.bank.id),
      result.name ?? '',
      t('coach.unsavedFileWord'),
      date,
      'json',
    );
    saveFile(resultFileText(result), name, 'application/json');
  };
  return (
    <section className="card card-attention" role="alert" aria-labelledby="unsaved-title">
      <h2 id="unsaved-title">{t('coach.unsavedTitle')}</h2>
      <p>{t('coach.unsaved')}</p>
      <div className="actions">
        {shown.map((row) => (
          <button key={row.key} type="button" className="button" onClick={() => download(row.key)}>
            {t('coach.unsavedDownload', { name: row.name, date: row.date })}
          </button>
        ))}
      </div>
    </section>
  );
}
