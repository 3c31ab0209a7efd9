import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../src/ui/charts/layout';
import { estimateWidth, type Primitive } from '../../src/ui/charts/scene';
import { correlationFill } from '../../src/ui/charts/matrix-layouts';
import type { BarChart, HeatmapChart, RadarChart, StackedChart } from '../../src/views/model';

const axis = { min: 1, max: 5, ticks: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })) };
const point = (id: string, value: number | null) => ({
  id,
  label: id,
  value,
  valueLabel: value === null ? 'no score' : String(value),
  interval: null,
  marked: false,
});

describe('the radar layout', () => {
  it('draws a dimension without a score as missing at the rim, never at the centre, with a gap in the line', () => {
    const spec: RadarChart = {
      kind: 'radar',
      axis,
      points: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => point(id, id === 'c' ? null : 3)),
    };
    const scene = layoutChart(spec, 640, estimateWidth);
    const circles = scene.primitives.filter(
      (p): p is Extract<Primitive, { kind: 'circle' }> => p.kind === 'circle',
    );
    const hollow = circles.filter((c) => c.fill === '#ffffff');
    expect(hollow).toHaveLength(1);
    // The centre of the radar: where the grid's spokes meet.
    const spokes = scene.primitives.filter(
      (p): p is Extract<Primitive, { kind: 'line' }> => p.kind === 'line' && p.stroke === '#c9d1d9',
    );
    const centre = { x: spokes[0]!.x1, y: spokes[0]!.y1 };
    const rim = Math.hypot(spokes[0]!.x2 - centre.x, spokes[0]!.y2 - centre.y);
    expect(Math.hypot(hollow[0]!.cx - centre.x, hollow[0]!.cy - centre.y)).toBeCloseTo(rim, 5);
    for (const c of circles) expect(Math.hypot(c.cx - centre.x, c.cy - centre.y)).toBeGreaterThan(rim / 3);
    // The score line is drawn as segments between neighbouring scores: six points, one missing → four segments.
    const segments = scene.primitives.filter((p) => p.kind === 'line' && p.stroke === '#1f4e79');
    expect(segments).toHaveLength(4);
    expect(scene.primitives.some((p) => p.kind === 'path' && p.fill === '#c9dcef')).toBe(false);
    // Its label says there is no score.
    expect(scene.primitives.some((p) => p.kind === 'text' && p.lines.includes('no score'))).toBe(true);
  });

  it('closes and fills the line when every dimension has a score', () => {
    const spec: RadarChart = { kind: 'radar', axis, points: ['a', 'b', 'c'].map((id) => point(id, 4)) };
    const scene = layoutChart(spec, 640, estimateWidth);
    expect(scene.primitives.some((p) => p.kind === 'path' && p.closed && p.fill === '#c9dcef')).toBe(true);
  });

  it('draws a phone-wide radar as bars, so every label stays whole at 12 px or more', () => {
    const spec: RadarChart = {
      kind: 'radar',
      axis,
      points: ['Netwerkbouwer', 'Procesregisseur', 'Aanjager'].map((id) => point(id, 3)),
    };
    const scene = layoutChart(spec, 360, estimateWidth);
    expect(scene.primitives.filter((p) => p.kind === 'rect')).toHaveLength(3);
    for (const p of scene.primitives) if (p.kind === 'text') expect(p.size).toBeGreaterThanOrEqual(12);
  });
});

describe('the bar layout', () => {
  const bars = (mark: 'bar' | 'dot'): BarChart => ({
    kind: 'bars',
    axis,
    mark,
    bands: [],
    ends: null,
    points: [point('a', 2), point('b', 4)],
  });
  const rects = (mark: 'bar' | 'dot') =>
    layoutChart(bars(mark), 640, estimateWidth).primitives.filter(
      (p): p is Extract<Primitive, { kind: 'rect' }> => p.kind === 'rect',
    );

  it('draws a level as a bar from the scale start, longer for a higher score', () => {
    const drawn = rects('bar').filter((r) => r.fill === '#1f4e79');
    expect(drawn).toHaveLength(2);
    expect(drawn[1]!.w).toBeGreaterThan(drawn[0]!.w * 2);
  });

  it('draws a position as a dot on a track, with no bar that reads as "more is better"', () => {
    const scene = layoutChart(bars('dot'), 640, estimateWidth);
    expect(rects('dot').filter((r) => r.fill === '#1f4e79')).toHaveLength(0);
    const dots = scene.primitives.filter(
      (p): p is Extract<Primitive, { kind: 'circle' }> => p.kind === 'circle' && p.fill === '#1f4e79',
    );
    expect(dots).toHaveLength(2);
    expect(dots[1]!.cx).toBeGreaterThan(dots[0]!.cx);
    // Every track spans the whole axis, the same for both points.
    const tracks = scene.primitives.filter(
      (p): p is Extract<Primitive, { kind: 'line' }> => p.kind === 'line' && p.width === 4,
    );
    expect(tracks).toHaveLength(2);
    expect(tracks[0]!.x2 - tracks[0]!.x1).toBeCloseTo(tracks[1]!.x2 - tracks[1]!.x1, 5);
  });
});

