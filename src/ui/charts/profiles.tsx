/** The profile charts of one section (recharts): a radar for the roles, bars for the other sections. */
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
import {
  type ChartProps,
  ACCENT,
  INK,
  GRID,
  BAND_LINE,
  HIGHLIGHT_MARK,
  labelOf,
  ticks,
  Frame,
  labelAxisProps,
  valueAxisProps,
} from './frame';

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
      <XAxis {...valueAxisProps(min, max, format)} />
      <YAxis {...labelAxisProps(drawn)} />
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
