/**
 * The view models of the cohort view: the group profile (per section the group's mean, spread and
 * labels, and the context answers) and the scale quality (alpha per dimension and statistics per item),
 * as the page shows them and the group PDF prints them. Only group figures: no name, no individual score.
 */
import type { BankIndex } from '../domain/bank/model';
import {
  ALPHA_THRESHOLD,
  DISTINCT_THRESHOLD,
  ITEM_REST_THRESHOLD,
  MIN_GROUP_FOR_PROFILE,
  MIN_PAIRS_FOR_CORRELATION,
  MIN_SUBGROUP,
  type CohortAnalysis,
} from '../domain/cohort/analysis';
import type { OmegaResult } from '../domain/cohort/factor';
import { round } from '../domain/rounding';
import { describer, type Translate } from './describe';
import { fileBaseOf, reportFileName } from './file-names';
import type { ChartSpec, Figure, ReportTexts, StackedChart, Table } from './model';
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
  /** The group split by each context question (on the page one question at a time, in the PDF all). */
  readonly subgroups: SubgroupView;
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
    subgroups: buildSubgroupView(index, analysis, language, t),
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

/** One dimension's scale quality as shown: its figures, what is flagged, the spread chart and the item table. */
export interface ScaleQualityEntry {
  readonly id: string;
  readonly name: string;
  /** Alpha with its interval, omega (or why it is not given), the inter-item correlation, floor and ceiling. */
  readonly lines: readonly string[];
  readonly flags: readonly string[];
  /** What the folded list of its statements is called ("The 5 statements: answers and figures"). */
  readonly itemsSummary: string;
  /** How each statement's answers spread over the answer points (the table holds the same figures). */
  readonly chart: StackedChart;
  readonly table: Table;
}

export interface ScaleQualityView {
  readonly title: string;
  readonly intro: readonly string[];
  readonly scales: readonly ScaleQualityEntry[];
}