describe('every chart at phone and desktop widths', () => {
  /** The horizontal extent of a text primitive, measured as the page measures it. */
  const extent = (p: Extract<Primitive, { kind: 'text' }>): [number, number] => {
    const w = Math.max(...p.lines.map((line) => estimateWidth(line, p.size, p.bold === true)));
    const left = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - w : p.x - w / 2;
    return [left, left + w];
  };
  const spec: BarChart = {
    kind: 'bars',
    axis,
    mark: 'dot',
    bands: [],
    ends: ['helemaal oneens', 'helemaal eens'],
    points: [
      { ...point('Vertrouwensgerichtheid', 2.5), marked: true },
      point('Omgaan met ambiguïteit', 4),
      point('Oog voor publieke waarde', null),
    ],
  };

  for (const width of [320, 360, 480, 640, 1000])
    it(`keeps every label whole, inside the chart and apart at ${String(width)} px`, () => {
      const scene = layoutChart(spec, width, estimateWidth);
      const texts = scene.primitives.filter(
        (p): p is Extract<Primitive, { kind: 'text' }> => p.kind === 'text',
      );
      expect(texts.length).toBeGreaterThan(8);
      for (const text of texts) {
        const [left, right] = extent(text);
        expect(left, text.lines.join(' ')).toBeGreaterThanOrEqual(0);
        expect(right, text.lines.join(' ')).toBeLessThanOrEqual(width);
        expect(text.size).toBeGreaterThanOrEqual(12);
      }
      // The long one-word name is shown whole (possibly over two hyphenated lines).
      const name = texts.find((t) => t.lines.join('').replace(/-/g, '').includes('Vertrouwensgerichtheid'));
      expect(name).toBeDefined();
      // The two end labels do not overlap.
      const [low, high] = ['helemaal oneens', 'helemaal eens'].map((label) => {
        const t = texts.find((p) => p.lines[0] === label)!;
        return { box: extent(t), y: t.y };
      });
      const overlap = low!.box[1] > high!.box[0] && Math.abs(low!.y - high!.y) < 12;
      expect(overlap).toBe(false);
      // The phase marker stays inside the chart.
      for (const p of scene.primitives) if (p.kind === 'mark') expect(p.cx - p.r).toBeGreaterThanOrEqual(0);
    });
});

describe('the cohort matrix charts', () => {
  const rects = (primitives: readonly Primitive[]) =>
    primitives.filter((p): p is Extract<Primitive, { kind: 'rect' }> => p.kind === 'rect');

  it('draws the heat map as one square per pair, coloured by its correlation, flagged pairs framed both ways', () => {
    const values = [
      [1, 0.9, -0.5],
      [0.9, 1, null],
      [-0.5, null, 1],
    ];
    const spec: HeatmapChart = {
      kind: 'heatmap',
      labels: ['1 a', '2 b', '3 c'],
      keys: ['1', '2', '3'],
      cells: values.map((row) => row.map((value) => ({ value, label: value === null ? '' : String(value) }))),
      flagged: [[0, 1]],
    };
    for (const width of [320, 900]) {
      const scene = layoutChart(spec, width, estimateWidth);
      const squares = rects(scene.primitives).filter((r) => r.fill !== undefined);
      expect(squares).toHaveLength(9);
      expect(squares[1]?.fill).toBe(correlationFill(0.9));
      expect(squares[2]?.fill).toBe(correlationFill(-0.5));
      // Positive blue, negative red, undefined grey, 0 white.
      expect(correlationFill(0)).toBe('#ffffff');
      expect(correlationFill(1)).toBe('#1f4e79');
      expect(correlationFill(-1)).toBe('#b2182b');
      expect(squares[5]?.fill).toBe(correlationFill(null));
      const frames = rects(scene.primitives).filter((r) => r.fill === undefined && r.width === 2.5);
      expect(frames).toHaveLength(2);
      expect(
        Math.max(...scene.primitives.flatMap((p) => (p.kind === 'rect' ? [p.x + p.w] : []))),
      ).toBeLessThanOrEqual(width);
    }
  });

  it('splits each statement’s bar into the shares of its answer points', () => {
    const spec: StackedChart = {
      kind: 'stacked',
      points: ['1 never', '2', '3', '4', '5 always'],
      rows: [
        { id: 'x', label: 'a statement', shares: [0.1, 0.2, 0.3, 0.4, 0] },
        { id: 'y', label: 'nobody answered', shares: [0, 0, 0, 0, 0] },
      ],
    };
    const scene = layoutChart(spec, 800, estimateWidth);
    const bars = rects(scene.primitives).filter((r) => r.h === 18 && r.fill !== undefined);
    expect(bars).toHaveLength(4);
    const total = bars.reduce((sum, bar) => sum + bar.w, 0);
    expect(bars.map((bar) => bar.w / total)).toEqual(
      [0.1, 0.2, 0.3, 0.4].map((v) => expect.closeTo(v, 9) as number),
    );
    // The statement nobody answered gets an empty frame, not a bar.
    expect(rects(scene.primitives).filter((r) => r.h === 18 && r.fill === undefined)).toHaveLength(1);
  });
});
