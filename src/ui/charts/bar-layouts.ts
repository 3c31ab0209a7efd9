/**
 * Layouts of the horizontal charts: profile bars (one bar per dimension, its interval, the band lines),
 * before/after bars, and box plots. Each turns a chart specification and a width into a scene.
 */
import type { Axis, BarChart, BoxChart, CompareChart, DotsChart } from '../../views/model';
import {
  COLORS,
  MIN_FONT,
  markerPrimitives,
  wrapText,
  type Measure,
  type Primitive,
  type Scene,
} from './scene';

/** Fonts of the horizontal charts, by width: a phone gets the minimum, a wide screen a little more. */
function fonts(width: number): { label: number; value: number; tick: number } {
  return width < 480
    ? { label: MIN_FONT, value: MIN_FONT, tick: MIN_FONT }
    : { label: 13, value: 12, tick: 12 };
}

/** Space kept free at the left edge, so an estimated label width that falls short is not clipped. */
const PAD = 6;

interface Frame {
  readonly left: number;
  readonly right: number;
  readonly x: (value: number) => number;
  readonly labelWidth: number;
  /** Labels on a line of their own above each row (a narrow screen), the plot then spans the width. */
  readonly stacked: boolean;
}

/** Below this width a row's label goes above its bar, so a long name is neither squeezed nor clipped. */
const STACK_BELOW = 480;

/** Splits the width between a label column and the plot, and maps scale values to x. */
function frame(axis: Axis, width: number, labels: readonly string[], measure: Measure, size: number): Frame {
  const span = axis.max - axis.min || 1;
  const right = width - 40;
  if (width < STACK_BELOW) {
    const left = PAD + 8;
    return {
      left,
      right,
      labelWidth: width - 2 * PAD,
      stacked: true,
      x: (value) => left + ((value - axis.min) / span) * (right - left),
    };
  }
  const widest = Math.max(
    0,
    ...labels.flatMap((label) => label.split(/\s+/)).map((word) => measure(word, size)),
  );
  const labelWidth = Math.min(Math.max(widest + PAD, width * 0.3), width * 0.36);
  const left = labelWidth + 14;
  return {
    left,
    right,
    labelWidth,
    stacked: false,
    x: (value) => left + ((value - axis.min) / span) * (right - left),
  };
}

/**
 * Grid lines and tick labels of the value axis: lines from `top` to `bottom`, or only through the given
 * vertical `segments` (stacked rows, so the lines do not run through the labels above them).
 */
function axisPrimitives(
  axis: Axis,
  f: Frame,
  top: number,
  bottom: number,
  size: number,
  segments: readonly (readonly [number, number])[] = [[top, bottom]],
): Primitive[] {
  return axis.ticks.flatMap((tick): Primitive[] => [
    ...segments.map(([y1, y2]): Primitive => ({
      kind: 'line',
      x1: f.x(tick.value),
      y1,
      x2: f.x(tick.value),
      y2,
      stroke: COLORS.grid,
      width: 1,
    })),
    {
      kind: 'text',
      x: f.x(tick.value),
      y: bottom + size + 4,
      lines: [tick.label],
      size,
      anchor: 'middle',
      color: COLORS.ink,
      lineHeight: size * 1.2,
    },
  ]);
}

/** The lines of a row's label, leaving room for the phase marker before it. */
function labelLines(label: string, f: Frame, size: number, measure: Measure, marked: boolean): string[] {
  return wrapText(label, size, f.labelWidth - PAD - (marked ? size : 0), measure);
}

/**
 * A row's label with the phase marker before it: at the left, right-aligned and vertically centred on the
 * row's centre `y`; or, stacked, left-aligned on lines of its own starting at `top`.
 */
function rowLabel(
  label: string,
  y: number,
  top: number,
  f: Frame,
  size: number,
  measure: Measure,
  marked: boolean,
): Primitive[] {
  const markWidth = marked ? size : 0;
  const lines = labelLines(label, f, size, measure, marked);
  const lineHeight = size * 1.2;
  const first = f.stacked ? top + size : y - ((lines.length - 1) * lineHeight) / 2 + size * 0.35;
  const x = f.stacked ? PAD + markWidth : f.labelWidth;
  const out: Primitive[] = [
    {
      kind: 'text',
      x,
      y: first,
      lines,
      size,
      anchor: f.stacked ? 'start' : 'end',
      color: COLORS.ink,
      lineHeight,
    },
  ];
  if (marked) {
    const widest = Math.max(...lines.map((line) => measure(line, size)));
    out.push({
      kind: 'mark',
      cx: f.stacked ? PAD + size * 0.4 : f.labelWidth - widest - size * 0.6,
      cy: first - size * 0.35,
      r: size * 0.38,
      fill: COLORS.accent,
    });
  }
  return out;
}

