/** A group's spread per dimension, as a box plot in plain SVG (no chart library). */
import { ACCENT, INK, GRID, ticks, Frame } from './frame';

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
