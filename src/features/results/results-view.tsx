import { useCallback, useEffect, useMemo } from 'react';
import type { AssessmentData } from '../../domain/answers';
import { useTranslation } from 'react-i18next';
import type { ResultsViewProps } from '../../ui/results-view-props';
import { useBankHash } from '../../ui/use-bank-hash';
import { FigureView } from '../../ui/view/figure-view';
import { buildResultsView } from '../../views/results';
import { DimensionDetails } from './dimension-details';
import { FeedbackSection } from './feedback-section';
import {
  ContextAnswers,
  HowToRead,
  IdentityAnswers,
  NormStandings,
  QualityNotes,
  SituationChoices,
} from './notes';
import { ReportDownload } from './report-download';
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

/**
 * The results of one assessment, as the participant, a coach or anyone with a share link sees them: the
 * results view model (the same one the PDF prints) drawn as a page: summary, report download, leader
 * identity, charts with tables, every dimension, context, notes and how to read them.
 */
export function ResultsView(props: ResultsViewProps) {
  const {
    index,
    data,
    title,
    titleLevel = 1,
    notice,
    children,
    actions,
    readCoachNotes,
    comparison,
    onNameChange,
    feedback,
  } = props;
  const { t, i18n } = useTranslation();
  const hash = useBankHash(index.bank);
  const language = i18n.language;
  const build = useCallback(
    (assessment: AssessmentData, generatedAt: Date, coachNotes?: string) =>
      buildResultsView(
        {
          index,
          data: assessment,
          title,
          language,
          bankHash: hash,
          generatedAt,
          ...(coachNotes === undefined ? {} : { coachNotes }),
          ...(feedback === undefined ? {} : { feedback }),
        },
        t,
      ),
    [index, title, language, hash, t, feedback],
  );
  // The page shows neither the name nor the coach's notes, so typing them does not rebuild the page; the
  // PDF is built with both.
  const { answers, context, reflections, choices, startedAt, completedAt } = data;
  const view = useMemo(
    () => build({ answers, context, reflections, choices, startedAt, completedAt, name: '' }, new Date()),
    [build, answers, context, reflections, choices, startedAt, completedAt],
  );
  usePrintExpandsDetails();
  return (
    <>
      {titleLevel === 1 ? <h1>{view.title}</h1> : <h2 className="results-title">{view.title}</h2>}
      <p className="muted">
        {view.subtitle} · {view.completed}
      </p>
      {notice}
      <Summary view={view} />
      <ReportDownload
        build={(generatedAt) => build(data, generatedAt, readCoachNotes?.())}
        name={data.name}
        {...(comparison === undefined ? {} : { comparison })}
        {...(onNameChange === undefined ? {} : { onNameChange })}
      />
      {children}
      <IdentityAnswers view={view} />
      <section aria-labelledby="charts-title" className="results-section">
        <h2 id="charts-title">{view.charts.title}</h2>
        {view.charts.figures.map((figure) => (
          <FigureView key={figure.id} figure={figure} />
        ))}
      </section>
      <NormStandings view={view} />
      <FeedbackSection view={view} />
      <SituationChoices view={view} />
      <DimensionDetails view={view} />
      <ContextAnswers view={view} />
      <QualityNotes view={view} />
      <HowToRead view={view} />
      {actions && <div className="actions no-print">{actions}</div>}
    </>
  );
}
