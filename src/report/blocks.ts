/**
 * The PDF's layout model: a view model arranged as blocks on paper (headings, paragraphs, lists, charts,
 * tables, dimension blocks, ruled lines) with a cover and running texts. Pure data; `pdf.ts` draws it.
 */
import type { ChartSpec, LegendEntry, ReportTexts, Table } from '../views/model';
import type { DimensionDetail, ResultsView } from '../views/results';

export interface ChartBlock {
  readonly kind: 'chart';
  readonly title: string;
  readonly chart: ChartSpec;
  readonly legend: readonly LegendEntry[];
  /** Drawn smaller (the overview page holds several charts). */
  readonly compact?: boolean;
}

export interface DimensionBlock {
  readonly kind: 'dimension';
  readonly detail: DimensionDetail;
  readonly labels: ResultsView['labels'];
  /** Ruled lines for the coach's notes under the block. */
  readonly noteLines: number;
}

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly newPage?: boolean }
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone?: 'muted' | 'strong' }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'pair'; readonly label: string; readonly text: string }
  | ChartBlock
  | { readonly kind: 'table'; readonly table: Table }
  | DimensionBlock
  | { readonly kind: 'lines'; readonly label: string; readonly count: number };

/** A report on paper: its language, its running texts (from the view model) and its blocks in order. */
export interface ReportModel {
  readonly language: string;
  readonly texts: ReportTexts;
  readonly blocks: readonly Block[];
}
