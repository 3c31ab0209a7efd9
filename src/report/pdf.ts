/**
 * Lays a {@link ReportModel} out as an A4 PDF with jsPDF: text wraps and pages break cleanly, a block that
 * fits on one page is never split (it moves to the next page), charts are vector graphics (svg2pdf), and
 * every page has a footer with the bank version and "page n of N". Every text is drawn as text, never
 * interpreted. Loaded only when a PDF is asked for.
 */
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { FONT_FILES, fitsHelvetica, fontRuns, fontsNeeded, type FontFamily, type FontFile } from './fonts';
import type { Block, ChartBlock, DimensionBlock, ReportModel } from './model';

export interface RenderDependencies {
  /** The bytes of a TrueType font file (only asked for when the text needs it). */
  readonly loadFont: (file: FontFile) => Promise<ArrayBuffer>;
  /** An SVG drawing of a chart block at the given size in CSS pixels. */
  readonly chartSvg: (block: ChartBlock, width: number, height: number) => Promise<SVGSVGElement>;
}

const PAGE = { width: 210, height: 297 };
const MARGIN = { top: 20, bottom: 22, left: 20, right: 20 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const PT = 0.3528; // millimetres per point
const ACCENT: [number, number, number] = [31, 78, 121];
const INK: [number, number, number] = [27, 31, 36];
const MUTED: [number, number, number] = [74, 85, 98];
const RULE: [number, number, number] = [170, 178, 186];

interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: [number, number, number];
  readonly leading?: number;
}

const BODY: TextStyle = { size: 10, leading: 1.36 };
const H1: TextStyle = { size: 18, bold: true, color: ACCENT, leading: 1.2 };
const H2: TextStyle = { size: 13.5, bold: true, color: ACCENT, leading: 1.25 };
const H3: TextStyle = { size: 11, bold: true };

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

class Layout {
  private y = MARGIN.top;
  private pageHasContent = false;
  /** While measuring, nothing is drawn and pages never break: only the cursor moves. */
  private dry = false;

  constructor(readonly doc: jsPDF) {}

  private setFont(style: TextStyle, family: FontFamily): void {
    // Noto Sans SC is embedded in one weight only.
    this.doc.setFont(family, style.bold === true && family !== 'noto-sc' ? 'bold' : 'normal');
    this.doc.setFontSize(style.size);
    this.doc.setTextColor(...(style.color ?? INK));
  }

  lineHeight(style: TextStyle): number {
    return style.size * PT * (style.leading ?? 1.42);
  }

  /** Width of `text` in mm, measured run by run in the fonts that draw it. */
  private width(text: string, style: TextStyle): number {
    let width = 0;
    for (const run of fontRuns(text)) {
      this.setFont(style, run.font);
      width += this.doc.getTextWidth(run.text);
    }
    return width;
  }

