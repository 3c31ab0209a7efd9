/**
 * The report model: everything the PDF says, in order, as plain data. Pure: built from the bank, the
 * answers and a translate function, so tests can check which sections, texts and numbers appear where,
 * without drawing anything. The PDF renderer only lays this model out.
 */
import { formatNumber } from '../i18n/numbers';
import type { ContextAnswers, ReflectionAnswers } from '../domain/answers';
import type { BankIndex } from '../domain/bank/model';
import type { LocalizedText } from '../domain/bank/schema';
import { pickText, plainText } from '../domain/bank/texts';
import type { FiveNumbers } from '../domain/cohort/stats';
import type { ComparisonRow, DimensionScore, Scores } from '../domain/scoring';
import {
  answeredLine,
  bandLabel,
  bandsLegend,
  chartBands,
  chartPoints,
  qualityNoteText,
  scoreLine,
  sliderText,
  type ChartPoint,
  type Describe,
  type Translate,
} from './describe';

export type { Translate } from './describe';

export interface ChartBlock {
  readonly kind: 'chart';
  readonly title: string;
  readonly chart: 'radar' | 'bar' | 'compare' | 'box';
  readonly data: readonly ChartPoint[];
  readonly min: number;
  readonly max: number;
  readonly bands: readonly { readonly label: string; readonly min: number }[];
  readonly caption: string;
  /** For `compare` charts: the earlier score of each point (the point's value is the later one). */
  readonly before?: readonly (number | null)[];
  /** For `compare` charts: the legend names of the two series. */
  readonly series?: { readonly before: string; readonly after: string };
  /** For `box` charts: each point's spread over a group (the point's value is the group mean). */
  readonly boxes?: readonly (FiveNumbers | null)[];
}

/** A before/after comparison of two results of the same bank, for the coach's report. */
export interface Comparison {
  readonly beforeDate: string;
  readonly afterDate: string;
  readonly rows: readonly ComparisonRow[];
}

export interface DimensionBlock {
  readonly kind: 'dimension';
  readonly name: string;
  readonly scoreLine: string;
  readonly definition: string;
  readonly interpretation: string | null;
  readonly tips: readonly string[];
  readonly reflection: string;
  /** Labels for the sub-headings, in the report language. */
  readonly labels: {
    readonly definition: string;
    readonly interpretation: string;
    readonly tips: string;
    readonly reflection: string;
    readonly notes: string;
  };
}

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly newPage?: boolean }
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone?: 'muted' | 'strong' }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'pair'; readonly label: string; readonly text: string }
  | ChartBlock
  | {
      readonly kind: 'table';
      readonly columns: readonly string[];
      readonly widths: readonly number[];
      readonly rows: readonly (readonly string[])[];
    }
  | DimensionBlock
  | { readonly kind: 'lines'; readonly label: string; readonly count: number };

export interface ReportModel {
  readonly language: string;
  readonly fileName: string;
  readonly cover: {
    readonly title: string;
    readonly subtitle: string;
    readonly name: string | null;
    readonly lines: readonly string[];
    readonly notes: readonly string[];
  };
  /** Footer text on every page, before the page number. */
  readonly footer: string;
  /** "page {{page}} of {{pages}}" in the report language, to be filled per page. */
  readonly pageOf: (page: number, pages: number) => string;
  readonly blocks: readonly Block[];
}

export interface ReportInput {
  readonly index: BankIndex;
  readonly scores: Scores;
  readonly context: ContextAnswers;
  readonly reflections: ReflectionAnswers;
  /** The participant's name as they typed it (may be empty). */
  readonly name: string;
  readonly completedAt: string;
  readonly generatedAt: Date;
  readonly language: string;
  /** SHA-256 of the bank's canonical JSON (64 hex characters). */
  readonly bankHash: string;
  readonly coachNotes?: string;
  readonly comparison?: Comparison;
}

