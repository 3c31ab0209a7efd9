/**
 * The view models of the cohort view: the group profile (per section the group's mean, spread and
 * labels, and the context answers) and the scale quality (alpha per dimension and statistics per item),
 * as the page shows them and the group PDF prints them. Only group figures: no name, no individual score.
 */
import type { BankIndex } from '../domain/bank/model';
import {
  ALPHA_THRESHOLD,
  ITEM_REST_THRESHOLD,
  MIN_GROUP_FOR_PROFILE,
  type CohortAnalysis,
} from '../domain/cohort/analysis';
import { round } from '../domain/rounding';
import { describer, type Translate } from './describe';
import { fileBaseOf, reportFileName } from './file-names';
import type { ChartSpec, Figure, ReportTexts, Table } from './model';
import { axisOf } from './profile';

/** Complete cases below which scale figures are only indicative, and the number a pilot should aim for. */
export const FEW_CASES = 30;
export const ENOUGH_CASES = 100;

export interface GroupProfileView {
  readonly title: string;
  readonly intro: string;
  readonly smallGroup: string | null;
  readonly figures: readonly Figure[];
  readonly context: { readonly title: string; readonly tables: readonly Table[] } | null;
  readonly howToRead: { readonly title: string; readonly paragraphs: readonly string[] };
  /** The group PDF's cover and running texts. */
  readonly report: ReportTexts;
}

/** Builds the group profile of `analysis` (one bank version) in `language`. */
export function buildGroupProfileView(
  index: BankIndex,
  analysis: CohortAnalysis,
  language: string,
  generatedAt: Date,
  t: Translate,
): GroupProfileView {
  const describe = describer(index, language, t);
  const { text, number, percent, date, dimensionName } = describe;
  const { bank } = index;
  const value = (v: number | null, digits = 1) => (v === null ? '—' : number(v, digits));
  const share = (count: number) => (analysis.n === 0 ? '—' : percent((count / analysis.n) * 100));
  const figures = bank.sections.flatMap((section): Figure[] => {
    const stats = analysis.dimensions.filter((d) => d.section === section.id);
    const first = stats[0];
    if (!first) return [];
    const { min, max } = index.ranges.get(first.id) ?? { min: 1, max: 5 };
    const axis = axisOf(describe, min, max);
    const title = text(section.title);
    const charts: ChartSpec[] = [];
    if (section.chart === 'radar')
      charts.push({
        kind: 'radar',
        axis,
        points: stats.map((d) => ({
          id: d.id,
          label: dimensionName(d.id),
          value: d.mean === null ? null : round(d.mean, 1),
          valueLabel: value(d.mean),
          interval: null,
          marked: false,
        })),
      });
    charts.push({
      kind: 'box',
      axis,
      rows: stats.map((d) => ({ id: d.id, label: dimensionName(d.id), five: d.five, mean: d.mean })),
    });
    const relative = stats.some((d) => d.strengths !== null);
    return [
      {
        id: section.id,
        title,
        charts,
        legend: [
          ...(section.chart === 'radar' ? [{ symbol: 'none' as const, text: t('cohort.radarCaption') }] : []),
          { symbol: 'box', text: t('cohort.boxCaption') },
        ],
        table: {
          caption: t('cohort.tableCaption', { section: title }),
          columns: [
            { label: t('results.columnDimension'), width: relative ? 0.3 : 0.4 },
            { label: 'n', numeric: true, width: 0.07 },
            { label: t('cohort.columnMean'), numeric: true, width: 0.1 },
            { label: t('cohort.columnSd'), numeric: true, width: 0.13 },
            { label: t('cohort.columnRange'), numeric: true, width: relative ? 0.16 : 0.3 },
            ...(relative
              ? [
                  { label: t('cohort.columnStrength'), numeric: true, width: 0.12 },
                  { label: t('cohort.columnDevelopment'), numeric: true, width: 0.12 },
                ]
              : []),
          ],
          rows: stats.map((d) => ({
            id: d.id,
            cells: [
              dimensionName(d.id),
              String(d.n),
              value(d.mean),
              value(d.sd, 2),
              d.five ? `${value(d.five.min)} · ${value(d.five.median)} · ${value(d.five.max)}` : '—',
              ...(relative ? [String(d.strengths ?? 0), String(d.development ?? 0)] : []),
            ],
          })),
        },
      },
    ];
  });
  const tables = analysis.context.flatMap((distribution): Table[] => {
    const question = bank.context.find((q) => q.id === distribution.question);
    if (!question) return [];
    return [
      {
        caption: text(question.text),
        columns: [
          { label: t('cohort.columnAnswer'), width: 0.64 },
          { label: t('cohort.columnCount'), numeric: true, width: 0.2 },
          { label: t('cohort.columnShare'), numeric: true, width: 0.16 },
        ],
        rows: [
          ...distribution.counts.map((c) => ({
            id: c.option,
            cells: [
              text(question.options.find((o) => o.id === c.option)?.label),
              String(c.count),
              share(c.count),
            ],
          })),
          { id: 'none', cells: [t('cohort.noAnswer'), String(distribution.none), share(distribution.none)] },
        ],
      },
    ];
  });
  return {
    title: t('cohort.profileTitle'),
    intro: t('cohort.profileIntro', { count: analysis.n }),
    smallGroup:
      analysis.n < MIN_GROUP_FOR_PROFILE
        ? t('cohort.smallGroup', { n: analysis.n, min: MIN_GROUP_FOR_PROFILE })
        : null,
    figures,
    context: tables.length === 0 ? null : { title: t('cohort.contextTitle'), tables },
    howToRead: {
      title: t('cohort.howToReadTitle'),
      paragraphs: [t('cohort.howToRead1'), t('cohort.howToRead2'), t('cohort.howToRead3')],
    },
    report: {
      fileName: reportFileName(
        `${fileBaseOf(text(bank.title))}-${t('cohort.fileWord')}`,
        '',
        t('cohort.fileName'),
        generatedAt,
        'pdf',
      ),
      title: text(bank.title),
      subtitle: t('cohort.coverSubtitle'),
      name: null,
      lines: [
        t('cohort.coverGroup', { count: analysis.n }),
        t('report.bankLine', { title: text(bank.title) }),
        t('cohort.coverBank', { id: bank.id, version: bank.version }),
        t('cohort.coverDate', { date: date(generatedAt) }),
      ],
      notes: [t('cohort.coverNote'), t('report.pilotNote')],
      footer: t('report.footer', { app: text(bank.title), bank: bank.id, version: bank.version }),
      pageOf: (page, pages) => t('report.pageOf', { page: number(page, 0), pages: number(pages, 0) }),
    },
  };
}

