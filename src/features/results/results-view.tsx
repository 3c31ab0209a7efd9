import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentData } from '../../domain/answers';
import type { BankIndex } from '../../domain/bank/model';
import { scoreAnswers } from '../../domain/scoring';
import type { Comparison } from '../../report/model';
import { useBankText } from '../../i18n/bank-text';
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

export interface ResultsViewProps {
  readonly index: BankIndex;
  readonly data: AssessmentData;
  /** The page's main heading (the participant's "Your results", a coach's "Results of …"). */
  readonly title: string;
  /** Shown under the heading (a warning about a different bank version, …). */
  readonly notice?: ReactNode;
  /** Extra sections after the summary (export and share, coach notes, …). */
  readonly children?: ReactNode;
  /** Buttons at the end of the page. */
  readonly actions?: ReactNode;
  readonly coachNotes?: string;
  readonly comparison?: Comparison;
  readonly onNameChange?: (name: string) => void;
  /** The level of the title: 1 on its own page, 2 inside another view's page (the coach's). */
  readonly titleLevel?: 1 | 2;
}

/**
 * The results of one assessment, as the participant, a coach or anyone with a share link sees them:
 * summary, report download, charts with tables, every dimension, reflections, notes and how to read them.
 * Scores are computed here from the answers and the bank; they are never stored.
 */
export function ResultsView({
  index,
  data,
  title,
  notice,
  children,
  actions,
  coachNotes,
  comparison,
  onNameChange,
  titleLevel = 1,
}: ResultsViewProps) {
  const { bank } = index;
  const { t, i18n } = useTranslation();
  const text = useBankText(bank);
  const scores = useMemo(
    () => scoreAnswers(index, data.answers, data.context),
    [index, data.answers, data.context],
  );
  usePrintExpandsDetails();
  return (
    <>
      {titleLevel === 1 ? <h1>{title}</h1> : <h2 className="results-title">{title}</h2>}
      <p className="muted">
        {t('results.subtitle', { bank: text(bank.title), version: bank.version })} ·{' '}
        {t('results.completedOn', {
          date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
            new Date(data.completedAt),
          ),
        })}
      </p>
      {notice}
      <Summary index={index} scores={scores} context={data.context} />
      <ReportDownload
        index={index}
        scores={scores}
        data={data}
        {...(coachNotes === undefined ? {} : { coachNotes })}
        {...(comparison === undefined ? {} : { comparison })}
        {...(onNameChange === undefined ? {} : { onNameChange })}
      />
      {children}
      <section aria-labelledby="charts-title" className="results-section">
        <h2 id="charts-title">{t('results.chartsTitle')}</h2>
        {bank.sections.map((section) => (
          <SectionProfile key={section.id} index={index} section={section} scores={scores} />
        ))}
      </section>
      <DimensionDetails index={index} scores={scores} />
      <ReflectionAnswers index={index} reflections={data.reflections} />
      <QualityNotes index={index} scores={scores} />
      <HowToRead index={index} />
      {actions && <div className="actions no-print">{actions}</div>}
    </>
  );
}
