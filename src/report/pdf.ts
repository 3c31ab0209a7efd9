/**
 * Lays a {@link ReportModel} out as an A4 PDF with jsPDF: text wraps and pages break cleanly, a block that
 * fits on one page is never split (it moves to the next page), charts are vector graphics (svg2pdf), and
 * every page has a footer with the bank version and "page n of N". Every text is drawn as text, never
 * interpreted. Loaded only when a PDF is asked for.
 */
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { FONT_FILES, fontsNeeded, type FontFile } from './fonts';
import type { ChartBlock, DimensionBlock, ReportModel } from './model';
import {
  ACCENT,
  BODY,
  BOTTOM,
  CONTENT_WIDTH,
  H1,
  H2,
  H3,
  Layout,
  MARGIN,
  MUTED,
  PAGE,
  RULE,
  type TextStyle,
} from './pdf-layout';
import { drawTable } from './pdf-table';

export interface RenderDependencies {
  /** The bytes of a TrueType font file (only asked for when the text needs it). */
  readonly loadFont: (file: FontFile) => Promise<ArrayBuffer>;
  /** An SVG drawing of a chart block at the given size in CSS pixels. */
  readonly chartSvg: (block: ChartBlock, width: number, height: number) => Promise<SVGSVGElement>;
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Every text of the model, to decide which fonts to embed. */
function allTexts(model: ReportModel): string[] {
  const texts = [
    model.cover.title,
    model.cover.subtitle,
    model.cover.name ?? '',
    ...model.cover.lines,
    ...model.cover.notes,
    model.footer,
  ];
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        texts.push(block.text);
        break;
      case 'list':
        texts.push(...block.items);
        break;
      case 'pair':
        texts.push(block.label, block.text);
        break;
      case 'table':
        texts.push(...block.columns, ...block.rows.flat());
        break;
      case 'dimension':
        texts.push(
          block.name,
          block.scoreLine,
          block.definition,
          block.interpretation ?? '',
          ...block.tips,
          block.reflection,
          ...Object.values(block.labels),
        );
        break;
      case 'lines':
        texts.push(block.label);
        break;
      case 'chart':
        texts.push(block.title, block.caption);
        break;
    }
  }
  return texts;
}

function headingStyle(level: 1 | 2 | 3): TextStyle {
  return level === 1 ? H1 : level === 2 ? H2 : H3;
}

function drawCover(layout: Layout, model: ReportModel): void {
  const { doc } = layout;
  doc.setFillColor(...ACCENT);
  doc.rect(0, 0, PAGE.width, 8, 'F');
  layout.advance(40);
  layout.text(model.cover.title, { size: 24, bold: true, color: ACCENT, leading: 1.2 });
  layout.space(4);
  layout.text(model.cover.subtitle, { size: 14, color: MUTED });
  layout.space(18);
  if (model.cover.name !== null) {
    layout.text(model.cover.name, { size: 20, bold: true, leading: 1.25 });
    layout.space(8);
  }
  for (const line of model.cover.lines) {
    layout.text(line, { size: 11.5 });
    layout.space(1.5);
  }
  layout.space(20);
  for (const note of model.cover.notes) {
    layout.text(note, { size: 10, color: MUTED });
    layout.space(3);
  }
}

function drawList(layout: Layout, items: readonly string[], style: TextStyle = BODY): void {
  for (const item of items) {
    // Make room for the first line here, so the bullet and the text start on the same page.
    layout.ensure(layout.lineHeight(style));
    layout.bullet(MARGIN.left + 1.5, style);
    layout.text(item, style, MARGIN.left + 6);
    layout.advance(1);
  }
}

const SUBHEAD: TextStyle = { size: 9, bold: true, color: MUTED };

function drawDimensionContent(layout: Layout, block: DimensionBlock): void {
  layout.rule(MARGIN.left, PAGE.width - MARGIN.right, ACCENT, 0.5);
  layout.advance(2.5);
  layout.text(block.name, H3);
  layout.text(block.scoreLine, { size: 10, bold: true, color: ACCENT, leading: 1.36 });
  layout.advance(1.5);
  layout.text(block.definition, { size: 9.5, color: MUTED, leading: 1.36 });
  if (block.interpretation !== null) {
    layout.advance(2.5);
    layout.text(block.labels.interpretation, SUBHEAD);
    layout.text(block.interpretation, BODY);
  }
  if (block.tips.length > 0) {
    layout.advance(2.5);
    layout.text(block.labels.tips, SUBHEAD);
    drawList(layout, block.tips);
  }
  layout.advance(1.5);
  layout.text(block.labels.reflection, SUBHEAD);
  layout.text(block.reflection, { ...BODY, bold: true });
  layout.advance(3);
  layout.text(block.labels.notes, { size: 8.5, color: MUTED });
  for (let i = 0; i < 2; i += 1) {
    layout.advance(7);
    layout.rule(MARGIN.left, PAGE.width - MARGIN.right);
  }
  layout.advance(5);
}

function drawDimension(layout: Layout, block: DimensionBlock): void {
  layout.keepTogether(layout.measure(() => drawDimensionContent(layout, block)));
  drawDimensionContent(layout, block);
}

const CHART_WIDTH_PX = 640;