/** One dimension's scale quality as shown: its alpha line, what is flagged, and the item table. */
export interface ScaleQualityEntry {
  readonly id: string;
  readonly name: string;
  readonly line: string;
  readonly flags: readonly string[];
  readonly table: Table;
}

export interface ScaleQualityView {
  readonly title: string;
  readonly intro: readonly string[];
  readonly scales: readonly ScaleQualityEntry[];
}

/** Builds the scale-quality view of `analysis` in `language`. */
export function buildScaleQualityView(
  index: BankIndex,
  analysis: CohortAnalysis,
  language: string,
  t: Translate,
): ScaleQualityView {
  const describe = describer(index, language, t);
  const { text, number, percent, dimensionName } = describe;
  const r = (v: number | null) => (v === null ? '—' : number(v, 2));
  return {
    title: t('cohort.qualityTitle'),
    intro: [
      t('cohort.qualityIntro1'),
      t('cohort.qualityIntro2', {
        alpha: number(ALPHA_THRESHOLD, 2),
        itemRest: number(ITEM_REST_THRESHOLD, 2),
      }),
      t('cohort.qualityIntro3', { few: FEW_CASES, enough: ENOUGH_CASES }),
    ],
    scales: analysis.quality.map((quality): ScaleQualityEntry => {
      const flags: string[] = [];
      if (quality.alpha !== null && quality.alpha < ALPHA_THRESHOLD)
        flags.push(t('cohort.belowAlpha', { threshold: number(ALPHA_THRESHOLD, 2) }));
      if (quality.completeCases < FEW_CASES) flags.push(t('cohort.fewCases'));
      const name = dimensionName(quality.dimension);
      return {
        id: quality.dimension,
        name,
        line: t('cohort.alphaLine', {
          alpha: r(quality.alpha),
          cases: quality.completeCases,
          items: quality.items.length,
        }),
        flags,
        table: {
          caption: t('cohort.itemsCaption', { dimension: name }),
          columns: [
            { label: t('facilitator.columnItem'), width: 0.4 },
            { label: 'n', numeric: true, width: 0.08 },
            { label: t('cohort.columnMean'), numeric: true, width: 0.1 },
            { label: t('cohort.columnSd'), numeric: true, width: 0.12 },
            { label: t('cohort.columnNa'), numeric: true, width: 0.12 },
            { label: t('cohort.columnItemRest'), numeric: true, width: 0.18 },
          ],
          rows: quality.items.map((item) => ({
            id: item.id,
            cells: [
              `${item.id}${item.reverse ? ` (${t('facilitator.reverse')})` : ''} · ${text(index.items.get(item.id)?.text)}`,
              String(item.n),
              item.mean === null ? '—' : number(item.mean, 2),
              r(item.sd),
              percent(item.notApplicableShare * 100),
              item.itemRest !== null && item.itemRest < ITEM_REST_THRESHOLD
                ? `${r(item.itemRest)} · ${t('cohort.belowItemRest', { threshold: number(ITEM_REST_THRESHOLD, 2) })}`
                : r(item.itemRest),
            ],
          })),
        },
      };
    }),
  };
}
