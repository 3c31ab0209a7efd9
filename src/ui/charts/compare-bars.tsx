/** Before/after bars of one section (recharts), for the coach's comparison. */
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { ACCENT, INK, GRID, Frame, labelAxisProps, valueAxisProps } from './frame';

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
      <XAxis {...valueAxisProps(min, max, format)} />
      <YAxis {...labelAxisProps(drawn)} />
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
