/**
 * The shapes every view model is made of: tables with cells already formatted, and chart specifications
 * as a discriminated union, one variant per kind of chart. React and the PDF draw these and compute nothing
 * of their own.
 */

/** A column of a table: its heading, whether it holds figures (aligned to the end), its preferred share. */
export interface Column {
  readonly label: string;
  readonly numeric?: boolean;
  /** Preferred share of the table's width (the PDF's columns; the screen lays columns out itself). */
  readonly width: number;
}

/** A row of a table: the first cell names the row (a row header); `marked` rows carry the phase marker. */
export interface Row {
  readonly id: string;
  readonly cells: readonly string[];
  readonly marked?: boolean;
}

/** A table with every cell already formatted, and a caption that names it. */
export interface Table {
  readonly caption: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** What the marker of a marked row means, for screen readers ("called for in your phase"). */
  readonly markLabel?: string;
  /** A matrix (rows and columns the same things) stays a grid that scrolls sideways on a phone. */
  readonly matrix?: boolean;
}

/** A value axis: its range and the ticks drawn on it, labelled. */
export interface Axis {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly { readonly value: number; readonly label: string }[];
}

/** One dimension in a profile chart. */
export interface ProfilePoint {
  readonly id: string;
  readonly label: string;
  /** The score as drawn (rounded as shown), or `null`: no score. */
  readonly value: number | null;
  /** The score as written next to it ("3,7"), or the words for no score. */
  readonly valueLabel: string;
  /** The score's uncertainty as drawn, on the scale. */
  readonly interval: { readonly low: number; readonly high: number } | null;
  /** A dimension the network's phase calls for (drawn with the marker). */
  readonly marked: boolean;
}

/** The roles of one section on a radar; a dimension without a score is a gap, never a point at the centre. */
export interface RadarChart {
  readonly kind: 'radar';
  readonly axis: Axis;
  readonly points: readonly ProfilePoint[];
}

/**
 * Horizontal bars, one per dimension, with the band thresholds as labelled lines. A section read as
 * positions (beliefs on an agreement scale) is drawn as a dot on the scale instead of a bar (a bar reads as
 * "more is better"), with the scale's end labels under the axis.
 */
export interface BarChart {
  readonly kind: 'bars';
  readonly axis: Axis;
  readonly points: readonly ProfilePoint[];
  readonly bands: readonly { readonly value: number; readonly label: string }[];
  readonly mark: 'bar' | 'dot';
  /** The words at the two ends of the scale, under the axis (positions); `null` for none. */
  readonly ends: readonly [string, string] | null;
}

/** Before and after per dimension: outlined bar before, filled bar after. */
export interface CompareChart {
  readonly kind: 'compare';
  readonly axis: Axis;
  readonly rows: readonly {
    readonly id: string;
    readonly label: string;
    readonly before: number | null;
    readonly after: number | null;
    readonly beforeLabel: string;
    readonly afterLabel: string;
  }[];
  readonly series: { readonly before: string; readonly after: string };
}

/** A group's spread per dimension: whiskers, box, median and mean. */
export interface BoxChart {
  readonly kind: 'box';
  readonly axis: Axis;
  readonly rows: readonly {
    readonly id: string;
    readonly label: string;
    readonly five: {
      readonly min: number;
      readonly q1: number;
      readonly median: number;
      readonly q3: number;
      readonly max: number;
    } | null;
    readonly mean: number | null;
  }[];
}

/**
 * A correlation matrix as a heat map: row and column `i` are the same variable; `labels` name the rows
 * (numbered), `keys` the columns (the same numbers). Cells in [−1, 1] or `null` (not defined).
 */
export interface HeatmapChart {
  readonly kind: 'heatmap';
  readonly labels: readonly string[];
  readonly keys: readonly string[];
  readonly cells: readonly (readonly { readonly value: number | null; readonly label: string }[])[];
  /** Cells drawn with a heavy border: pairs above the threshold of the view. */
  readonly flagged: readonly (readonly [number, number])[];
}

/** How the answers to each statement are spread over the answer points: one bar per statement, 100 % wide. */
export interface StackedChart {
  readonly kind: 'stacked';
  /** The answer points' labels, in scale order (the legend). */
  readonly points: readonly string[];
  readonly rows: readonly {
    readonly id: string;
    readonly label: string;
    /** Shares (0–1) per answer point, summing to 1, or all 0 for a statement nobody answered. */
    readonly shares: readonly number[];
  }[];
}

/** The shape of a series' marker in a dot chart: never told apart by colour alone. */
export type Marker = 'dot' | 'square' | 'triangle' | 'cross' | 'ring';

/**
 * Several views of the same dimensions side by side (self and rater groups): per dimension one marker per
 * series on the scale, with a line from the first series (self) to the last (all others).
 */
export interface DotsChart {
  readonly kind: 'dots';
  readonly axis: Axis;
  readonly series: readonly { readonly id: string; readonly label: string; readonly marker: Marker }[];
  readonly rows: readonly {
    readonly id: string;
    readonly label: string;
    /** One value per series (as drawn, rounded as shown), `null` where that series has no figure. */
    readonly values: readonly (number | null)[];
  }[];
}

/** Every kind of chart a view can ask for. */
export type ChartSpec =
  RadarChart | BarChart | CompareChart | BoxChart | HeatmapChart | StackedChart | DotsChart;

/**
 * One entry of a chart's legend: a symbol drawn as the chart draws it (the phase marker, an interval, the
 * hollow circle of a missing score, a band line) and what it means; `none` is a plain sentence.
 */
export interface LegendEntry {
  readonly symbol: 'none' | 'mark' | 'interval' | 'missing' | 'band' | 'before' | 'after' | 'box' | Marker;
  readonly text: string;
}

/** One or more charts with a title, a legend and the table that holds the same figures. */
export interface Figure {
  readonly id: string;
  readonly title: string;
  readonly charts: readonly ChartSpec[];
  readonly legend: readonly LegendEntry[];
  readonly table: Table;
}

/** A labelled text (a context answer, a reflection). */
export interface Pair {
  readonly label: string;
  readonly text: string;
}

/** The running texts of a printed report: file name, cover, footer and page numbers. */
export interface ReportTexts {
  readonly fileName: string;
  readonly title: string;
  readonly subtitle: string;
  /** The participant's name on the cover (`null`: none, or a group report). */
  readonly name: string | null;
  readonly lines: readonly string[];
  readonly notes: readonly string[];
  readonly footer: string;
  readonly pageOf: (page: number, pages: number) => string;
}
