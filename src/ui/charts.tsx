/**
 * The profile charts (recharts), shared by the results page and the PDF report. Purely presentational:
 * they draw the numbers they are given. Charts never carry meaning by colour alone: band thresholds are
 * labelled lines, and highlighted dimensions carry a ◆ in their label. Imported only by lazy chunks.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';

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

interface ChartProps {
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
const INK = '#1b1f24';
const GRID = '#c9d1d9';
const BAND_LINE = '#5a6470';
export const HIGHLIGHT_MARK = '◆';

function labelOf(datum: ChartDatum, mark: string): string {
  return datum.highlighted === true ? `${mark} ${datum.label}` : datum.label;
}

function ticks(min: number, max: number): number[] {
  const out: number[] = [];
  const step = max - min > 10 ? Math.ceil((max - min) / 10) : 1;
  for (let value = min; value <= max; value += step) out.push(value);
  return out;
}

/** Width used before the container has been measured (and where it cannot be, as in jsdom). */
const FALLBACK_WIDTH = 640;

/**
 * Draws `chart(width)` at a fixed width, or at its container's width, re-measured when it changes, so a
 * chart can adapt its layout (radius, label size) to a phone screen.
 */
function Frame({
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

/** A radar of the dimensions of one section (the leadership roles). */
export function RadarProfile({
  data,
  min,
  max,
  width,
  height = 380,
  format,
  mark = HIGHLIGHT_MARK,
}: ChartProps) {
  const rows = data.map((datum) => ({ label: labelOf(datum, mark), value: datum.value ?? min }));
  const chart = (drawn: number) => (
    <RadarChart
      data={rows}
      width={drawn}
      height={height}
      outerRadius={drawn < 480 ? '46%' : '68%'}
      accessibilityLayer={false}
    >
      <PolarGrid stroke={GRID} />
      <PolarAngleAxis dataKey="label" tick={{ fill: INK, fontSize: drawn < 480 ? 11 : 13 }} />
      <PolarRadiusAxis
        domain={[min, max]}
        ticks={ticks(min, max)}
        angle={90 - 180 / Math.max(data.length, 1)}
        tick={{ fill: BAND_LINE, fontSize: 11 }}
        tickFormatter={(value: number) => format(value)}
        axisLine={false}
      />
      <Radar
        dataKey="value"
        stroke={ACCENT}
        strokeWidth={2}
        fill={ACCENT}
        fillOpacity={0.25}
        isAnimationActive={false}
        dot
      />
    </RadarChart>
  );
  return <Frame {...(width !== undefined ? { width } : {})} height={height} chart={chart} />;
}

/** Horizontal bars, one per dimension, with the band thresholds as labelled vertical lines. */
export function BarProfile({
  data,
  min,
  max,
  bands,
  width,
  height,
  format,
  mark = HIGHLIGHT_MARK,
}: ChartProps) {
  const rows = data.map((datum) => ({
    label: labelOf(datum, mark),
    value: datum.value,
    shown: datum.value ?? min,
  }));
  const chartHeight = height ?? 46 + bands.length * 16 + data.length * 38;
  const chart = (drawn: number) => (
    <BarChart
      data={rows}
      width={drawn}
      height={chartHeight}
      layout="vertical"
      margin={{ top: 14 + bands.length * 16, right: 36, bottom: 8, left: 4 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis
        type="number"
        domain={[min, max]}
        ticks={ticks(min, max)}
        tickFormatter={(value: number) => format(value)}
        tick={{ fill: INK, fontSize: 12 }}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={drawn < 480 ? 110 : 150}
        tick={{ fill: INK, fontSize: drawn < 480 ? 11 : 13 }}
        interval={0}
      />
      {bands.map((band, position) => (
        <ReferenceLine
          key={band.label}
          x={band.min}
          stroke={BAND_LINE}
          strokeDasharray="4 3"
          label={{
            value: `${format(band.min)} ${band.label}`,
            position: 'top',
            dy: -16 * position,
            fill: INK,
            fontSize: 12,
          }}
        />
      ))}
      <Bar dataKey="shown" fill={ACCENT} isAnimationActive={false} barSize={18}>
        <LabelList
          dataKey="value"
          position="right"
          fill={INK}
          fontSize={12}
          formatter={(value: unknown) => (typeof value === 'number' ? format(value) : '—')}
        />
      </Bar>
    </BarChart>
  );
  return <Frame {...(width !== undefined ? { width } : {})} height={chartHeight} chart={chart} />;
}

export interface ComparePoint {
  readonly label: string;
  readonly before: number | null;
  readonly after: number | null;
}

interface CompareProps {
  readonly data: readonly ComparePoint[];
  readonly min: number;
  readonly max: number;
  readonly series: { readonly before: string; readonly after: string };
  readonly width?: number;
  readonly height?: number;
  readonly format: (value: number) => string;
}

/**
 * Before and after, side by side per dimension: the earlier score as an outlined bar, the later one
 * filled, so the two differ by more than colour; both carry their number.
 */
export function CompareBars({ data, min, max, series, width, height, format }: CompareProps) {
  const rows = data.map((point) => ({
    label: point.label,
    before: point.before ?? min,
    after: point.after ?? min,
    beforeValue: point.before,
    afterValue: point.after,
  }));
  const chartHeight = height ?? 50 + data.length * 44;
  const valueLabel = (value: unknown) => (typeof value === 'number' ? format(value) : '—');
  const chart = (drawn: number) => (
    <BarChart
      data={rows}
      width={drawn}
      height={chartHeight}
      layout="vertical"
      margin={{ top: 8, right: 36, bottom: 8, left: 4 }}
      barGap={2}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis
        type="number"
        domain={[min, max]}
        ticks={ticks(min, max)}
        tickFormatter={(value: number) => format(value)}
        tick={{ fill: INK, fontSize: 12 }}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={drawn < 480 ? 110 : 150}
        tick={{ fill: INK, fontSize: drawn < 480 ? 11 : 13 }}
        interval={0}
      />
      <Bar
        dataKey="before"
        name={series.before}
        fill="#ffffff"
        stroke={ACCENT}
        strokeWidth={1.5}
        isAnimationActive={false}
        barSize={12}
      >
        <LabelList dataKey="beforeValue" position="right" fill={INK} fontSize={11} formatter={valueLabel} />
      </Bar>
      <Bar dataKey="after" name={series.after} fill={ACCENT} isAnimationActive={false} barSize={12}>
        <LabelList dataKey="afterValue" position="right" fill={INK} fontSize={11} formatter={valueLabel} />
      </Bar>
    </BarChart>
  );
  return <Frame {...(width !== undefined ? { width } : {})} height={chartHeight} chart={chart} />;
}

export interface BoxRow {
  readonly label: string;
  /** Lowest, quartiles, median and highest of the individual scores; `null` when nobody has a score. */
  readonly five: {
    readonly min: number;
    readonly q1: number;
    readonly median: number;
    readonly q3: number;
    readonly max: number;
  } | null;
  readonly mean: number | null;
}

interface BoxPlotProps {
  readonly rows: readonly BoxRow[];
  readonly min: number;
  readonly max: number;
  readonly width?: number;
  readonly format: (value: number) => string;
}

/**
 * How a group's individual scores spread, one row per dimension: a line from lowest to highest, a box from
 * the first to the third quartile, a thick tick at the median and a diamond at the mean. Plain SVG.
 */
export function BoxPlot({ rows, min, max, width, format }: BoxPlotProps) {
  const rowHeight = 30;
  const top = 8;
  const height = top + rows.length * rowHeight + 30;
  const chart = (drawn: number) => {
    const labelWidth = drawn < 480 ? 110 : 160;
    const left = labelWidth + 16;
    const right = drawn - 16;
    const x = (value: number) => left + ((value - min) / (max - min || 1)) * (right - left);
    return (
      <svg
        width={drawn}
        height={height}
        viewBox={`0 0 ${String(drawn)} ${String(height)}`}
        className="box-plot"
        fontFamily="system-ui, sans-serif"
      >
        {ticks(min, max).map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={top} y2={height - 24} stroke={GRID} />
            <text x={x(tick)} y={height - 8} textAnchor="middle" fontSize={12} fill={INK}>
              {format(tick)}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const y = top + i * rowHeight + rowHeight / 2;
          return (
            <g key={row.label}>
              <text x={labelWidth} y={y + 4} textAnchor="end" fontSize={drawn < 480 ? 11 : 13} fill={INK}>
                {row.label}
              </text>
              {row.five && (
                <>
                  <line
                    x1={x(row.five.min)}
                    x2={x(row.five.max)}
                    y1={y}
                    y2={y}
                    stroke={INK}
                    strokeWidth={1.5}
                  />
                  <rect
                    x={x(row.five.q1)}
                    y={y - 8}
                    width={Math.max(1, x(row.five.q3) - x(row.five.q1))}
                    height={16}
                    fill="#e3edf6"
                    stroke={ACCENT}
                    strokeWidth={1.5}
                  />
                  <line
                    x1={x(row.five.median)}
                    x2={x(row.five.median)}
                    y1={y - 8}
                    y2={y + 8}
                    stroke={ACCENT}
                    strokeWidth={3}
                  />
                </>
              )}
              {row.mean !== null && (
                <path d={`M ${String(x(row.mean))} ${String(y - 5)} l 5 5 l -5 5 l -5 -5 z`} fill={INK} />
              )}
            </g>
          );
        })}
      </svg>
    );
  };
  return <Frame {...(width !== undefined ? { width } : {})} height={height} chart={chart} />;
}