  /**
   * The wrapped lines of `text` at `width` in `style`. Text Helvetica can draw is wrapped by jsPDF; other
   * text is wrapped here, word by word (and between CJK characters), measuring each font run.
   */
  wrap(text: string, style: TextStyle, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      if (fitsHelvetica(paragraph)) {
        this.setFont(style, 'helvetica');
        lines.push(...(this.doc.splitTextToSize(paragraph === '' ? ' ' : paragraph, width) as string[]));
        continue;
      }
      const tokens = paragraph.match(
        /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]|[^\s\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]+|\s+/gu,
      ) ?? [' '];
      let line = '';
      for (const token of tokens) {
        const candidate = line + token;
        if (line !== '' && this.width(candidate.trimEnd(), style) > width) {
          lines.push(line.trimEnd());
          line = token.trimStart();
        } else line = candidate;
      }
      lines.push(line.trimEnd() === '' ? ' ' : line.trimEnd());
    }
    return lines;
  }

  /** Draws one line at (x, y), switching fonts between runs. */
  private drawLine(line: string, style: TextStyle, x: number, y: number): void {
    if (fitsHelvetica(line)) {
      this.setFont(style, 'helvetica');
      this.doc.text(line, x, y, { baseline: 'top' });
      return;
    }
    let at = x;
    for (const run of fontRuns(line)) {
      this.setFont(style, run.font);
      this.doc.text(run.text, at, y, { baseline: 'top' });
      at += this.doc.getTextWidth(run.text);
    }
  }

  /** Draws a single line of text aligned to the right edge at `right`. */
  textRight(text: string, style: TextStyle, right: number, y: number): void {
    this.drawLine(text, style, right - this.width(text, style), y);
  }

  /** Draws already-wrapped lines from (x, y) without moving the cursor (table cells). */
  lines(lines: readonly string[], style: TextStyle, x: number, y: number): void {
    lines.forEach((line, i) => this.drawLine(line, style, x, y + i * this.lineHeight(style)));
  }

  textHeight(text: string, style: TextStyle, width: number = CONTENT_WIDTH): number {
    return this.wrap(text, style, width).length * this.lineHeight(style);
  }

  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
    this.pageHasContent = false;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (!this.dry && this.pageHasContent && this.y + height > BOTTOM) this.newPage();
  }

  /** The height `draw` takes, found by running it without drawing. */
  measure(draw: () => void): number {
    const saved = { y: this.y, pageHasContent: this.pageHasContent };
    this.dry = true;
    this.y = 0;
    this.pageHasContent = true;
    try {
      draw();
      return this.y;
    } finally {
      this.dry = false;
      this.y = saved.y;
      this.pageHasContent = saved.pageHasContent;
    }
  }

  /** Keeps a block of `height` together: a new page when it does not fit here but fits on an empty page. */
  keepTogether(height: number): void {
    if (height <= BOTTOM - MARGIN.top) this.ensure(height);
  }

  space(mm: number): void {
    if (this.pageHasContent) this.y += mm;
  }

  /** Draws wrapped text at `x`, breaking across pages between lines when it must. */
  text(
    text: string,
    style: TextStyle,
    x: number = MARGIN.left,
    width: number = CONTENT_WIDTH - (x - MARGIN.left),
  ): void {
    const lines = this.wrap(text, style, width);
    const height = this.lineHeight(style);
    for (const line of lines) {
      this.ensure(height);
      if (!this.dry) this.drawLine(line, style, x, this.y);
      this.y += height;
      this.pageHasContent = true;
    }
  }

  /** Draws the bullet of a list item at the cursor. */
  bullet(x: number, style: TextStyle): void {
    if (this.dry) return;
    this.doc.setFont('helvetica', 'normal');
    this.doc.setFontSize(style.size);
    this.doc.setTextColor(...ACCENT);
    this.doc.text('•', x, this.y, { baseline: 'top' });
  }

  rule(x1: number, x2: number, color: [number, number, number] = RULE, width = 0.2): void {
    if (this.dry) return;
    this.doc.setDrawColor(...color);
    this.doc.setLineWidth(width);
    this.doc.line(x1, this.y, x2, this.y);
  }

  get cursor(): number {
    return this.y;
  }

  advance(mm: number): void {
    this.y += mm;
    this.pageHasContent = true;
  }
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

function drawTable(layout: Layout, block: Extract<Block, { kind: 'table' }>): void {
  const xs: number[] = [];
  let x = MARGIN.left;
  for (const share of block.widths) {
    xs.push(x);
    x += share * CONTENT_WIDTH;
  }
  const cellWidth = (column: number) => (block.widths[column] ?? 0.25) * CONTENT_WIDTH - 2;
  const header: TextStyle = { size: 9.5, bold: true, color: MUTED };
  const cell: TextStyle = { size: 9.5 };
  const rowHeight = (row: readonly string[], style: TextStyle) =>
    Math.max(...row.map((text, column) => layout.textHeight(text, style, cellWidth(column)))) + 2.4;
  const drawRow = (row: readonly string[], style: TextStyle) => {
    const top = layout.cursor;
    const height = rowHeight(row, style);
    row.forEach((text, column) => {
      const lines = layout.wrap(text, style, cellWidth(column));
      layout.doc.text(lines, xs[column] ?? MARGIN.left, top + 1.2, {
        baseline: 'top',
        lineHeightFactor: 1.42,
      });
    });
    layout.advance(height);
    layout.rule(MARGIN.left, PAGE.width - MARGIN.right);
  };
  const drawHeader = () => {
    layout.ensure(rowHeight(block.columns, header) + 8);
    drawRow(block.columns, header);
  };
  drawHeader();
  for (const row of block.rows) {
    const height = rowHeight(row, cell);
    if (layout.cursor + height > BOTTOM) {
      layout.newPage();
      drawHeader();
    }
    drawRow(row, cell);
  }
  layout.advance(4);
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