/** The sentence for omega: its value, or in plain words why the one-factor model gives none. */
function omegaLine(omega: OmegaResult, r: (v: number | null) => string, t: Translate): string {
  switch (omega.status) {
    case 'ok':
      return t('cohort.omegaLine', { omega: r(omega.omega) });
    case 'too-few-cases':
      return t('cohort.omegaNot.too-few-cases', { needed: omega.needed });
    default:
      return t(`cohort.omegaNot.${omega.status}`);
  }
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
  const whole = (share: number) => number(Math.round(share * 100), 0);
  return {
    title: t('cohort.qualityTitle'),
    intro: [
      t('cohort.qualityIntro1'),
      t('cohort.qualityIntro4'),
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
      const interval = quality.alphaInterval;
      const points = quality.items[0]?.distribution.map((d) => d.value) ?? [];
      const scale = index.itemScale.get(quality.items[0]?.id ?? '');
      const shares = (item: (typeof quality.items)[number]) => {
        const total = item.distribution.reduce((sum, d) => sum + d.count, 0);
        return item.distribution.map((d) => (total === 0 ? 0 : d.count / total));
      };
      const statement = (id: string) =>
        `${String(index.itemNumbers.get(id) ?? '')}. ${text(index.items.get(id)?.text)}`;
      return {
        id: quality.dimension,
        name,
        lines: [
          interval === null
            ? t('cohort.alphaLine', {
                alpha: r(quality.alpha),
                cases: quality.completeCases,
                items: quality.items.length,
              })
            : t('cohort.alphaLineInterval', {
                alpha: r(quality.alpha),
                lower: r(interval.lower),
                upper: r(interval.upper),
                cases: quality.completeCases,
                items: quality.items.length,
              }),
          omegaLine(quality.omega, r, t),
          t('cohort.spreadLine', {
            r: r(quality.meanInterItem),
            floor: quality.floorCeiling ? percent(quality.floorCeiling.floor * 100) : '—',
            ceiling: quality.floorCeiling ? percent(quality.floorCeiling.ceiling * 100) : '—',
          }),
        ],
        flags,
        itemsSummary: t('cohort.itemsSummary', { count: quality.items.length }),
        chart: {
          kind: 'stacked',
          points: (scale?.points ?? []).map((point) => `${number(point.value, 0)} ${text(point.label)}`),
          rows: quality.items.map((item) => ({
            id: item.id,
            label: statement(item.id),
            shares: shares(item),
          })),
        },
        table: {
          caption: t('cohort.itemsCaption', { dimension: name }),
          columns: [
            { label: t('facilitator.columnItem'), width: 0.3 },
            { label: 'n', numeric: true, width: 0.06 },
            {
              label: t('cohort.columnDistribution', {
                points: points.map((value) => number(value, 0)).join(' · '),
              }),
              numeric: true,
              width: 0.16,
            },
            { label: t('cohort.columnMean'), numeric: true, width: 0.08 },
            { label: t('cohort.columnSd'), numeric: true, width: 0.09 },
            { label: t('cohort.columnNa'), numeric: true, width: 0.09 },
            { label: t('cohort.columnItemRest'), numeric: true, width: 0.11 },
            { label: t('cohort.columnAlphaIfDropped'), numeric: true, width: 0.11 },
          ],
          rows: quality.items.map((item) => ({
            id: item.id,
            cells: [
              `${item.id}${item.reverse ? ` (${t('facilitator.reverse')})` : ''} · ${text(index.items.get(item.id)?.text)}`,
              String(item.n),
              item.n === 0 ? '—' : shares(item).map(whole).join(' · '),
              item.mean === null ? '—' : number(item.mean, 2),
              r(item.sd),
              percent(item.notApplicableShare * 100),
              item.itemRest !== null && item.itemRest < ITEM_REST_THRESHOLD
                ? `${r(item.itemRest)} · ${t('cohort.belowItemRest', { threshold: number(ITEM_REST_THRESHOLD, 2) })}`
                : r(item.itemRest),
              item.alphaIfDropped !== null && quality.alpha !== null && item.alphaIfDropped > quality.alpha
                ? `${r(item.alphaIfDropped)} · ${t('cohort.alphaRises')}`
                : r(item.alphaIfDropped),
            ],
          })),
        },
      };
    }),
  };
}

/** The correlations between dimension scores: a heat map, the matrix as a table, and the close pairs. */
export interface CorrelationView {
  readonly title: string;
  readonly intro: readonly string[];
  readonly figure: Figure;
  /** Pairs above the threshold, in words; empty when none. */
  readonly close: readonly string[];
  readonly closeTitle: string;
  readonly noneClose: string;
}

/** Builds the correlation view of `analysis` in `language`. */
export function buildCorrelationView(
  index: BankIndex,
  analysis: CohortAnalysis,
  language: string,
  t: Translate,
): CorrelationView {
  const { number, dimensionName } = describer(index, language, t);
  const { dimensions, matrix, close } = analysis.correlations;
  const r = (v: number | null | undefined) => (v === null || v === undefined ? '—' : number(v, 2));
  const keys = dimensions.map((_, i) => String(i + 1));
  const labels = dimensions.map((id, i) => `${String(i + 1)} ${dimensionName(id)}`);
  const position = new Map(dimensions.map((id, i) => [id, i]));
  return {
    title: t('cohort.correlationTitle'),
    intro: [
      t('cohort.correlationIntro', {
        threshold: number(DISTINCT_THRESHOLD, 2),
        pairs: MIN_PAIRS_FOR_CORRELATION,
      }),
    ],
    figure: {
      id: 'correlations',
      title: t('cohort.correlationCaption'),
      charts: [
        {
          kind: 'heatmap',
          labels,
          keys,
          cells: dimensions.map((_, i) =>
            dimensions.map((__, j) => {
              const value = matrix[i]?.[j] ?? null;
              return { value, label: i === j || value === null ? '' : number(value, 1) };
            }),
          ),
          flagged: close.flatMap((pair) => {
            const i = position.get(pair.a);
            const j = position.get(pair.b);
            return i === undefined || j === undefined ? [] : [[i, j] as const];
          }),
        },
      ],
      legend: [
        { symbol: 'none', text: t('cohort.heatmapLegend', { threshold: number(DISTINCT_THRESHOLD, 2) }) },
      ],
      table: {
        caption: t('cohort.correlationCaption'),
        matrix: true,
        columns: [
          { label: t('results.columnDimension'), width: 0.28 },
          ...keys.map((key) => ({ label: key, numeric: true, width: 0.72 / Math.max(1, keys.length) })),
        ],
        rows: dimensions.map((id, i) => ({
          id,
          cells: [labels[i] ?? id, ...dimensions.map((_, j) => (i === j ? '1' : r(matrix[i]?.[j])))],
        })),
      },
    },
    closeTitle: t('cohort.closeTitle', { threshold: number(DISTINCT_THRESHOLD, 2) }),
    close: close.map((pair) =>
      t('cohort.closePair', { a: dimensionName(pair.a), b: dimensionName(pair.b), r: r(pair.r) }),
    ),
    noneClose: t('cohort.noneClose', { threshold: number(DISTINCT_THRESHOLD, 2) }),
  };
}

