/**
 * What every chart shares: the data types, the colours, the axis ticks and the frame that sizes a chart to
 * its container. Charts never carry meaning by colour alone: band thresholds are labelled lines, and
 * highlighted dimensions carry a ◆ in their label. Purely presentational: charts draw the numbers they are
 * given.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';

export interface ChartDatum {
  readonly label: string;
  /** The score, or `null` when there were not enough answers. */
  readonly value: number | null;
  /** Shown with a ◆ (e.g. a role the network's phase calls for). */
  readonly highlighted?: boolean;
}

export interface ChartBand {
  readonly label: string;
  readonly min: number;
}

export interface ChartProps {
  readonly data: readonly ChartDatum[];
  readonly min: number;
  readonly max: number;
  readonly bands: readonly ChartBand[];
  /** Fixed size (PDF, tests); when absent the chart fills its container's width. */
  readonly width?: number;
  readonly height?: number;
  readonly format: (value: number) => string;
  /** The marker before a highlighted label (default ◆). */
  readonly mark?: string;
}

export const ACCENT = '#1f4e79';
export const INK = '#1b1f24';
export const GRID = '#c9d1d9';
export const BAND_LINE = '#5a6470';
export const HIGHLIGHT_MARK = '◆';

export function labelOf(datum: ChartDatum, mark: string): string {
  return datum.highlighted === true ? `${mark} ${datum.label}` : datum.label;
}

export function ticks(min: number, max: number): number[] {
  const out: number[] = [];
  const step = max - min > 10 ? Math.ceil((max - min) / 10) : 1;
  for (let value = min; value <= max; value += step) out.push(value);
  return out;
}

/** Props of the score axis of a horizontal bar chart: `min`–`max` with a tick per scale point. */
export function valueAxisProps(min: number, max: number, format: (value: number) => string) {
  return {
    type: 'number',
    domain: [min, max],
    ticks: ticks(min, max),
    tickFormatter: (value: number) => format(value),
    tick: { fill: INK, fontSize: 12 },
  } as const;
}

/** Props of the dimension axis of a horizontal bar chart, narrower with smaller labels on a phone. */
export function labelAxisProps(drawn: number) {
  return {
    type: 'category',
    dataKey: 'label',
    width: drawn < 480 ? 110 : 150,
    tick: { fill: INK, fontSize: drawn < 480 ? 11 : 13 },
    // No tick marks, and room before the axis: in the PDF, Helvetica runs wider than the screen font the
    // labels were measured in, and a label would otherwise run into its tick mark.
    tickLine: false,
    tickMargin: 10,
    interval: 0,
  } as const;
}

/** Width used before the container has been measured (and where it cannot be, as in jsdom). */
const FALLBACK_WIDTH = 640;

/**
 * Draws `chart(width)` at a fixed width, or at its container's width, re-measured when it changes, so a
 * chart can adapt its layout (radius, label size) to a phone screen.
 */
export function Frame({
  width,
  height,
  chart,
}: {
  width?: number;
  height: number;
  chart: (width: number) => ReactElement;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState(width ?? FALLBACK_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (width !== undefined || !element) return;
    const update = () => {
      const next = Math.round(element.getBoundingClientRect().width);
      if (next > 0) setMeasured(next);
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [width]);
  const drawn = width ?? measured;
  return (
    <div ref={ref} style={{ width: width ?? '100%', height }}>
      {chart(drawn)}
    </div>
  );
}
