/**
 * The view model of a before/after comparison of two results of the same person: which dimensions are
 * compared (only those with the same statements in both), which were left out and why, warnings when the
 * names or versions differ, and per section a chart and a table of both scores and the change.
 */
import type { BankIndex } from '../domain/bank/model';
import { compareScores, type ComparisonRows, type ExclusionReason } from '../domain/scoring/compare';
import type { Scores } from '../domain/scoring/score';
import { describer, type Translate } from './describe';
import { fileBaseOf, reportFileName } from './file-names';
import type { Figure } from './model';
import { axisOf } from './profile';

/** One side of a comparison: its bank, scores, completion date and name. */
export interface ComparisonSide {
  readonly index: BankIndex;
  readonly scores: Scores;
  readonly date: string;
  readonly name: string;
}

export interface ComparisonView {
  readonly title: string;
  readonly between: string;
  /** Plain warnings: the names differ, the versions differ. */
  readonly warnings: readonly string[];
  readonly excluded: { readonly title: string; readonly items: readonly string[] } | null;
  readonly figures: readonly Figure[];
  /** The comparison PDF's file name. */
  readonly fileName: string;
  readonly rows: ComparisonRows;
}

const REASONS: Readonly<
  Record<ExclusionReason, 'compare.itemsDiffer' | 'compare.onlyBefore' | 'compare.onlyAfter'>
> = {
  'items-differ': 'compare.itemsDiffer',
  'only-before': 'compare.onlyBefore',
  'only-after': 'compare.onlyAfter',
};

/** Builds the comparison of `before` and `after` (already ordered by date) in `language`. */
export function buildComparisonView(
  before: ComparisonSide,
  after: ComparisonSide,
  language: string,
  generatedAt: Date,
  t: Translate,
): ComparisonView {
  const describe = describer(after.index, language, t);
  const earlier = describer(before.index, language, t);
  const { text, number, date } = describe;
  const rows = compareScores(before.index, before.scores, after.index, after.scores);
  const series = {
    before: t('compare.before', { date: date(before.date) }),
    after: t('compare.after', { date: date(after.date) }),
  };
  const warnings: string[] = [];
  if (before.name.trim() !== after.name.trim())
    warnings.push(
      t('compare.namesDiffer', {
        before: before.name.trim() === '' ? t('coach.anonymous') : before.name.trim(),
        after: after.name.trim() === '' ? t('coach.anonymous') : after.name.trim(),
      }),
    );
  const bankOf = (side: ComparisonSide) =>
    t('compare.bankName', {
      title: describer(side.index, language, t).text(side.index.bank.title),
      key: `${side.index.bank.id}@${side.index.bank.version}`,
    });
  if (before.index.bank.id !== after.index.bank.id || before.index.bank.version !== after.index.bank.version)
    warnings.push(t('compare.versionsDiffer', { before: bankOf(before), after: bankOf(after) }));
  const excluded =
    rows.excluded.length === 0
      ? null
      : {
          title: t('compare.excludedTitle', { count: rows.excluded.length }),
          items: rows.excluded.map((entry) =>
            t(REASONS[entry.reason], {
              dimension:
                describe.dimensionName(entry.dimension) ||
                earlier.dimensionName(entry.dimension) ||
                entry.dimension,
            }),
          ),
        };
  const change = (value: number | null) => {
    if (value === null) return '—';
    const shown = number(Math.abs(value));
    return shown === number(0) ? number(0) : value > 0 ? `+${shown}` : `−${shown}`;
  };
  const figures = after.index.bank.sections.flatMap((section): Figure[] => {
    const list = rows.rows.filter((row) => row.section === section.id);
    const first = list[0];
    if (!first) return [];
    const title = text(section.title);
    const clear = list.some((row) => row.critical !== null);
    return [
      {
        id: section.id,
        title,
        charts: [
          {
            kind: 'compare',
            axis: axisOf(describe, first.min, first.max),
            series,
            rows: list.map((row) => ({
              id: row.dimension,
              label: describe.dimensionName(row.dimension),
              before: row.before,
              after: row.after,
              beforeLabel: row.before === null ? t('results.noScore') : number(row.before),
              afterLabel: row.after === null ? t('results.noScore') : number(row.after),
            })),
          },
        ],
        legend: [
          { symbol: 'before', text: series.before },
          { symbol: 'after', text: series.after },
          { symbol: 'none', text: t('compare.caption') },
        ],
        table: {
          caption: t('compare.tableCaption', { section: title }),
          columns: [
            { label: t('results.columnDimension'), width: 0.34 },
            { label: series.before, numeric: true, width: 0.18 },
            { label: series.after, numeric: true, width: 0.18 },
            { label: t('compare.change'), numeric: true, width: 0.12 },
            ...(clear ? [{ label: t('compare.clearColumn'), width: 0.18 }] : []),
          ],
          rows: list.map((row) => ({
            id: row.dimension,
            cells: [
              describe.dimensionName(row.dimension),
              row.before === null ? t('results.notEnough') : number(row.before),
              row.after === null ? t('results.notEnough') : number(row.after),
              change(row.change),
              ...(clear
                ? [
                    row.clear === 'up'
                      ? t('compare.clearUp')
                      : row.clear === 'down'
                        ? t('compare.clearDown')
                        : t('compare.withinError'),
                  ]
                : []),
            ],
          })),
        },
      },
    ];
  });
  const name = after.name.trim() || before.name.trim();
  return {
    title: t('compare.title'),
    between: t('compare.between', { before: date(before.date), after: date(after.date) }),
    warnings,
    excluded,
    figures,
    fileName: reportFileName(
      `${fileBaseOf(text(after.index.bank.title))}-${t('compare.fileWord')}`,
      name,
      t('report.fileDefaultName'),
      generatedAt,
      'pdf',
    ),
    rows,
  };
}
