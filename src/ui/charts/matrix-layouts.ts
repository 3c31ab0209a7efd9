/**
 * Layouts of the cohort view's matrix-like charts: the heat map of correlations between dimensions and the
 * stacked bars of how each statement's answers spread over the answer points. Pure scenes, drawn as SVG on
 * the page and with jsPDF in the group report.
 */
import type { HeatmapChart, StackedChart } from '../../views/model';
import { COLORS, MIN_FONT, wrapText, type Measure, type Primitive, type Scene } from './scene';

/** A colour between `a` and `b` (hex `#rrggbb`), `t` in [0, 1]. */
function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const out = [0, 1, 2].map((i) =>
    Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * Math.max(0, Math.min(1, t))),
  );
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

const NEGATIVE = '#b2182b';
const POSITIVE = '#1f4e79';
const NONE = '#eef1f4';

/** The fill of a correlation: white at 0, deep blue at +1, deep red at −1; light grey when undefined. */
export function correlationFill(value: number | null): string {
  if (value === null) return NONE;
  return value >= 0 ? mix(COLORS.paper, POSITIVE, value) : mix(COLORS.paper, NEGATIVE, -value);
}

/** Ink that stays readable on `fill`: white on the deep end of the scale, dark elsewhere. */
function inkOn(depth: number): string {
  return depth > 0.55 ? COLORS.paper : COLORS.ink;
}

/**
 * The heat map: one square per pair, its colour the correlation, its value written inside where a square
 * is wide enough; row labels on the left (numbers only where the width is too small for names), column
 * keys on top; flagged pairs framed. The matrix is square and symmetric.
 */
export function layoutHeatmap(spec: HeatmapChart, width: number, measure: Measure): Scene {
  const k = spec.labels.length;
  const font = MIN_FONT;
  const keyWidth = Math.max(...spec.keys.map((key) => measure(key, font)), 0) + 8;
  // Names beside the rows when each square can stay at least 22 px wide; numbers alone otherwise.
  const nameWidth = Math.min(width * 0.38, Math.max(...spec.labels.map((l) => measure(l, font)), 0) + 10);
  const withNames = (width - nameWidth) / Math.max(1, k) >= 22;
  const labelWidth = withNames ? nameWidth : keyWidth;
  const cell = Math.max(8, Math.floor((width - labelWidth - 4) / Math.max(1, k)));
  const top = font + 10;
  const primitives: Primitive[] = [];
  // Where the squares are narrower than a two-digit key, every second (or third) column is numbered.
  const every = Math.max(1, Math.ceil((keyWidth - 6) / cell));
  spec.keys.forEach((key, j) => {
    if (j % every !== 0) return;
    primitives.push({
      kind: 'text',
      x: labelWidth + j * cell + cell / 2,
      y: font + 2,
      lines: [key],
      size: font,
      anchor: 'middle',
      color: COLORS.ink,
      lineHeight: font,
    });
  });
  spec.cells.forEach((row, i) => {
    const y = top + i * cell;
    const label = withNames
      ? (wrapText(spec.labels[i] ?? '', font, labelWidth - 8, measure, 1)[0] ?? '')
      : (spec.keys[i] ?? '');
    primitives.push({
      kind: 'text',
      x: labelWidth - 6,
      y: y + cell / 2 + font * 0.35,
      lines: [label],
      size: font,
      anchor: 'end',
      color: COLORS.ink,
      lineHeight: font,
    });
    row.forEach((entry, j) => {
      const x = labelWidth + j * cell;
      primitives.push({
        kind: 'rect',
        x,
        y,
        w: cell,
        h: cell,
        fill: correlationFill(entry.value),
        stroke: COLORS.paper,
        width: 1,
      });
      const text = entry.label;
      if (cell >= measure(text, 10) + 4 && text !== '')
        primitives.push({
          kind: 'text',
          x: x + cell / 2,
          y: y + cell / 2 + 3.5,
          lines: [text],
          size: 10,
          anchor: 'middle',
          color: inkOn(Math.abs(entry.value ?? 0)),
          lineHeight: 10,
        });
    });
  });
  for (const [i, j] of spec.flagged)
    for (const [row, column] of [
      [i, j],
      [j, i],
    ] as const)
      primitives.push({
        kind: 'rect',
        x: labelWidth + column * cell + 1,
        y: top + row * cell + 1,
        w: cell - 2,
        h: cell - 2,
        stroke: COLORS.ink,
        width: 2.5,
      });
  return { width, height: top + k * cell + 4, primitives };
}

