/**
 * Draws chart scenes and legend symbols with jsPDF, as vector graphics and real text: the same scene the
 * page draws as SVG, mapped from CSS pixels to millimetres. Text is measured in the PDF's own fonts.
 */
import type { jsPDF } from 'jspdf';
import { markerPrimitives, type Primitive, type Scene } from '../ui/charts/scene';
import type { LegendEntry } from '../views/model';
import { PT, type Layout } from './pdf-layout';

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Strokes and/or fills the current path. */
function paint(doc: jsPDF, fill: string | undefined, stroke: string | undefined): void {
  if (fill !== undefined) doc.setFillColor(...rgb(fill));
  if (stroke !== undefined) doc.setDrawColor(...rgb(stroke));
  if (fill !== undefined && stroke !== undefined) doc.fillStroke();
  else if (fill !== undefined) doc.fill();
  else doc.stroke();
}

function polygon(doc: jsPDF, points: readonly (readonly [number, number])[], closed: boolean): void {
  points.forEach(([x, y], i) => (i === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)));
  if (closed) doc.close();
}

/** Sets the line width and colours of a shape; returns jsPDF's style: fill and draw, fill, or draw. */
function prepare(
  doc: jsPDF,
  shape: { readonly fill?: string; readonly stroke?: string; readonly width?: number },
  scale: number,
): 'FD' | 'F' | 'S' {
  doc.setLineWidth((shape.width ?? 1) * scale);
  if (shape.fill !== undefined) doc.setFillColor(...rgb(shape.fill));
  if (shape.stroke !== undefined) doc.setDrawColor(...rgb(shape.stroke));
  return shape.fill !== undefined && shape.stroke !== undefined ? 'FD' : shape.fill !== undefined ? 'F' : 'S';
}

/** Draws one primitive at (`x0`, `y0`) mm, `scale` mm per CSS pixel. */
function drawPrimitive(layout: Layout, primitive: Primitive, x0: number, y0: number, scale: number): void {
  const { doc } = layout;
  const X = (x: number) => x0 + x * scale;
  const Y = (y: number) => y0 + y * scale;
  switch (primitive.kind) {
    case 'line':
      doc.setLineWidth(primitive.width * scale);
      doc.setDrawColor(...rgb(primitive.stroke));
      if (primitive.dash) doc.setLineDashPattern([primitive.dash[0] * scale, primitive.dash[1] * scale], 0);
      doc.line(X(primitive.x1), Y(primitive.y1), X(primitive.x2), Y(primitive.y2));
      if (primitive.dash) doc.setLineDashPattern([], 0);
      return;
    case 'path': {
      doc.setLineWidth((primitive.width ?? 1) * scale);
      const points = primitive.points.map(([x, y]) => [X(x), Y(y)] as const);
      polygon(doc, points, primitive.closed);
      paint(doc, primitive.fill, primitive.stroke);
      return;
    }
    case 'rect':
      doc.rect(
        X(primitive.x),
        Y(primitive.y),
        primitive.w * scale,
        primitive.h * scale,
        prepare(doc, primitive, scale),
      );
      return;
    case 'circle':
      doc.circle(X(primitive.cx), Y(primitive.cy), primitive.r * scale, prepare(doc, primitive, scale));
      return;
    case 'mark':
      drawMark(doc, X(primitive.cx), Y(primitive.cy), primitive.r * scale, primitive.fill);
      return;
    case 'text': {
      const style = {
        size: (primitive.size * scale) / PT,
        color: rgb(primitive.color),
        ...(primitive.bold === true ? { bold: true } : {}),
      };
      primitive.lines.forEach((line, i) =>
        layout.textAnchored(
          line,
          style,
          X(primitive.x),
          Y(primitive.y + i * primitive.lineHeight),
          primitive.anchor,
        ),
      );
      return;
    }
  }
}

/** The phase marker: a small filled diamond (distinct from the round bullets of lists). */
export function drawMark(doc: jsPDF, cx: number, cy: number, r: number, fill = '#1f4e79'): void {
  polygon(
    doc,
    [
      [cx, cy - r],
      [cx + r, cy],
      [cx, cy + r],
      [cx - r, cy],
    ],
    true,
  );
  paint(doc, fill, undefined);
}

/** Draws a scene with its top-left corner at (`x`, `y`) mm, `width` mm wide. Returns its height in mm. */
export function drawScene(layout: Layout, scene: Scene, x: number, y: number, width: number): number {
  const scale = width / scene.width;
  for (const primitive of scene.primitives) drawPrimitive(layout, primitive, x, y, scale);
  return scene.height * scale;
}

/** Draws a legend entry's symbol in a box of `size` mm at (`x`, `y`) (top-left). */
export function drawLegendSymbol(
  layout: Layout,
  symbol: LegendEntry['symbol'],
  x: number,
  y: number,
  size: number,
): void {
  const { doc } = layout;
  const cy = y + size / 2;
  doc.setLineWidth(0.3);
  switch (symbol) {
    case 'mark':
      drawMark(doc, x + size / 2, cy, size * 0.35);
      return;
    case 'interval':
      doc.setDrawColor(27, 31, 36);
      doc.line(x, cy, x + size, cy);
      doc.line(x, cy - size * 0.3, x, cy + size * 0.3);
      doc.line(x + size, cy - size * 0.3, x + size, cy + size * 0.3);
      return;
    case 'missing':
      doc.setDrawColor(31, 78, 121);
      doc.setFillColor(255, 255, 255);
      doc.circle(x + size / 2, cy, size * 0.32, 'FD');
      return;
    case 'band':
      doc.setDrawColor(74, 85, 98);
      doc.setLineDashPattern([0.6, 0.4], 0);
      doc.line(x + size / 2, y, x + size / 2, y + size);
      doc.setLineDashPattern([], 0);
      return;
    case 'before':
      doc.setDrawColor(31, 78, 121);
      doc.setFillColor(255, 255, 255);
      doc.rect(x, cy - size * 0.25, size, size * 0.5, 'FD');
      return;
    case 'after':
      doc.setFillColor(31, 78, 121);
      doc.rect(x, cy - size * 0.25, size, size * 0.5, 'F');
      return;
    case 'box':
      doc.setDrawColor(31, 78, 121);
      doc.setFillColor(227, 237, 246);
      doc.line(x, cy, x + size, cy);
      doc.rect(x + size * 0.25, cy - size * 0.3, size * 0.5, size * 0.6, 'FD');
      return;
    case 'none':
      return;
    default:
      // A dot chart's marker, drawn by the scene code the chart uses (14 px high, scaled to the box).
      for (const primitive of markerPrimitives(symbol, 9, 7, 5))
        drawPrimitive(layout, primitive, x, y, size / 14);
  }
}
