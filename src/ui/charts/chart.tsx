/**
 * A chart on the page: its scene drawn as SVG at the width of its container (re-laid out when that changes,
 * so a phone gets a layout of its own). Hidden from screen readers: every chart has a table with the same
 * figures beside it.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { ChartSpec } from '../../views/model';
import { layoutChart } from './layout';
import { estimateWidth, type Primitive, type Scene } from './scene';

function Shape({ primitive }: { readonly primitive: Primitive }) {
  switch (primitive.kind) {
    case 'line':
      return (
        <line
          x1={primitive.x1}
          y1={primitive.y1}
          x2={primitive.x2}
          y2={primitive.y2}
          stroke={primitive.stroke}
          strokeWidth={primitive.width}
          {...(primitive.dash ? { strokeDasharray: primitive.dash.join(' ') } : {})}
        />
      );
    case 'path':
      return (
        <path
          d={`M ${primitive.points.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join(' L ')}${primitive.closed ? ' Z' : ''}`}
          stroke={primitive.stroke ?? 'none'}
          strokeWidth={primitive.width ?? 1}
          fill={primitive.fill ?? 'none'}
        />
      );
    case 'rect':
      return (
        <rect
          x={primitive.x}
          y={primitive.y}
          width={primitive.w}
          height={primitive.h}
          fill={primitive.fill ?? 'none'}
          stroke={primitive.stroke ?? 'none'}
          strokeWidth={primitive.width ?? 1}
        />
      );
    case 'circle':
      return (
        <circle
          cx={primitive.cx}
          cy={primitive.cy}
          r={primitive.r}
          fill={primitive.fill ?? 'none'}
          stroke={primitive.stroke ?? 'none'}
          strokeWidth={primitive.width ?? 1}
        />
      );
    case 'mark': {
      const { cx, cy, r } = primitive;
      return (
        <path
          d={`M ${cx} ${cy - r} L ${cx + r} ${cy} L ${cx} ${cy + r} L ${cx - r} ${cy} Z`}
          fill={primitive.fill}
        />
      );
    }
    case 'text':
      return (
        <text
          x={primitive.x}
          y={primitive.y}
          fontSize={primitive.size}
          textAnchor={primitive.anchor}
          fill={primitive.color}
          fontWeight={primitive.bold === true ? 700 : 400}
        >
          {primitive.lines.map((line, i) => (
            <tspan key={i} x={primitive.x} dy={i === 0 ? 0 : primitive.lineHeight}>
              {line}
            </tspan>
          ))}
        </text>
      );
  }
}

/** Draws a scene as an SVG element (a chart's by default; `className` for a legend's symbol). */
export function SceneSvg({
  scene,
  className = 'chart-svg',
}: {
  readonly scene: Scene;
  readonly className?: string;
}) {
  return (
    <svg
      className={className}
      width={scene.width}
      height={scene.height}
      viewBox={`0 0 ${String(scene.width)} ${String(scene.height)}`}
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      aria-hidden="true"
      focusable="false"
    >
      {scene.primitives.map((primitive, i) => (
        <Shape key={i} primitive={primitive} />
      ))}
    </svg>
  );
}

/** Width used before the container has been measured (and where it cannot be, as in jsdom). */
const FALLBACK_WIDTH = 640;

/** A chart that fills its container's width. */
export function Chart({ spec, width }: { readonly spec: ChartSpec; readonly width?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState(width ?? FALLBACK_WIDTH);
  useLayoutEffect(() => {
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
  return (
    <div ref={ref} className="chart">
      <SceneSvg scene={layoutChart(spec, width ?? measured, estimateWidth)} />
    </div>
  );
}
