/**
 * Lays a {@link ReportModel} out as an A4 PDF with jsPDF: text wraps and pages break cleanly, a block that
 * fits on one page is never split (it moves to the next page), charts are vector graphics drawn from the
 * same scenes as on the page, and every page has a footer with the bank version and "page n of N". Every
 * text is drawn as text, never interpreted. Loaded only when a PDF is asked for.
 */
import { jsPDF } from 'jspdf';
import { layoutChart } from '../ui/charts/layout';
import type { Block, ChartBlock, DimensionBlock, ReportModel } from './blocks';
import { FONT_FILES, fontsNeeded, type FontFile } from './fonts';
import { drawLegendSymbol, drawMark, drawScene } from './pdf-chart';
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
    model.texts.title,
    model.texts.subtitle,
    model.texts.name ?? '',
    ...model.texts.lines,
    ...model.texts.notes,
    model.texts.footer,
    model.texts.pageOf(1, 1),
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
        texts.push(...block.table.columns.map((c) => c.label), ...block.table.rows.flatMap((r) => r.cells));
        break;
      case 'dimension': {
        const { detail, labels } = block;
        texts.push(
          detail.name,
          detail.scoreLine,
          detail.intervalLine ?? '',
          detail.answeredLine ?? '',
          detail.standing ?? '',
          detail.definition,
          detail.interpretation ?? '',
          detail.positionNote ?? '',
          ...detail.tips,
          detail.reflection,
          ...Object.values(labels),
        );
        break;
      }
      case 'lines':
        texts.push(block.label);
        break;
      case 'chart': {
        texts.push(block.title, ...block.legend.map((entry) => entry.text));
        const { chart } = block;
        if (chart.kind === 'radar' || chart.kind === 'bars')
          texts.push(...chart.points.flatMap((p) => [p.label, p.valueLabel]));
        else if (chart.kind === 'compare')
          texts.push(...chart.rows.flatMap((r) => [r.label, r.beforeLabel, r.afterLabel]));
        else texts.push(...chart.rows.map((r) => r.label));
        if (chart.kind === 'bars') texts.push(...chart.bands.map((b) => b.label));
        texts.push(...chart.axis.ticks.map((tick) => tick.label));
        break;
      }
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
  layout.text(model.texts.title, { size: 24, bold: true, color: ACCENT, leading: 1.2 });
  layout.space(4);
  layout.text(model.texts.subtitle, { size: 14, color: MUTED });
  layout.space(18);
  if (model.texts.name !== null) {
    layout.text(model.texts.name, { size: 20, bold: true, leading: 1.25 });
    layout.space(8);
  }
  for (const line of model.texts.lines) {
    layout.text(line, { size: 11.5 });
    layout.space(1.5);
  }
  layout.space(20);
  for (const note of model.texts.notes) {
    layout.text(note, { size: 10, color: MUTED });
    layout.space(3);
  }
}

/** List items start with a round bullet (the phase marker is a diamond, so the two never look alike). */
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
const NOTE_LINE_GAP = 7.5;

function drawDimensionContent(layout: Layout, block: DimensionBlock): void {
  const { detail, labels } = block;
  layout.rule(MARGIN.left, PAGE.width - MARGIN.right, ACCENT, 0.5);
  layout.advance(2.5);
  if (detail.marked) {
    if (!layout.isDry)
      drawMark(layout.doc, MARGIN.left + 1.3, layout.cursor + layout.lineHeight(H3) / 2, 1.3);
    layout.text(detail.name, H3, MARGIN.left + 4.5);
  } else layout.text(detail.name, H3);
  layout.text(detail.scoreLine, { size: 10, bold: true, color: ACCENT, leading: 1.36 });
  const facts = [detail.standing, detail.intervalLine, detail.answeredLine].filter(
    (line): line is string => line !== null,
  );
  for (const line of facts) layout.text(line, { size: 9, color: MUTED, leading: 1.36 });
  layout.advance(1.5);
  layout.text(detail.definition, { size: 9.5, color: MUTED, leading: 1.36 });
  if (detail.interpretation !== null) {
    layout.advance(2.5);
    layout.text(labels.interpretation, SUBHEAD);
    layout.text(detail.interpretation, BODY);
  }
  if (detail.positionNote !== null) {
    layout.advance(2.5);
    layout.text(labels.positionNote, SUBHEAD);
    layout.text(detail.positionNote, BODY);
  }
  if (detail.tips.length > 0) {
    layout.advance(2.5);
    layout.text(labels.tips, SUBHEAD);
    drawList(layout, detail.tips);
  }
  layout.advance(1.5);
  layout.text(labels.reflection, SUBHEAD);
  layout.text(detail.reflection, { ...BODY, bold: true });
  layout.advance(3);
  layout.text(labels.notes, { size: 8.5, color: MUTED });
  for (let i = 0; i < block.noteLines; i += 1) {
    layout.advance(NOTE_LINE_GAP);
    layout.rule(MARGIN.left, PAGE.width - MARGIN.right);
  }
  layout.advance(5);
}