/** Subgroups by each context question: per dimension n, mean and SD of every subgroup large enough. */
export interface SubgroupView {
  readonly title: string;
  readonly intro: string;
  /** Said for a question none of whose subgroups is large enough. */
  readonly none: string;
  readonly questions: readonly {
    readonly id: string;
    readonly title: string;
    /** `null` when no subgroup of this question is large enough. */
    readonly table: Table | null;
    /** The subgroups left out for their size, in words; `null` when none. */
    readonly hidden: string | null;
  }[];
}

/** Builds the subgroup comparison of `analysis` in `language`. */
export function buildSubgroupView(
  index: BankIndex,
  analysis: CohortAnalysis,
  language: string,
  t: Translate,
): SubgroupView {
  const { text, number, dimensionName } = describer(index, language, t);
  const value = (v: number | null, digits: number) => (v === null ? '—' : number(v, digits));
  return {
    title: t('cohort.subgroupTitle'),
    intro: t('cohort.subgroupIntro', { min: MIN_SUBGROUP }),
    none: t('cohort.subgroupNone', { min: MIN_SUBGROUP }),
    questions: analysis.subgroups.flatMap((comparison) => {
      const question = index.bank.context.find((q) => q.id === comparison.question);
      if (!question) return [];
      const label = (option: string) => text(question.options.find((o) => o.id === option)?.label);
      const shown = comparison.groups.filter((group) => group.dimensions !== null);
      const hidden = comparison.groups.filter((group) => group.dimensions === null);
      const title = text(question.text);
      return [
        {
          id: question.id,
          title,
          table:
            shown.length === 0
              ? null
              : {
                  caption: t('cohort.subgroupCaption', { question: title }),
                  columns: [
                    { label: t('results.columnDimension'), width: 0.28 },
                    ...shown.map((group) => ({
                      label: t('cohort.subgroupColumn', { group: label(group.option), n: group.n }),
                      numeric: true,
                      width: 0.72 / shown.length,
                    })),
                  ],
                  rows: index.bank.dimensions.map((dimension, position) => ({
                    id: dimension.id,
                    cells: [
                      dimensionName(dimension.id),
                      ...shown.map((group) => {
                        const d = group.dimensions?.[position];
                        return d === undefined || d.n === 0
                          ? '—'
                          : t('cohort.subgroupCell', { mean: value(d.mean, 1), sd: value(d.sd, 2), n: d.n });
                      }),
                    ],
                  })),
                },
          hidden:
            hidden.length === 0
              ? null
              : t('cohort.subgroupHidden', {
                  min: MIN_SUBGROUP,
                  groups: hidden.map((group) => `${label(group.option)} (${String(group.n)})`).join(', '),
                }),
        },
      ];
    }),
  };
}