/** Height of a stacked row's label lines (0 when labels sit beside the rows). */
function labelHeight(label: string, f: Frame, size: number, measure: Measure, marked: boolean): number {
  return f.stacked ? labelLines(label, f, size, measure, marked).length * size * 1.2 + 2 : 0;
}

/** Rows tall enough for their wrapped labels (stacked: the label lines plus the row's own height). */
function rowHeights(
  rows: readonly { readonly label: string; readonly marked?: boolean }[],
  f: Frame,
  size: number,
  measure: Measure,
  minimum: number,
): number[] {
  return rows.map((row) => {
    const marked = row.marked === true;
    if (f.stacked) return labelHeight(row.label, f, size, measure, marked) + minimum;
    return Math.max(minimum, labelLines(row.label, f, size, measure, marked).length * size * 1.2 + 12);
  });
}

/** The rows of a horizontal chart: where each row's centre is, and the frame they share. */
interface RowLayout {
  readonly f: Frame;
  readonly size: ReturnType<typeof fonts>;
  readonly top: number;
  readonly bottom: number;
  /** The vertical centre of each row. */
  readonly centres: readonly number[];
  /** Where vertical lines run: the whole plot, or (stacked) each row's band below its label. */
  readonly spans: readonly (readonly [number, number])[];
}

/**
 * Lays out the rows of a horizontal chart: one per label, tall enough for its wrapped label, below `top`
 * (room for band labels), with the value axis's grid and ticks; `draw` adds each row's marks.
 */
function rowChart(
  axis: Axis,
  width: number,
  measure: Measure,
  rows: readonly { readonly label: string; readonly marked?: boolean }[],
  options: { readonly top: number; readonly minimum: number; readonly extra?: number },
  draw: (layout: RowLayout) => Primitive[],
): Scene {
  const size = fonts(width);
  const labels = rows.map((row) => row.label);
  const f = frame(axis, width, labels, measure, size.label);
  const heights = rowHeights(rows, f, size.label, measure, options.minimum);
  const bottom = options.top + heights.reduce((a, b) => a + b, 0);
  const centres: number[] = [];
  const segments: [number, number][] = [];
  const labelPrimitives: Primitive[] = [];
  let y = options.top;
  rows.forEach((row, i) => {
    const h = heights[i] ?? options.minimum;
    const marked = row.marked === true;
    const above = labelHeight(row.label, f, size.label, measure, marked);
    const centre = y + above + (h - above) / 2;
    centres.push(centre);
    segments.push([y + above, y + h]);
    labelPrimitives.push(...rowLabel(row.label, centre, y, f, size.label, measure, marked));
    y += h;
  });
  const out: Primitive[] = [
    ...axisPrimitives(axis, f, options.top, bottom, size.tick, f.stacked ? segments : undefined),
    ...labelPrimitives,
  ];
  const spans = f.stacked ? segments : [[options.top, bottom] as const];
  out.push(...draw({ f, size, top: options.top, bottom, centres, spans }));
  return { width, height: bottom + size.tick + 12 + (options.extra ?? 0), primitives: out };
}

/**
 * Profile bars: per dimension a bar from the scale's minimum to the score with its value, the interval as a
 * line with end caps, and for a dimension without a score an open circle at the minimum with "no score".
 * Band thresholds are dashed vertical lines labelled above the plot. `dense` rows are as low as their marks
 * allow (a page that holds several charts).
 */
/** Whether the two end labels of an axis fit on one line under a plot from `left` to `right`. */
function endsApart(ends: readonly [string, string], f: Frame, size: number, measure: Measure): boolean {
  return measure(ends[0], size) + measure(ends[1], size) + 12 <= f.right - f.left;
}