function drawDimension(layout: Layout, block: DimensionBlock): void {
  layout.keepTogether(layout.measure(() => drawDimensionContent(layout, block)));
  drawDimensionContent(layout, block);
}

/** The width in CSS pixels a chart is laid out at: wider for compact charts, which are drawn smaller. */
function chartPixels(block: ChartBlock): number {
  return block.compact === true ? 900 : 680;
}

const LEGEND: TextStyle = { size: 8.5, color: MUTED, leading: 1.3 };

function legendHeight(layout: Layout, block: ChartBlock): number {
  return block.legend.reduce(
    (sum, entry) => sum + layout.textHeight(entry.text, LEGEND, CONTENT_WIDTH - 6),
    0,
  );
}

/** The height a chart block takes: title, drawing and legend. */
function chartHeight(layout: Layout, block: ChartBlock): number {
  const scene = layoutChart(block.chart, chartPixels(block), layout.measurePx);
  const drawing = (scene.height / scene.width) * CONTENT_WIDTH;
  return layout.textHeight(block.title, H2) + drawing + legendHeight(layout, block) + 10;
}

function drawChart(layout: Layout, block: ChartBlock): void {
  const scene = layoutChart(block.chart, chartPixels(block), layout.measurePx);
  layout.keepTogether(chartHeight(layout, block));
  layout.space(4);
  layout.text(block.title, block.compact === true ? H3 : H2);
  layout.advance(2);
  const height = drawScene(layout, scene, MARGIN.left, layout.cursor, CONTENT_WIDTH);
  layout.advance(height + 2);
  for (const entry of block.legend) {
    const indent = entry.symbol === 'none' ? 0 : 6;
    layout.ensure(layout.lineHeight(LEGEND));
    if (entry.symbol !== 'none' && !layout.isDry)
      drawLegendSymbol(layout, entry.symbol, MARGIN.left, layout.cursor + 0.3, 4);
    layout.text(entry.text, LEGEND, MARGIN.left + indent);
  }
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
    layout.lines([model.texts.footer], style, MARGIN.left, footerY);
    layout.textRight(model.texts.pageOf(page, pages), style, PAGE.width - MARGIN.right, footerY);
  }
}

/** How much room a heading keeps with the start of what follows it. */
function following(layout: Layout, next: Block | undefined): number {
  if (next?.kind === 'dimension') return layout.measure(() => drawDimensionContent(layout, next));
  if (next?.kind === 'chart') return chartHeight(layout, next);
  return 25;
}

/** Draws one block at the cursor. */
function drawBlock(layout: Layout, block: Block, next: Block | undefined): void {
  switch (block.kind) {
    case 'heading': {
      const style = headingStyle(block.level);
      if (block.newPage === true) layout.newPage();
      else
        layout.ensure(
          layout.textHeight(block.text, style) + Math.min(following(layout, next), BOTTOM - MARGIN.top - 30),
        );
      layout.space(block.level === 1 ? 2 : 5);
      layout.text(block.text, style);
      layout.advance(block.level === 1 ? 4 : 2);
      return;
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
      return;
    case 'list':
      layout.keepTogether(
        Math.min(
          layout.measure(() => drawList(layout, block.items)),
          40,
        ),
      );
      drawList(layout, block.items);
      layout.advance(2);
      return;
    case 'pair':
      layout.keepTogether(layout.textHeight(block.label, H3) + layout.textHeight(block.text, BODY) + 4);
      layout.text(block.label, H3);
      layout.advance(1);
      layout.text(block.text, BODY);
      layout.advance(4);
      return;
    case 'chart':
      drawChart(layout, block);
      return;
    case 'table':
      drawTable(layout, block.table);
      return;
    case 'dimension':
      drawDimension(layout, block);
      return;
    case 'lines':
      layout.keepTogether(10 + block.count * 9);
      layout.space(6);
      layout.text(block.label, H3);
      for (let i = 0; i < block.count; i += 1) {
        layout.advance(9);
        layout.rule(MARGIN.left, PAGE.width - MARGIN.right);
      }
      return;
  }
}

/** Renders the report model to PDF bytes. */
export async function renderReportPdf(model: ReportModel, deps: RenderDependencies): Promise<ArrayBuffer> {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({
    title: `${model.texts.title}${model.texts.name === null ? '' : ` – ${model.texts.name}`}`,
    creator: model.texts.title,
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
  model.blocks.forEach((block, position) => drawBlock(layout, block, model.blocks[position + 1]));
  drawFooters(layout, model);
  return doc.output('arraybuffer');
}
