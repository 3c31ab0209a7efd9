/**
 * The group profile as a report model, for the PDF a facilitator takes to the group session, and the item
 * statistics as CSV rows. Only group figures: no name, no individual score, no reflection appears in either.
 */
import { formatNumber, formatPercent } from '../i18n/numbers';
import type { BankIndex } from '../domain/bank/model';
import type { LocalizedText } from '../domain/bank/schema';
import { pickText } from '../domain/bank/texts';
import type { CohortAnalysis } from '../domain/cohort/analysis';
import type { Translate } from './describe';
import { reportFileName, type Block, type ReportModel } from './model';

export interface CohortReportInput {
  readonly index: BankIndex;
  readonly analysis: CohortAnalysis;
  readonly language: string;
  readonly generatedAt: Date;
}

/** Builds the group-profile report: per section a chart and a table, strengths, context, how to read it. */
export function buildCohortReportModel(input: CohortReportInput, t: Translate): ReportModel {
  const { index, analysis, language } = input;
  const { bank } = index;
  const text = (value: LocalizedText | undefined) =>
    value === undefined ? '' : pickText(value, language, bank.languages);
  const number = (value: number | null, digits = 1) =>
    value === null ? '—' : formatNumber(language, value, digits);
  const share = (count: number) =>
    analysis.n === 0 ? '—' : formatPercent(language, (count / analysis.n) * 100);
  const nameOf = (id: string) => text(index.dimensions.get(id)?.name);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t('cohort.profileTitle'), newPage: true }];

  for (const section of bank.sections) {
    const stats = analysis.dimensions.filter((d) => d.section === section.id);
    const first = index.dimensions.get(stats[0]?.id ?? '');
    if (!first || stats.length === 0) continue;
    const items = index.itemsBeneath.get(first.id) ?? [];
    const scale = items[0] ? index.itemScale.get(items[0].id) : undefined;
    const min = scale?.points[0]?.value ?? 1;
    const max = scale?.points[scale.points.length - 1]?.value ?? 5;
    const data = stats.map((d) => {
      const dimension = index.dimensions.get(d.id);
      return {
        label: text(dimension?.shortName ?? dimension?.name),
        value: d.mean === null ? null : Math.round(d.mean * 10) / 10,
        highlighted: false,
      };
    });
    if (section.chart === 'radar')
      blocks.push({
        kind: 'chart',
        chart: 'radar',
        title: text(section.title),
        data,
        min,
        max,
        bands: [],
        caption: t('cohort.radarCaption'),
      });
    blocks.push({
      kind: 'chart',
      chart: 'box',
      title:
        section.chart === 'radar'
          ? t('cohort.spreadTitle', { section: text(section.title) })
          : text(section.title),
      data,
      boxes: stats.map((d) => d.five),
      min,
      max,
      bands: [],
      caption: t('cohort.boxCaption'),
    });
    const relative = stats.some((d) => d.strengths !== null);
    blocks.push({
      kind: 'table',
      columns: [
        t('results.columnDimension'),
        'n',
        t('cohort.columnMean'),
        t('cohort.columnSd'),
        ...(relative ? [t('cohort.columnStrength'), t('cohort.columnDevelopment')] : []),
      ],
      widths: relative ? [0.36, 0.07, 0.11, 0.14, 0.14, 0.18] : [0.5, 0.1, 0.2, 0.2],
      rows: stats.map((d) => [
        nameOf(d.id),
        String(d.n),
        number(d.mean),
        number(d.sd, 2),
        ...(relative ? [String(d.strengths), String(d.development)] : []),
      ]),
    });
  }

  if (analysis.context.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: t('cohort.contextTitle'), newPage: true });
    for (const distribution of analysis.context) {
      const question = bank.context.find((q) => q.id === distribution.question);
      if (!question) continue;
      blocks.push({ kind: 'heading', level: 3, text: text(question.text) });
      blocks.push({
        kind: 'table',
        columns: [t('cohort.columnAnswer'), t('cohort.columnCount'), t('cohort.columnShare')],
        widths: [0.64, 0.2, 0.16],
        rows: [
          ...distribution.counts.map((c) => [
            text(question.options.find((o) => o.id === c.option)?.label),
            String(c.count),
            share(c.count),
          ]),
          [t('cohort.noAnswer'), String(distribution.none), share(distribution.none)],
        ],
      });
    }
  }

  blocks.push({ kind: 'heading', level: 1, text: t('cohort.howToReadTitle') });
  for (const paragraph of [t('cohort.howToRead1'), t('cohort.howToRead2'), t('cohort.howToRead3')])
    blocks.push({ kind: 'paragraph', text: paragraph });

  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(input.generatedAt);
  return {
    language,
    fileName: reportFileName(t('cohort.fileBase'), '', t('cohort.fileName'), input.generatedAt),
    cover: {
      title: t('app.title'),
      subtitle: t('cohort.coverSubtitle'),
      name: null,
      lines: [
        t('cohort.coverGroup', { count: analysis.n }),
        t('report.bankLine', { title: text(bank.title) }),
        t('cohort.coverBank', { id: bank.id, version: bank.version }),
        t('cohort.coverDate', { date }),
      ],
      notes: [t('cohort.coverNote'), t('report.pilotNote')],
    },
    footer: t('report.footer', { app: t('app.title'), bank: bank.id, version: bank.version }),
    pageOf: (page, pages) => t('report.pageOf', { page, pages }),
    blocks,
  };
}

/** The item statistics as CSV rows (header first), one row per item of each dimension without sub-dimensions. */
export function itemStatisticsRows(
  index: BankIndex,
  analysis: CohortAnalysis,
  language: string,
  t: Translate,
): (string | number | null)[][] {
  const { bank } = index;
  const text = (value: LocalizedText | undefined) =>
    value === undefined ? '' : pickText(value, language, bank.languages);
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
        text(index.dimensions.get(quality.dimension)?.name),
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