export function layoutBars(spec: BarChart, width: number, measure: Measure, dense = false): Scene {
  const tick = fonts(width).tick;
  const labels = spec.points.map((point) => point.label);
  const f0 = frame(spec.axis, width, labels, measure, fonts(width).label);
  const apart = spec.ends === null || endsApart(spec.ends, f0, tick, measure);
  // Band labels share a line above the plot where they do not run into each other.
  const bandText = (label: string) => wrapText(label, tick, f0.right - f0.left, measure, 1)[0] ?? '';
  const bandX = (value: number, text: string) => Math.min(f0.x(value), f0.right + 36 - measure(text, tick));
  const lineEnds: number[] = [];
  const bandLine = new Map<number, number>();
  [...spec.bands.entries()]
    .sort(([, a], [, b]) => a.value - b.value)
    .forEach(([b, band]) => {
      const text = bandText(band.label);
      const x = bandX(band.value, text);
      const line = lineEnds.findIndex((end) => end + 8 <= x);
      const at = line < 0 ? lineEnds.length : line;
      lineEnds[at] = x + measure(text, tick);
      bandLine.set(b, at);
    });
  return rowChart(
    spec.axis,
    width,
    measure,
    spec.points,
    {
      top: 8 + lineEnds.length * (tick + 6),
      minimum: dense ? 25 : 36,
      extra: spec.ends ? tick * (apart ? 1.6 : 2.9) + 6 : 0,
    },
    ({ f, size, top, bottom, centres, spans }) => {
      const out: Primitive[] = [];
      spec.bands.forEach((band, b) => {
        spans.forEach(([y1, y2], i) =>
          out.push({
            kind: 'line',
            x1: f.x(band.value),
            y1: i === 0 ? top - 4 : y1,
            x2: f.x(band.value),
            y2,
            stroke: COLORS.band,
            width: 1.2,
            dash: [4, 3],
          }),
        );
        const text = bandText(band.label);
        out.push({
          kind: 'text',
          x: bandX(band.value, text),
          y: 2 + ((bandLine.get(b) ?? b) + 1) * (size.tick + 6),
          lines: [text],
          size: size.tick,
          anchor: 'start',
          color: COLORS.ink,
          lineHeight: size.tick * 1.2,
        });
      });
      spec.points.forEach((point, i) => {
        const cy = centres[i] ?? 0;
        const value = (x: number, bold: boolean): Primitive => ({
          kind: 'text',
          x: Math.min(x, width - measure(point.valueLabel, size.value)),
          y: cy + size.value * 0.35,
          lines: [point.valueLabel],
          size: size.value,
          anchor: 'start',
          color: COLORS.ink,
          lineHeight: size.value * 1.2,
          ...(bold ? { bold } : {}),
        });
        if (point.value === null) {
          out.push({
            kind: 'circle',
            cx: f.x(spec.axis.min),
            cy,
            r: 6,
            stroke: COLORS.accent,
            fill: COLORS.paper,
            width: 2,
          });
          out.push(value(f.x(spec.axis.min) + 12, false));
          return;
        }
        // A level is an amount (a bar from the scale's start); a position is a point on a track (no bar,
        // so agreeing more does not read as "more is better").
        if (spec.mark === 'dot')
          out.push({
            kind: 'line',
            x1: f.left,
            y1: cy,
            x2: f.right,
            y2: cy,
            stroke: COLORS.grid,
            width: 4,
          });
        else
          out.push({
            kind: 'rect',
            x: f.left,
            y: cy - 9,
            w: Math.max(1, f.x(point.value) - f.left),
            h: 18,
            fill: COLORS.accent,
          });
        let end = f.x(point.value);
        if (point.interval) {
          const low = f.x(point.interval.low);
          const high = f.x(point.interval.high);
          out.push({ kind: 'line', x1: low, y1: cy, x2: high, y2: cy, stroke: COLORS.ink, width: 1.5 });
          for (const x of [low, high])
            out.push({ kind: 'line', x1: x, y1: cy - 6, x2: x, y2: cy + 6, stroke: COLORS.ink, width: 1.5 });
          end = Math.max(end, high);
        }
        if (spec.mark === 'dot') {
          out.push({
            kind: 'circle',
            cx: f.x(point.value),
            cy,
            r: 7,
            fill: COLORS.accent,
            stroke: COLORS.paper,
            width: 2,
          });
          end = Math.max(end, f.x(point.value) + 7);
        }
        const label = value(end + 6, true);
        // The value needs a clear background, or a position's track or a band's dashed line runs through it.
        if ((spec.mark === 'dot' || spec.bands.length > 0) && label.kind === 'text')
          out.push({
            kind: 'rect',
            x: label.x - 3,
            y: cy - size.value * 0.75,
            w: measure(point.valueLabel, size.value) + 6,
            h: size.value * 1.5,
            fill: COLORS.paper,
          });
        out.push(label);
      });
      if (spec.ends) {
        const y = bottom + size.tick * 2 + 10;
        // Too close to share a line (not apart): the right-hand end label goes one line lower.
        out.push({
          kind: 'text',
          x: f.left,
          y,
          lines: [spec.ends[0]],
          size: size.tick,
          anchor: 'start',
          color: COLORS.band,
          lineHeight: size.tick * 1.2,
        });
        out.push({
          kind: 'text',
          x: f.right,
          y: apart ? y : y + size.tick * 1.3,
          lines: [spec.ends[1]],
          size: size.tick,
          anchor: 'end',
          color: COLORS.band,
          lineHeight: size.tick * 1.2,
        });
      }
      return out;
    },
  );
}

