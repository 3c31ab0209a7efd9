/**
 * The PDF's layout model: a view model arranged as blocks on paper (headings, paragraphs, lists, charts,
 * tables, dimension blocks, ruled lines) with a cover and running texts. Pure data; `pdf.ts` draws it.
 */
import type { ChartSpec, LegendEntry, Table } from '../views/model';
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
  /** "page {{page}} of {{pages}}" in the report language. */
  readonly pageOf: (page: number, pages: number) => string;
  readonly blocks: readonly Block[];
}