/** The marker of roles the network's phase calls for: a character every PDF font has. */
export const REPORT_MARK = '•';

/**
 * The file name: `netwerkleiderschap-<name or "rapport">-<yyyy-mm-dd>.pdf` (English
 * `network-leadership-<name or "report">-…`). The name keeps its letters (any script), lower-cased, with
 * everything else turned into single hyphens.
 */
export function reportFileName(base: string, name: string, fallback: string, date: Date): string {
  const slug = name
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const day = date.toISOString().slice(0, 10);
  return `${base}-${slug === '' ? fallback : slug}-${day}.pdf`;
}

/**
 * Builds the report model, in the order of the results page: cover, summary (with the network context
 * and the roles it calls for), charts, a table of every dimension, one block per dimension, the
 * participant's reflections, coach notes, answer-quality notes and "how to read this report".
 */
export function buildReportModel(input: ReportInput, t: Translate): ReportModel {
  const { index, scores, language } = input;
  const { bank } = index;
  const text = (value: LocalizedText | undefined) =>
    value === undefined ? '' : pickText(value, language, bank.languages);
  const number = (value: number, digits = 1) => formatNumber(language, value, digits);
  const date = (value: Date) => new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(value);
  const nameOf = (id: string) => text(index.dimensions.get(id)?.name);
  const describe: Describe = { index, t, text, number };
  const blocks: Block[] = [];
  const name = plainText(input.name).trim();

  // Summary
  blocks.push({ kind: 'heading', level: 1, text: t('results.summaryTitle'), newPage: true });
  for (const profile of scores.sections) {
    blocks.push({ kind: 'heading', level: 2, text: text(index.sections.get(profile.section)?.title) });
    if (profile.status === 'insufficient')
      blocks.push({ kind: 'paragraph', text: t('results.insufficient') });
    if (profile.status === 'balanced')
      blocks.push({
        kind: 'paragraph',
        text: t('results.balanced', { threshold: number(profile.threshold) }),
      });
    if (profile.status === 'profile') {
      blocks.push({ kind: 'heading', level: 3, text: t('results.strengths') });
      blocks.push(
        profile.strengths.length > 0
          ? { kind: 'list', items: profile.strengths.map(nameOf) }
          : { kind: 'paragraph', text: '—' },
      );
      blocks.push({ kind: 'heading', level: 3, text: t('results.development') });
      blocks.push(
        profile.development.length > 0
          ? { kind: 'list', items: profile.development.map(nameOf) }
          : { kind: 'paragraph', text: '—' },
      );
    }
    if (profile.mean !== null)
      blocks.push({
        kind: 'paragraph',
        tone: 'muted',
        text: t('results.relativeHelp', { mean: number(profile.mean), threshold: number(profile.threshold) }),
      });
  }
  if (scores.flags.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t('results.flagsTitle') });
    blocks.push({
      kind: 'list',
      items: scores.flags.map((flag) =>
        text(bank.scoring.flags.find((rule) => rule.id === flag.id)?.message),
      ),
    });
  }
  blocks.push({ kind: 'heading', level: 2, text: t('report.contextTitle') });
  const answeredContext = bank.context.filter((question) => input.context[question.id] !== undefined);
  if (answeredContext.length === 0) blocks.push({ kind: 'paragraph', text: t('report.contextNone') });
  for (const question of answeredContext) {
    const option = question.options.find((o) => o.id === input.context[question.id]);
    blocks.push({ kind: 'pair', label: text(question.text), text: text(option?.label) });
  }
  const phaseQuestion = bank.context.find((q) => q.id === bank.scoring.phaseQuestion);
  const phaseOption = phaseQuestion?.options.find((o) => o.id === input.context[phaseQuestion.id]);
  if (phaseOption && scores.hints.dimensions.length > 0) {
    blocks.push({ kind: 'paragraph', text: t('results.phaseHint', { phase: text(phaseOption.label) }) });
    blocks.push({ kind: 'list', items: scores.hints.dimensions.map(nameOf) });
  }

  if (input.comparison) blocks.push(...comparisonBlocks(describe, input.comparison, date));

  // Charts
  blocks.push({ kind: 'heading', level: 1, text: t('results.chartsTitle'), newPage: true });
  const hinted = new Set(scores.hints.dimensions);
  const bands = chartBands(describe);
  for (const section of bank.sections) {
    const list = scores.dimensions.filter((score) => score.section === section.id);
    const first = list[0];
    if (!first) continue;
    const legend = [
      bandsLegend(describe),
      list.some((score) => hinted.has(score.id)) ? t('report.markLegend', { mark: REPORT_MARK }) : '',
    ].filter((part) => part !== '');
    blocks.push({
      kind: 'chart',
      title: text(section.title),
      chart: section.chart,
      min: first.min,
      max: first.max,
      bands,
      data: chartPoints(describe, scores, section.id),
      caption: legend.join(' '),
    });
  }

  // Table of every dimension
  blocks.push({ kind: 'heading', level: 1, text: t('report.tableTitle'), newPage: true });
  blocks.push({
    kind: 'table',
    columns: [
      t('report.columnSection'),
      t('results.columnDimension'),
      t('report.columnScore'),
      t('results.columnBand'),
    ],
    widths: [0.24, 0.4, 0.14, 0.22],
    rows: scores.dimensions.map((score) => [
      text(index.sections.get(score.section)?.title),
      nameOf(score.id),
      score.mean === null ? '—' : number(score.mean),
      score.mean === null ? t('results.notEnough') : bandLabel(describe, score.band),
    ]),
  });

  // One block per dimension
  blocks.push({ kind: 'heading', level: 1, text: t('results.detailsTitle'), newPage: true });
  for (const section of bank.sections) {
    const list = scores.dimensions.filter((score) => score.section === section.id);
    if (list.length === 0) continue;
    blocks.push({ kind: 'heading', level: 2, text: text(section.title) });
    for (const score of list) blocks.push(dimensionBlock(score));
  }

  // Reflections, coach notes, quality notes, how to read
  const prompts = bank.reflections.prompts;
  if (prompts.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: t('results.reflectionsTitle'), newPage: true });
    const answered = prompts.filter((prompt) => input.reflections[prompt.id] !== undefined);
    if (answered.length === 0) blocks.push({ kind: 'paragraph', text: t('results.reflectionsEmpty') });
    for (const prompt of answered) {
      const value = input.reflections[prompt.id];
      blocks.push({
        kind: 'pair',
        label: text(prompt.prompt),
        text: prompt.kind === 'slider' ? sliderText(describe, prompt, value) : plainText(String(value)),
      });
    }
  }
  const coachNotes = plainText(input.coachNotes ?? '').trim();
  if (coachNotes !== '') {
    blocks.push({
      kind: 'heading',
      level: 1,
      text: t('report.coachNotesTitle'),
      newPage: prompts.length === 0,
    });
    blocks.push({ kind: 'paragraph', text: coachNotes });
  }
  if (scores.quality.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: t('results.qualityTitle') });
    blocks.push({ kind: 'list', items: scores.quality.map((note) => qualityNoteText(describe, note)) });
    blocks.push({ kind: 'paragraph', tone: 'muted', text: t('results.qualityNote') });
  }
  blocks.push({ kind: 'heading', level: 1, text: t('report.howToReadTitle') });
  for (const paragraph of [
    t('results.howToRead1'),
    text(bank.scoring.bandsNote),
    t('results.howToRead2'),
    t('results.howToRead3'),
  ])
    blocks.push({ kind: 'paragraph', text: paragraph });
  blocks.push({ kind: 'lines', label: t('report.notesLabel'), count: 8 });

  const languageName = t(`app.languageNames.${language}`);
  return {
    language,
    fileName: reportFileName(t('report.fileBase'), name, t('report.fileDefaultName'), input.generatedAt),
    cover: {
      title: t('app.title'),
      subtitle: t('report.coverSubtitle'),
      name: name === '' ? null : name,
      lines: [
        t('report.completedOn', { date: date(new Date(input.completedAt)) }),
        t('report.bankLine', { title: text(bank.title) }),
        t('report.bankIdLine', { id: bank.id, version: bank.version, hash: input.bankHash.slice(0, 12) }),
        t('report.languageLine', { language: languageName }),
      ],
      notes: [t('report.confidential'), t('report.pilotNote')],
    },
    footer: t('report.footer', { app: t('app.title'), bank: bank.id, version: bank.version }),
    pageOf: (page, pages) => t('report.pageOf', { page, pages }),
    blocks,
  };

  function dimensionBlock(score: DimensionScore): DimensionBlock {
    const dimension = index.dimensions.get(score.id);
    return {
      kind: 'dimension',
      name: nameOf(score.id),
      scoreLine:
        score.mean === null
          ? scoreLine(describe, score)
          : `${scoreLine(describe, score)} · ${answeredLine(describe, score)}`,
      definition: text(dimension?.definition),
      interpretation: score.band === null || !dimension ? null : text(dimension.interpretation[score.band]),
      tips: dimension?.tips.map(text) ?? [],
      reflection: text(dimension?.reflection),
      labels: {
        definition: t('results.definition'),
        interpretation: t('results.interpretation'),
        tips: t('results.tips'),
        reflection: t('results.reflection'),
        notes: t('report.notesLabel'),
      },
    };
  }
}

