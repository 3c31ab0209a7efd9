/**
 * The radar layout: one axis per dimension around a centre, grid rings at every scale point, the person's
 * scores joined by a line. A dimension without a score is never drawn at the centre (where it would read as
 * the lowest score): the line has a gap there, an open circle sits at the rim, and the label says "no
 * score". Each score's interval is a short radial line across its point.
 */
import type { RadarChart } from '../../views/model';
import { COLORS, MIN_FONT, wrapText, type Measure, type Point, type Primitive, type Scene } from './scene';

/** Lays a radar chart out at `width` CSS pixels. */
export function layoutRadar(spec: RadarChart, width: number, measure: Measure): Scene {
  const { axis, points } = spec;
  const n = Math.max(points.length, 3);
  const size = width < 480 ? MIN_FONT : 13;
  const lineHeight = size * 1.2;
  // Room for labels left and right: as much as the widest label needs, within reason.
  const labelWidth = Math.min(width * (width < 480 ? 0.3 : 0.24), 180);
  const radius = Math.max(60, Math.min(width / 2 - labelWidth - 10, 200));
  const labels = points.map((point) => {
    const lines = wrapText(point.label, size, labelWidth, measure);
    return point.value === null ? [...lines, point.valueLabel] : lines;
  });
  const tallest = Math.max(1, ...labels.map((lines) => lines.length));
  const top = 8 + tallest * lineHeight;
  const cx = width / 2;
  const cy = top + radius + 8;
  const height = cy + radius + 14 + tallest * lineHeight;
  const span = axis.max - axis.min || 1;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const at = (i: number, value: number): Point => {
    const r = ((Math.max(axis.min, Math.min(axis.max, value)) - axis.min) / span) * radius;
    return [cx + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))];
  };
  const out: Primitive[] = [];
  for (const tick of axis.ticks) {
    if (tick.value === axis.min) continue;
    out.push({
      kind: 'path',
      points: points.map((_, i) => at(i, tick.value)),
      closed: true,
      stroke: COLORS.grid,
      width: 1,
    });
  }
  points.forEach((_, i) => {
    const [x, y] = at(i, axis.max);
    out.push({ kind: 'line', x1: cx, y1: cy, x2: x, y2: y, stroke: COLORS.grid, width: 1 });
  });
  // Tick labels along the first axis, just right of it.
  for (const tick of axis.ticks) {
    const [x, y] = at(0, tick.value);
    out.push({
      kind: 'text',
      x: x + 5,
      y: y + 4,
      lines: [tick.label],
      size: MIN_FONT,
      anchor: 'start',
      color: COLORS.band,
      lineHeight,
    });
  }
  const complete = points.every((point) => point.value !== null);
  const scored = points.map((point, i) => (point.value === null ? null : at(i, point.value)));
  if (complete)
    out.push({
      kind: 'path',
      points: scored.filter((p): p is Point => p !== null),
      closed: true,
      stroke: COLORS.accent,
      fill: COLORS.accentSoft,
      width: 2,
    });
  else {
    // Segments between neighbouring scored points only: a missing score leaves a gap.
    scored.forEach((p, i) => {
      const next = scored[(i + 1) % points.length];
      if (p && next)
        out.push({
          kind: 'line',
          x1: p[0],
          y1: p[1],
          x2: next[0],
          y2: next[1],
          stroke: COLORS.accent,
          width: 2,
        });
    });
  }
  points.forEach((point, i) => {
    if (point.interval) {
      const [x1, y1] = at(i, point.interval.low);
      const [x2, y2] = at(i, point.interval.high);
      out.push({ kind: 'line', x1, y1, x2, y2, stroke: COLORS.ink, width: 1.5 });
    }
    const p = scored[i];
    if (p) out.push({ kind: 'circle', cx: p[0], cy: p[1], r: 3.5, fill: COLORS.accent });
    else {
      const [x, y] = at(i, axis.max);
      out.push({ kind: 'circle', cx: x, cy: y, r: 6, stroke: COLORS.accent, fill: COLORS.paper, width: 2 });
    }
  });
  points.forEach((point, i) => {
    const lines = labels[i] ?? [];
    const a = angle(i);
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const gap = 12;
    const x = cx + (radius + gap) * cos;
    const y = cy + (radius + gap) * sin;
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const block = lines.length * lineHeight;
    // Above the centre the label block ends at the axis tip, below it starts there, beside it centres.
    const firstBaseline =
      sin < -0.5 ? y - block + size * 0.85 : sin > 0.5 ? y + size * 0.9 : y - block / 2 + size * 0.85;
    out.push({ kind: 'text', x, y: firstBaseline, lines, size, anchor, color: COLORS.ink, lineHeight });
    if (point.marked) {
      const first = lines[0] ?? '';
      const w = measure(first, size);
      const left = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
      out.push({
        kind: 'mark',
        cx: left - size * 0.6,
        cy: firstBaseline - size * 0.35,
        r: size * 0.38,
        fill: COLORS.accentSoft,
      });
    }
  });
  return { width, height, primitives: out };
}
