/** The one entry to chart layouts: any chart specification to a scene at a width. */
import type { ChartSpec } from '../../views/model';
import { layoutBars, layoutBox, layoutCompare, layoutDots } from './bar-layouts';
import { layoutHeatmap, layoutStacked } from './matrix-layouts';
import { layoutRadar } from './radar-layout';
import type { Measure, Scene } from './scene';

/** Below this width a radar cannot give every label room at a readable size: it is drawn as bars. */
export const NARROW_CHART = 480;

/** How a chart is laid out beyond its width. */
export interface ChartOptions {
  /** Rows as low as their marks allow (a printed page that holds several charts). */
  readonly dense?: boolean;
}

/**
 * Lays out `spec` at `width` CSS pixels, measuring text with `measure`. A radar narrower than
 * {@link NARROW_CHART} is drawn as bars of the same points (labels stay whole and readable on a phone).
 */
export function layoutChart(
  spec: ChartSpec,
  width: number,
  measure: Measure,
  options: ChartOptions = {},
): Scene {
  const dense = options.dense === true;
  switch (spec.kind) {
    case 'radar':
      return width < NARROW_CHART
        ? layoutBars(
            { kind: 'bars', axis: spec.axis, points: spec.points, bands: [], mark: 'bar', ends: null },
            width,
            measure,
            dense,
          )
        : layoutRadar(spec, width, measure);
    case 'bars':
      return layoutBars(spec, width, measure, dense);
    case 'compare':
      return layoutCompare(spec, width, measure);
    case 'box':
      return layoutBox(spec, width, measure);
    case 'heatmap':
      return layoutHeatmap(spec, width, measure);
    case 'stacked':
      return layoutStacked(spec, width, measure);
    case 'dots':
      return layoutDots(spec, width, measure, dense);
  }
}
