import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import { useBankText } from '../../i18n/bank-text';
import { deleteAllData, useAssessment } from '../../state/assessment';
import { useProgress, useScores } from '../../state/derived';
import { useRoute } from '../../state/route';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DimensionDetails } from './dimension-details';
import { HowToRead, QualityNotes, ReflectionAnswers } from './notes';
import { ReportDownload } from './report-download';
import { SectionProfile } from './section-profile';
import { Summary } from './summary';

/** Opens every collapsed dimension while printing, and restores them afterwards. */
function usePrintExpandsDetails(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

/** The results: summary, charts with tables, every dimension, reflections, notes, and what to do next. */
export default function ResultsPage({ index }: { readonly index: BankIndex }) {
  const { bank } = index;
  const { t, i18n } = useTranslation();
  const text = useBankText(bank);
  const scores = useScores(index);
  const { unanswered } = useProgress(index);
  const completedAt = useAssessment((state) => state.completedAt);
  const navigate = useRoute((state) => state.navigate);
  const [confirmDelete, setConfirmDelete] = useState(false);
  usePrintExpandsDetails();

  if (unanswered.length > 0 || completedAt === null)
    return (
      <>
        <h1>{t('results.title')}</h1>
        <p>{t('results.notFinished')}</p>
        <button type="button" className="button button-primary" onClick={() => navigate('questionnaire')}>
          {t('results.backToQuestionnaire')}
        </button>
      </>
    );

  return (
    <>
      <h1>{t('results.title')}</h1>
      <p className="muted">
        {t('results.subtitle', { bank: text(bank.title), version: bank.version })} ·{' '}
        {t('results.completedOn', {
          date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(completedAt)),
        })}
      </p>

      <Summary index={index} scores={scores} />
      <ReportDownload index={index} scores={scores} />

      <section aria-labelledby="charts-title" className="results-section">
        <h2 id="charts-title">{t('results.chartsTitle')}</h2>
        {bank.sections.map((section) => (
          <SectionProfile key={section.id} index={index} section={section} scores={scores} />
        ))}
      </section>

      <DimensionDetails index={index} scores={scores} />
      <ReflectionAnswers index={index} />
      <QualityNotes index={index} scores={scores} />
      <HowToRead index={index} />

      <div className="actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('results.print')}
        </button>
        <button type="button" className="button" onClick={() => navigate('questionnaire')}>
          {t('results.backToQuestionnaire')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setConfirmDelete(true)}>
          {t('results.deleteData')}
        </button>
      </div>

      <ConfirmDialog
        open={confirmDelete}
        title={t('results.deleteTitle')}
        confirmLabel={t('results.deleteConfirm')}
        cancelLabel={t('intro.cancel')}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          deleteAllData();
          navigate('intro', { replace: true });
        }}
      >
        <p>{t('results.deleteBody')}</p>
      </ConfirmDialog>
    </>
  );
}
