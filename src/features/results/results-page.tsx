import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentData } from '../../domain/answers';
import type { BankIndex } from '../../domain/bank/model';
import { deleteAllData, useAssessment } from '../../state/assessment';
import { useProgress } from '../../state/derived';
import { useRoute } from '../../state/route';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { offersFeedback } from '../../domain/feedback/payload';
import { useFeedback, useRoundFeedback } from '../../state/feedback';
import { pathOf } from '../../state/route';
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
  const feedback = useRoundFeedback(index);
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
        {...(feedback ? { feedback: feedback.sets } : {})}
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
        {offersFeedback(index) && <FeedbackInvite responses={feedback?.sets.length ?? 0} />}
        <ShareExport
          index={index}
          data={data}
          feedback={
            feedback && feedback.counted.length > 0
              ? { roundId: feedback.roundId, responses: feedback.counted }
              : undefined
          }
        />
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

/** The way to 360° feedback from the results: ask for it, or see how many responses are in. */
function FeedbackInvite({ responses }: { readonly responses: number }) {
  const { t } = useTranslation();
  const navigate = useRoute((state) => state.navigate);
  const hasRound = useFeedback((state) => state.round !== null);
  return (
    <section aria-labelledby="ask-feedback-title" className="results-section card no-print">
      <h2 id="ask-feedback-title">{t('feedback.askTitle')}</h2>
      <p className="prose">
        {hasRound ? t('feedback.askStatus', { count: responses }) : t('feedback.askHelp')}
      </p>
      <a
        className="button button-primary"
        href={pathOf('feedback')}
        onClick={(event) => {
          event.preventDefault();
          navigate('feedback');
        }}
      >
        {hasRound ? t('feedback.askManage') : t('feedback.askStart')}
      </a>
    </section>
  );
}
