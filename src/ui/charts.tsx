/**
 * The profile charts (recharts), shared by the results page and the PDF report. Purely presentational:
 * they draw the numbers they are given. Charts never carry meaning by colour alone: band thresholds are
 * labelled lines, and highlighted dimensions carry a ◆ in their label. Imported only by lazy chunks.
 */
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
  ResponsiveContainer,
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
}

export const ACCENT = '#1f4e79';
const INK = '#1b1f24';
const GRID = '#c9d1d9';
const BAND_LINE = '#5a6470';
export const HIGHLIGHT_MARK = '◆';

function labelOf(datum: ChartDatum): string {
  return datum.highlighted === true ? `${HIGHLIGHT_MARK} ${datum.label}` : datum.label;
}

function ticks(min: number, max: number): number[] {
  const out: number[] = [];
  const step = max - min > 10 ? Math.ceil((max - min) / 10) : 1;
  for (let value = min; value <= max; value += step) out.push(value);
  return out;
}

function Frame({
  width,
  height,
  children,
}: {
  width?: number;
  height: number;
  children: React.ReactElement;
}) {
  if (width !== undefined) return <div style={{ width, height }}>{children}</div>;
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      {children}
    </ResponsiveContainer>
  );
}

/** A radar of the dimensions of one section (the leadership roles). */
export function RadarProfile({ data, min, max, width, height = 380, format }: ChartProps) {
  const rows = data.map((datum) => ({ label: labelOf(datum), value: datum.value ?? min }));
  const chart = (
    <RadarChart
      data={rows}
      outerRadius="68%"
      accessibilityLayer={false}
      {...(width !== undefined ? { width, height } : {})}
    >
      <PolarGrid stroke={GRID} />
      <PolarAngleAxis dataKey="label" tick={{ fill: INK, fontSize: 13 }} />
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
  return (
    <Frame {...(width !== undefined ? { width } : {})} height={height}>
      {chart}
    </Frame>
  );
}

/** Horizontal bars, one per dimension, with the band thresholds as labelled vertical lines. */
export function BarProfile({ data, min, max, bands, width, height, format }: ChartProps) {
  const rows = data.map((datum) => ({
    label: labelOf(datum),
    value: datum.value,
    shown: datum.value ?? min,
  }));
  const chartHeight = height ?? 60 + data.length * 38;
  const chart = (
    <BarChart
      data={rows}
      layout="vertical"
      margin={{ top: 28, right: 40, bottom: 8, left: 8 }}
      accessibilityLayer={false}
      {...(width !== undefined ? { width, height: chartHeight } : {})}
    >
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis
        type="number"
        domain={[min, max]}
        ticks={ticks(min, max)}
        tickFormatter={(value: number) => format(value)}
        tick={{ fill: INK, fontSize: 12 }}
      />
      <YAxis type="category" dataKey="label" width={150} tick={{ fill: INK, fontSize: 13 }} interval={0} />
      {bands.map((band) => (
        <ReferenceLine
          key={band.label}
          x={band.min}
          stroke={BAND_LINE}
          strokeDasharray="4 3"
          label={{ value: `${format(band.min)} ${band.label}`, position: 'top', fill: INK, fontSize: 12 }}
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
  return (
    <Frame {...(width !== undefined ? { width } : {})} height={chartHeight}>
      {chart}
    </Frame>
  );
}