/** The before/after section: when, then per section a chart of both scores and a table with the change. */
export function comparisonBlocks(
  describe: Describe,
  comparison: Comparison,
  date: (value: Date) => string,
): Block[] {
  const { index, t, text, number } = describe;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t('compare.title'), newPage: true },
    {
      kind: 'paragraph',
      text: t('compare.between', {
        before: date(new Date(comparison.beforeDate)),
        after: date(new Date(comparison.afterDate)),
      }),
    },
  ];
  const series = {
    before: t('compare.before', { date: date(new Date(comparison.beforeDate)) }),
    after: t('compare.after', { date: date(new Date(comparison.afterDate)) }),
  };
  for (const section of index.bank.sections) {
    const rows = comparison.rows.filter((row) => row.section === section.id);
    const first = rows[0];
    if (!first) continue;
    const dimensionOf = (id: string) => index.dimensions.get(id);
    blocks.push({
      kind: 'chart',
      chart: 'compare',
      title: text(section.title),
      min: first.min,
      max: first.max,
      bands: [],
      caption: t('compare.caption'),
      series,
      data: rows.map((row) => ({
        label: text(dimensionOf(row.dimension)?.shortName ?? dimensionOf(row.dimension)?.name),
        value: row.after === null ? null : Math.round(row.after * 10) / 10,
        highlighted: false,
      })),
      before: rows.map((row) => (row.before === null ? null : Math.round(row.before * 10) / 10)),
    });
    blocks.push({
      kind: 'table',
      columns: [t('results.columnDimension'), series.before, series.after, t('compare.change')],
      widths: [0.4, 0.2, 0.2, 0.2],
      rows: rows.map((row) => [
        text(dimensionOf(row.dimension)?.name),
        row.before === null ? t('results.notEnough') : number(row.before),
        row.after === null ? t('results.notEnough') : number(row.after),
        changeText(number, row.change),
      ]),
    });
  }
  return blocks;
}

/** A change in scale points with its sign: "+0.5", "−0.3", "0.0"; "—" when one side has no score. */
export function changeText(
  number: (value: number, digits?: number) => string,
  change: number | null,
): string {
  if (change === null) return '—';
  const rounded = Math.round(change * 10) / 10;
  if (rounded > 0) return `+${number(rounded)}`;
  if (rounded < 0) return `−${number(-rounded)}`;
  return number(0);
}