/** Before/after bars: per dimension an outlined bar (before) above a filled bar (after), each with its value. */
export function layoutCompare(spec: CompareChart, width: number, measure: Measure): Scene {
  return rowChart(spec.axis, width, measure, spec.rows, { top: 6, minimum: 46 }, ({ f, size, centres }) =>
    spec.rows.flatMap((row, i): Primitive[] => {
      const cy = centres[i] ?? 0;
      const bars: [number | null, string, number, boolean][] = [
        [row.before, row.beforeLabel, cy - 8, false],
        [row.after, row.afterLabel, cy + 8, true],
      ];
      return bars.flatMap(([value, label, barY, filled]): Primitive[] => [
        value === null
          ? {
              kind: 'circle',
              cx: f.x(spec.axis.min),
              cy: barY,
              r: 5,
              stroke: COLORS.accent,
              fill: COLORS.paper,
              width: 1.5,
            }
          : {
              kind: 'rect',
              x: f.left,
              y: barY - 6,
              w: Math.max(1, f.x(value) - f.left),
              h: 12,
              ...(filled
                ? { fill: COLORS.accent }
                : { fill: COLORS.paper, stroke: COLORS.accent, width: 1.5 }),
            },
        {
          kind: 'text',
          x: value === null ? f.x(spec.axis.min) + 8 : f.x(value) + 6,
          y: barY + size.value * 0.35,
          lines: [label],
          size: size.value,
          anchor: 'start',
          color: COLORS.ink,
          lineHeight: size.value * 1.2,
        },
      ]);
    }),
  );
}

/**
 * Box plots of a group: per dimension a line from the lowest to the highest score, a box from the first to
 * the third quartile, a thick stroke at the median and a diamond at the mean.
 */
export function layoutBox(spec: BoxChart, width: number, measure: Measure): Scene {
  return rowChart(spec.axis, width, measure, spec.rows, { top: 6, minimum: 32 }, ({ f, centres }) =>
    spec.rows.flatMap((row, i): Primitive[] => {
      const cy = centres[i] ?? 0;
      const out: Primitive[] = [];
      if (row.five) {
        const { min, q1, median, q3, max } = row.five;
        out.push({
          kind: 'line',
          x1: f.x(min),
          y1: cy,
          x2: f.x(max),
          y2: cy,
          stroke: COLORS.ink,
          width: 1.5,
        });
        out.push({
          kind: 'rect',
          x: f.x(q1),
          y: cy - 8,
          w: Math.max(1, f.x(q3) - f.x(q1)),
          h: 16,
          fill: '#e3edf6',
          stroke: COLORS.accent,
          width: 1.5,
        });
        out.push({
          kind: 'line',
          x1: f.x(median),
          y1: cy - 8,
          x2: f.x(median),
          y2: cy + 8,
          stroke: COLORS.accent,
          width: 3,
        });
      }
      if (row.mean !== null) {
        const x = f.x(row.mean);
        out.push({
          kind: 'path',
          points: [
            [x, cy - 5],
            [x + 5, cy],
            [x, cy + 5],
            [x - 5, cy],
          ],
          closed: true,
          fill: COLORS.ink,
        });
      }
      return out;
    }),
  );
}

/**
 * Self beside others: per dimension one marker per series, staggered a little in height so equal values
 * stay visible, and a line from the first series (self) to the last (all others) showing the gap. `dense`
 * rows are as low as their markers allow (the report's overview page).
 */
export function layoutDots(spec: DotsChart, width: number, measure: Measure, dense = false): Scene {
  const count = spec.series.length;
  const step = dense ? 7 : 9;
  return rowChart(
    spec.axis,
    width,
    measure,
    spec.rows,
    { top: 6, minimum: dense ? Math.max(18, count * step + 6) : Math.max(30, count * step + 14) },
    ({ f, centres }) =>
      spec.rows.flatMap((row, i): Primitive[] => {
        const cy = centres[i] ?? 0;
        const yOf = (s: number) => cy + (s - (count - 1) / 2) * step;
        const out: Primitive[] = [];
        const first = row.values[0];
        const last = row.values[count - 1];
        if (count > 1 && first != null && last != null)
          out.push({
            kind: 'line',
            x1: f.x(first),
            y1: yOf(0),
            x2: f.x(last),
            y2: yOf(count - 1),
            stroke: COLORS.band,
            width: 1,
          });
        spec.series.forEach((series, s) => {
          const value = row.values[s];
          if (value != null) out.push(...markerPrimitives(series.marker, f.x(value), yOf(s), 5));
        });
        return out;
      }),
  );
}
