import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentData } from '../../domain/answers';
import type { BankIndex } from '../../domain/bank/model';
import { deleteAllData, useAssessment } from '../../state/assessment';
import { useProgress } from '../../state/derived';
import { useRoute } from '../../state/route';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ResultsView } from './results-view';
import { ShareExport } from './share-export';

/** The participant's own results: the results view with export, share link, print and delete. */
export default function ResultsPage({ index }: { readonly index: BankIndex }) {
  const { t } = useTranslation();
  const { unanswered } = useProgress(index);
  const answers = useAssessment((state) => state.answers);
  const context = useAssessment((state) => state.context);
  const reflections = useAssessment((state) => state.reflections);
  const choices = useAssessment((state) => state.choices);
  const name = useAssessment((state) => state.name);
  const startedAt = useAssessment((state) => state.startedAt);
  const completedAt = useAssessment((state) => state.completedAt);
  const setName = useAssessment((state) => state.setName);
  const navigate = useRoute((state) => state.navigate);
  const [confirmDelete, setConfirmDelete] = useState(false);
  // Every export (PDF, result file, link) is made from the assessment as it is now, name included.
  const data = useMemo<AssessmentData | null>(
    () =>
      completedAt === null ? null : { answers, context, reflections, choices, name, startedAt, completedAt },
    [answers, context, reflections, choices, name, startedAt, completedAt],
  );

  if (startedAt === null)
    return (
      <>
        <h1>{t('results.emptyTitle')}</h1>
        <p>{t('results.empty')}</p>
        <button type="button" className="button button-primary" onClick={() => navigate('intro')}>
          {t('results.emptyStart')}
        </button>
      </>
    );
  if (unanswered.length > 0 || data === null)
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
      <ResultsView
        index={index}
        data={data}
        title={t('results.title')}
        onNameChange={setName}
        actions={
          <>
            <button type="button" className="button" onClick={() => window.print()}>
              {t('results.print')}
            </button>
            <button type="button" className="button" onClick={() => navigate('questionnaire')}>
              {t('results.backToQuestionnaire')}
            </button>
            <button type="button" className="button button-danger" onClick={() => setConfirmDelete(true)}>
              {t('results.deleteData')}
            </button>
          </>
        }
      >
        <ShareExport index={index} data={data} />
      </ResultsView>
      <ConfirmDialog
        open={confirmDelete}
        title={t('results.deleteTitle')}
        confirmLabel={t('results.deleteConfirm')}
        cancelLabel={t('intro.cancel')}
        destructive
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
