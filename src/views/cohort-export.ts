/** The cohort's item statistics as rows for a spreadsheet: one row per statement, with its dimension's alpha. */
import type { BankIndex } from '../domain/bank/model';
import type { CohortAnalysis } from '../domain/cohort/analysis';
import { describer, type Translate } from './describe';

/** The item statistics as CSV rows (header first), one row per item of each dimension without sub-dimensions. */
export function itemStatisticsRows(
  index: BankIndex,
  analysis: CohortAnalysis,
  language: string,
  t: Translate,
): (string | number | null)[][] {
  const { text, dimensionName } = describer(index, language, t);
  const rows: (string | number | null)[][] = [
    [
      t('cohort.csvSection'),
      t('cohort.csvDimension'),
      t('cohort.csvAlpha'),
      t('cohort.csvCompleteCases'),
      t('cohort.csvItem'),
      t('cohort.csvReverse'),
      t('cohort.csvText'),
      t('cohort.csvAnswered'),
      t('cohort.csvMean'),
      t('cohort.csvSd'),
      t('cohort.csvNotApplicable'),
      t('cohort.csvItemRest'),
    ],
  ];
  for (const quality of analysis.quality) {
    if (index.children.has(quality.dimension)) continue;
    for (const item of quality.items)
      rows.push([
        text(index.sections.get(quality.section)?.title),
        dimensionName(quality.dimension),
        quality.alpha,
        quality.completeCases,
        item.id,
        item.reverse ? t('cohort.yes') : t('cohort.no'),
        text(index.items.get(item.id)?.text),
        item.n,
        item.mean,
        item.sd,
        item.notApplicableShare,
        item.itemRest,
      ]);
  }
  return rows;
}
