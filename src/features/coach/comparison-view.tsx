import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { readResultValue, resultDate } from '../../domain/result-file';
import { compareScores, scoreAnswers } from '../../domain/scoring';
import type { LocalizedText } from '../../domain/bank/schema';
import { pickText, plainText } from '../../domain/bank/texts';
import { useNumberFormat } from '../../i18n/bank-text';
import { changeText, type Comparison } from '../../report/model';
import type { StoredResult } from '../../state/coach';
import { CompareBars } from '../../ui/charts';
import { assessmentOf, type CoachPageProps } from './types';
import { useResultBank } from '../../state/result-bank';
import { TableRegion } from '../../ui/table-region';

/**
 * Two results of the same bank, ordered by completion date: per dimension both scores and the change, as
 * a chart and a table per section; below it the later result in full, whose PDF carries the comparison.
 */
export function ComparisonView({
  results,
  renderResults,
}: { readonly results: readonly StoredResult[] } & CoachPageProps) {
  const { t, i18n } = useTranslation();
  const format = useNumberFormat();
  const [before, after] = useMemo(
    () =>
      results
        .map((stored) => readResultValue(stored.result))
        .flatMap((reading) => (reading.ok ? [reading.result] : []))
        .sort((a, b) => Date.parse(resultDate(a)) - Date.parse(resultDate(b))),
    [results],
  );
  const beforeBank = useResultBank(before ?? null);
  const afterBank = useResultBank(after ?? null);
  const ready = before && after && beforeBank.status === 'ready' && afterBank.status === 'ready';
  const comparison = useMemo<Comparison | null>(() => {
    if (!ready) return null;
    return {
      beforeDate: resultDate(before),
      afterDate: resultDate(after),
      rows: compareScores(
        scoreAnswers(beforeBank.index, before.answers, before.context),
        scoreAnswers(afterBank.index, after.answers, after.context),
      ),
    };
  }, [ready, before, after, beforeBank, afterBank]);
  if (!before || !after) return <p role="alert">{t('coach.unreadable')}</p>;
  if (!ready || !comparison) return <p className="muted">{t('coach.compareNeedsBanks')}</p>;
  const index = afterBank.index;
  const text = (value: LocalizedText | undefined) =>
    value === undefined ? '' : pickText(value, i18n.language, index.bank.languages);
  const date = (value: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(value));
  const series = {
    before: t('compare.before', { date: date(resultDate(before)) }),
    after: t('compare.after', { date: date(resultDate(after)) }),
  };
  const name = plainText(after.name ?? before.name ?? '');

  return (
    <>
      <section aria-labelledby="compare-title" className="results-section">
        <h2 id="compare-title">{t('compare.title')}</h2>
        <p>{t('compare.between', { before: date(resultDate(before)), after: date(resultDate(after)) })}</p>
        {index.bank.sections.map((section) => {
          const rows = comparison.rows.filter((row) => row.section === section.id);
          const first = rows[0];
          if (!first) return null;
          const nameOf = (id: string, short: boolean) => {
            const dimension = index.dimensions.get(id);
            return text(short ? (dimension?.shortName ?? dimension?.name) : dimension?.name);
          };
          return (
            <figure key={section.id} className="profile" aria-labelledby={`compare-${section.id}`}>
              <h3 id={`compare-${section.id}`}>{text(section.title)}</h3>
              <div className="chart" aria-hidden="true">
                <CompareBars
                  data={rows.map((row) => ({
                    label: nameOf(row.dimension, true),
                    before: row.before,
                    after: row.after,
                  }))}
                  min={first.min}
                  max={first.max}
                  series={series}
                  format={(value) => format(value)}
                />
              </div>
              <figcaption className="muted small">{t('compare.caption')}</figcaption>
              <TableRegion caption={t('compare.tableCaption', { section: text(section.title) })}>
                <thead>
                  <tr>
                    <th scope="col">{t('results.columnDimension')}</th>
                    <th scope="col">{series.before}</th>
                    <th scope="col">{series.after}</th>
                    <th scope="col">{t('compare.change')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.dimension}>
                      <th scope="row">{nameOf(row.dimension, false)}</th>
                      <td>{row.before === null ? t('results.notEnough') : format(row.before)}</td>
                      <td>{row.after === null ? t('results.notEnough') : format(row.after)}</td>
                      <td>{changeText(format, row.change)}</td>
                    </tr>
                  ))}
                </tbody>
              </TableRegion>
            </figure>
          );
        })}
      </section>
      {renderResults({
        titleLevel: 2,
        index,
        data: assessmentOf(after),
        title:
          name === ''
            ? t('coach.latestAnonymous', { date: date(resultDate(after)) })
            : t('coach.latestOf', { name }),
        comparison,
      })}
    </>
  );
}