function chartPixelHeight(block: ChartBlock): number {
  if (block.chart === 'radar') return 380;
  if (block.chart === 'compare') return 50 + block.data.length * 44;
  if (block.chart === 'box') return 38 + block.data.length * 30;
  return 70 + block.bands.length * 16 + block.data.length * 34;
}

/** The height a chart block takes: title, drawing and caption. */
function chartHeight(layout: Layout, block: ChartBlock): number {
  const drawing = (chartPixelHeight(block) / CHART_WIDTH_PX) * CONTENT_WIDTH;
  return layout.textHeight(block.title, H2) + drawing + layout.textHeight(block.caption, { size: 9 }) + 10;
}

async function drawChart(layout: Layout, block: ChartBlock, deps: RenderDependencies): Promise<void> {
  const widthMm = CONTENT_WIDTH;
  const heightPx = chartPixelHeight(block);
  const widthPx = CHART_WIDTH_PX;
  const heightMm = (heightPx / widthPx) * widthMm;
  layout.keepTogether(chartHeight(layout, block));
  layout.space(4);
  layout.text(block.title, H2);
  layout.advance(2);
  const svg = await deps.chartSvg(block, widthPx, heightPx);
  await svg2pdf(svg, layout.doc, { x: MARGIN.left, y: layout.cursor, width: widthMm, height: heightMm });
  layout.advance(heightMm + 2);
  if (block.caption !== '') layout.text(block.caption, { size: 9, color: MUTED });
  layout.space(3);
}

function drawFooters(layout: Layout, model: ReportModel): void {
  const { doc } = layout;
  const pages = doc.getNumberOfPages();
  const style: TextStyle = { size: 8.5, color: MUTED };
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    const footerY = PAGE.height - 12;
    doc.setDrawColor(...RULE);
    doc.setLineWidth(0.2);
    doc.line(MARGIN.left, footerY - 3, PAGE.width - MARGIN.right, footerY - 3);
    layout.lines([model.footer], style, MARGIN.left, footerY);
    layout.textRight(model.pageOf(page, pages), style, PAGE.width - MARGIN.right, footerY);
  }
}

/** Renders the report model to PDF bytes. */
export async function renderReportPdf(model: ReportModel, deps: RenderDependencies): Promise<ArrayBuffer> {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({
    title: `${model.cover.title}${model.cover.name === null ? '' : ` – ${model.cover.name}`}`,
    creator: model.cover.title,
  });
  doc.setLanguage(model.language as Parameters<jsPDF['setLanguage']>[0]);
  for (const family of fontsNeeded(allTexts(model))) {
    const files = FONT_FILES[family];
    const [regular, bold] = await Promise.all(files.map((file) => deps.loadFont(file)));
    if (regular) {
      doc.addFileToVFS(files[0] ?? '', toBase64(regular));
      doc.addFont(files[0] ?? '', family, 'normal');
    }
    if (bold && files[1]) {
      doc.addFileToVFS(files[1], toBase64(bold));
      doc.addFont(files[1], family, 'bold');
    }
  }
  const layout = new Layout(doc);
  drawCover(layout, model);
  for (const [position, block] of model.blocks.entries()) {
    switch (block.kind) {
      case 'heading': {
        const style = headingStyle(block.level);
        // Keep a heading with (the start of) what follows it: a dimension block or chart whole, else ~25 mm.
        const next = model.blocks[position + 1];
        const following =
          next?.kind === 'dimension'
            ? layout.measure(() => drawDimensionContent(layout, next))
            : next?.kind === 'chart'
              ? chartHeight(layout, next)
              : 25;
        if (block.newPage === true) layout.newPage();
        else
          layout.ensure(layout.textHeight(block.text, style) + Math.min(following, BOTTOM - MARGIN.top - 30));
        layout.space(block.level === 1 ? 2 : 5);
        layout.text(block.text, style);
        layout.advance(block.level === 1 ? 4 : 2);
        break;
      }
      case 'paragraph':
        layout.text(
          block.text,
          block.tone === 'muted'
            ? { size: 9.5, color: MUTED }
            : block.tone === 'strong'
              ? { ...BODY, bold: true }
              : BODY,
        );
        layout.advance(2.5);
        break;
      case 'list':
        layout.keepTogether(
          Math.min(
            layout.measure(() => drawList(layout, block.items)),
            40,
          ),
        );
        drawList(layout, block.items);
        layout.advance(2);
        break;
      case 'pair':
        layout.keepTogether(layout.textHeight(block.label, H3) + layout.textHeight(block.text, BODY) + 4);
        layout.text(block.label, H3);
        layout.advance(1);
        layout.text(block.text, BODY);
        layout.advance(4);
        break;
      case 'chart':
        await drawChart(layout, block, deps);
        break;
      case 'table':
        drawTable(layout, block);
        break;
      case 'dimension':
        drawDimension(layout, block);
        break;
      case 'lines':
        layout.keepTogether(10 + block.count * 9);
        layout.space(6);
        layout.text(block.label, H3);
        for (let i = 0; i < block.count; i += 1) {
          layout.advance(9);
          layout.rule(MARGIN.left, PAGE.width - MARGIN.right);
        }
        break;
    }
  }
  drawFooters(layout, model);
  return doc.output('arraybuffer');
}
