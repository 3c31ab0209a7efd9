import { Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentOf, readResultValue, resultDate } from '../../domain/result-file';
import { scoreAnswers } from '../../domain/scoring/score';
import { formatDate } from '../../i18n/numbers';
import { useCoach, type StoredResult } from '../../state/coach';
import { useResultBank } from '../../state/result-bank';
import { FigureView } from '../../ui/view/figure-view';
import { buildComparisonView } from '../../views/comparison';
import { CoachNotes } from './coach-notes';
import type { CoachPageProps } from './types';

/**
 * Two results of the same person, ordered by completion date: the dimensions measured by the same statements
 * in both, each with both scores and the change, as a chart and a table per section; what was left out and
 * why; below it the later result in full, with the coach's notes, whose PDF carries the comparison.
 */
export function ComparisonView({
  results,
  renderResults,
}: { readonly results: readonly StoredResult[] } & CoachPageProps) {
  const { t, i18n } = useTranslation();
  const ordered = useMemo(
    () =>
      results
        .flatMap((stored) => {
          const reading = readResultValue(stored.result);
          return reading.ok ? [{ key: stored.key, result: reading.result }] : [];
        })
        .sort((a, b) => Date.parse(resultDate(a.result)) - Date.parse(resultDate(b.result))),
    [results],
  );
  const [before, after] = ordered;
  const beforeBank = useResultBank(before?.result ?? null);
  const afterBank = useResultBank(after?.result ?? null);
  const afterKey = after?.key;
  const readNotes = useCallback(
    () => (afterKey === undefined ? '' : (useCoach.getState().notes[afterKey] ?? '')),
    [afterKey],
  );
  const view = useMemo(() => {
    if (!before || !after || beforeBank.status !== 'ready' || afterBank.status !== 'ready') return null;
    return buildComparisonView(
      {
        index: beforeBank.index,
        scores: scoreAnswers(beforeBank.index, before.result.answers, before.result.context),
        date: resultDate(before.result),
        name: before.result.name ?? '',
      },
      {
        index: afterBank.index,
        scores: scoreAnswers(afterBank.index, after.result.answers, after.result.context),
        date: resultDate(after.result),
        name: after.result.name ?? '',
      },
      i18n.language,
      new Date(),
      t,
    );
  }, [before, after, beforeBank, afterBank, i18n.language, t]);
  if (!before || !after) return <p role="alert">{t('coach.unreadable')}</p>;
  if (!view || afterBank.status !== 'ready') return <p className="muted">{t('coach.compareNeedsBanks')}</p>;
  const name = after.result.name ?? before.result.name ?? '';
  return (
    <>
      <section aria-labelledby="compare-title" className="results-section">
        <h2 id="compare-title">{view.title}</h2>
        <p>{view.between}</p>
        {view.warnings.map((warning, i) => (
          <p key={i} className="card card-attention" role="note">
            {warning}
          </p>
        ))}
        {view.excluded && (
          <div className="card card-quiet">
            <h3>{view.excluded.title}</h3>
            <ul>
              {view.excluded.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </div>
        )}
        {view.figures.map((figure) => (
          <FigureView key={figure.id} figure={figure} />
        ))}
      </section>
      <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
        {renderResults({
          titleLevel: 2,
          index: afterBank.index,
          data: assessmentOf(after.result),
          title:
            name === ''
              ? t('coach.latestAnonymous', { date: formatDate(i18n.language, resultDate(after.result)) })
              : t('coach.latestOf', { name }),
          comparison: view,
          readCoachNotes: readNotes,
          children: <CoachNotes resultKey={after.key} />,
        })}
      </Suspense>
    </>
  );
}