/** The fill of answer point `i` of `count`: light to deep blue, lowest answer lightest. */
function pointFill(i: number, count: number): { fill: string; depth: number } {
  const depth = count <= 1 ? 1 : 0.15 + (0.85 * i) / (count - 1);
  return { fill: mix(COLORS.paper, POSITIVE, depth), depth };
}

/**
 * The stacked bars: a legend of the answer points on top, then per statement its label and one bar across
 * the width split into the shares of each answer point (the share written inside where it fits).
 */
export function layoutStacked(spec: StackedChart, width: number, measure: Measure): Scene {
  const font = MIN_FONT;
  const primitives: Primitive[] = [];
  // The legend, wrapped over as many lines as it needs.
  let x = 0;
  let y = 4;
  const swatch = 12;
  spec.points.forEach((point, i) => {
    const w = swatch + 6 + measure(point, font) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      y += font + 8;
    }
    const { fill } = pointFill(i, spec.points.length);
    primitives.push({ kind: 'rect', x, y, w: swatch, h: swatch, fill, stroke: COLORS.band, width: 0.5 });
    primitives.push({
      kind: 'text',
      x: x + swatch + 6,
      y: y + swatch - 1,
      lines: [point],
      size: font,
      anchor: 'start',
      color: COLORS.ink,
      lineHeight: font,
    });
    x += w;
  });
  y += swatch + 14;
  const narrow = width < 480;
  const labelWidth = narrow ? width : Math.min(width * 0.36, 280);
  const barX = narrow ? 0 : labelWidth + 8;
  const barWidth = width - barX;
  const barHeight = 18;
  for (const row of spec.rows) {
    const lines = wrapText(row.label, font, labelWidth - 4, measure, 2);
    const labelHeight = lines.length * (font + 3);
    primitives.push({
      kind: 'text',
      x: 0,
      y: y + font,
      lines,
      size: font,
      anchor: 'start',
      color: COLORS.ink,
      lineHeight: font + 3,
    });
    const barY = narrow ? y + labelHeight + 2 : y + Math.max(0, (labelHeight - barHeight) / 2);
    let left = barX;
    row.shares.forEach((share, i) => {
      const w = share * barWidth;
      if (w <= 0) return;
      const { fill, depth } = pointFill(i, row.shares.length);
      primitives.push({
        kind: 'rect',
        x: left,
        y: barY,
        w,
        h: barHeight,
        fill,
        stroke: COLORS.paper,
        width: 0.5,
      });
      const text = String(Math.round(share * 100));
      if (w >= measure(text, 10) + 6)
        primitives.push({
          kind: 'text',
          x: left + w / 2,
          y: barY + barHeight / 2 + 3.5,
          lines: [text],
          size: 10,
          anchor: 'middle',
          color: inkOn(depth),
          lineHeight: 10,
        });
      left += w;
    });
    if (row.shares.every((share) => share === 0))
      primitives.push({
        kind: 'rect',
        x: barX,
        y: barY,
        w: barWidth,
        h: barHeight,
        stroke: COLORS.grid,
        width: 1,
      });
    y = (narrow ? barY + barHeight : Math.max(y + labelHeight, barY + barHeight)) + 10;
  }
  return { width, height: y, primitives };
}
