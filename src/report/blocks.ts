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

/**
 * Where a heading starts: `always` on a new page; `preferred` on a new page when the current one is at
 * least half full (a page is never left more than half empty for it); otherwise where the cursor is (a
 * heading always keeps with the start of what follows).
 */
export type NewPage = 'always' | 'preferred';

/** Blocks side by side, each list in a column of equal width, kept together on one page. */
export interface ColumnsBlock {
  readonly kind: 'columns';
  readonly columns: readonly (readonly Block[])[];
}

/**
 * Blocks that stay on one page together (the overview): when they do not fit, their compact charts are
 * drawn a little smaller until they do, within a readable minimum.
 */
export interface OnePageBlock {
  readonly kind: 'one-page';
  readonly blocks: readonly Block[];
}

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly newPage?: NewPage }
  | ColumnsBlock
  | OnePageBlock
  | {
      readonly kind: 'paragraph';
      readonly text: string;
      readonly tone?: 'muted' | 'strong';
      /** Set a size smaller (the overview page). */
      readonly small?: boolean;
    }
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly small?: boolean }
  | { readonly kind: 'pair'; readonly label: string; readonly text: string; readonly small?: boolean }
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
