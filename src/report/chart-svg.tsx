/**
 * Draws a report chart with the same chart components the results page uses, off screen, and returns
 * its SVG ready for svg2pdf (fonts set to the PDF's Helvetica, or the chart text would come out in Times).
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { BarProfile, BoxPlot, CompareBars, RadarProfile } from '../ui/charts';
import { REPORT_MARK, type ChartBlock } from './model';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Returns a function that renders a chart block at `width` × `height` CSS pixels and gives a detached
 * copy of its SVG; `format` writes the numbers on the axes and bars (in the report's language).
 */
export function createChartSvg(format: (value: number) => string) {
  return async (block: ChartBlock, width: number, height: number): Promise<SVGSVGElement> => {
    const host = document.createElement('div');
    host.setAttribute('aria-hidden', 'true');
    Object.assign(host.style, { position: 'fixed', left: '-10000px', top: '0', width: `${String(width)}px` });
    document.body.appendChild(host);
    const root = createRoot(host);
    try {
      const Chart = block.chart === 'radar' ? RadarProfile : BarProfile;
      flushSync(() =>
        root.render(
          block.chart === 'box' ? (
            <BoxPlot
              rows={block.data.map((point, i) => ({
                label: point.label,
                five: block.boxes?.[i] ?? null,
                mean: point.value,
              }))}
              min={block.min}
              max={block.max}
              width={width}
              format={format}
            />
          ) : block.chart === 'compare' ? (
            <CompareBars
              data={block.data.map((point, i) => ({
                label: point.label,
                before: block.before?.[i] ?? null,
                after: point.value,
              }))}
              min={block.min}
              max={block.max}
              series={block.series ?? { before: '', after: '' }}
              width={width}
              height={height}
              format={format}
            />
          ) : (
            <Chart
              data={block.data}
              min={block.min}
              max={block.max}
              bands={block.bands}
              width={width}
              height={height}
              mark={REPORT_MARK}
              format={format}
            />
          ),
        ),
      );
      // recharts lays out some parts (axes, labels) in effects: give it two frames.
      await nextFrame();
      await nextFrame();
      const svg = host.querySelector('svg.recharts-surface, svg.box-plot');
      if (!(svg instanceof SVGSVGElement)) throw new Error('the chart did not render');
      const copy = svg.cloneNode(true) as SVGSVGElement;
      copy.setAttribute('font-family', 'helvetica');
      for (const text of copy.querySelectorAll('text, tspan')) text.setAttribute('font-family', 'helvetica');
      return copy;
    } finally {
      root.unmount();
      host.remove();
    }
  };
}
