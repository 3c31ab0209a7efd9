/**
 * Lays a {@link ReportModel} out as an A4 PDF with jsPDF: text wraps and pages break cleanly, a block that
 * fits on one page is never split (it moves to the next page), charts are vector graphics drawn from the
 * same scenes as on the page, and every page has a footer with the bank version and "page n of N". Every
 * text is drawn as text, never interpreted. Loaded only when a PDF is asked for.
 */
import { jsPDF } from 'jspdf';
import { layoutChart, NARROW_CHART } from '../ui/charts/layout';
import type { Block, ChartBlock, ColumnsBlock, DimensionBlock, OnePageBlock, ReportModel } from './blocks';
import { FONT_FILES, fontsNeeded, type FontFile } from './fonts';
import { drawLegendSymbol, drawMark, drawScene } from './pdf-chart';
import {
  ACCENT,
  BODY,
  CONTENT_HEIGHT,
  H1,
  H2,
  H3,
  Layout,
  MARGIN,
  MUTED,
  PAGE,
  RULE,
  type PageBreak,
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
  const blocks = model.blocks.flatMap((block) => (block.kind === 'columns' ? block.columns.flat() : [block]));
  for (const block of blocks) {
    switch (block.kind) {
      case 'columns':
      case 'one-page':
        break;
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
        else if (chart.kind === 'heatmap') {
          texts.push(...chart.labels, ...chart.keys);
          break;
        } else if (chart.kind === 'stacked') {
          texts.push(...chart.points, ...chart.rows.map((r) => r.label));
          break;
        } else texts.push(...chart.rows.map((r) => r.label));
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
    layout.bullet(layout.columnLeft + 1.5, style);
    layout.text(item, style, layout.columnLeft + 6);
    layout.advance(1);
  }
}

const SUBHEAD: TextStyle = { size: 9, bold: true, color: MUTED };
/** Text of the overview page, a size smaller so the whole overview fits on one page. */
const SMALL: TextStyle = { size: 9, leading: 1.32 };
const SMALL_HEAD: TextStyle = { size: 9, bold: true, color: MUTED };
const NOTE_LINE_GAP = 7.5;

/**
 * A dimension block in parts that each stay whole: the name with its score and definition, the
 * interpretation, the note on the person's position, the tips, and the reflection question with the ruled
 * note lines. Between parts the block may run onto the next page, so pages fill.
 */
function dimensionParts(layout: Layout, block: DimensionBlock): (() => void)[] {
  const { detail, labels } = block;
  const parts: (() => void)[] = [
    () => {
      layout.rule(layout.columnLeft, layout.columnRight, ACCENT, 0.5);
      layout.advance(2.5);
      if (detail.marked) {
        if (!layout.isDry)
          drawMark(layout.doc, layout.columnLeft + 1.3, layout.cursor + layout.lineHeight(H3) / 2, 1.3);
        layout.text(detail.name, H3, layout.columnLeft + 4.5);
      } else layout.text(detail.name, H3);
      layout.text(detail.scoreLine, { size: 10, bold: true, color: ACCENT, leading: 1.36 });
      const facts = [detail.standing, detail.intervalLine, detail.answeredLine].filter(
        (line): line is string => line !== null,
      );
      for (const line of facts) layout.text(line, { size: 9, color: MUTED, leading: 1.36 });
      layout.advance(1.5);
      layout.text(detail.definition, { size: 9.5, color: MUTED, leading: 1.36 });
    },
  ];
  const section = (label: string, text: string) => () => {
    layout.advance(2.5);
    layout.text(label, SUBHEAD);
    layout.text(text, BODY);
  };
  if (detail.interpretation !== null) parts.push(section(labels.interpretation, detail.interpretation));
  if (detail.positionNote !== null) parts.push(section(labels.positionNote, detail.positionNote));
  if (detail.tips.length > 0)
    parts.push(() => {
      layout.advance(2.5);
      layout.text(labels.tips, SUBHEAD);
      drawList(layout, detail.tips);
    });
  parts.push(() => {
    layout.advance(1.5);
    layout.text(labels.reflection, SUBHEAD);
    layout.text(detail.reflection, { ...BODY, bold: true });
    layout.advance(3);
    layout.text(labels.notes, { size: 8.5, color: MUTED });
    for (let i = 0; i < block.noteLines; i += 1) {
      layout.advance(NOTE_LINE_GAP);
      layout.rule(layout.columnLeft, layout.columnRight);
    }
    layout.advance(5);
  });
  return parts;
}

/** The height the start of a dimension block needs: its first part and the first lines of the next. */
function dimensionStart(layout: Layout, block: DimensionBlock): number {
  const [first, second] = dimensionParts(layout, block);
  return (first ? layout.measure(first) : 0) + (second ? Math.min(layout.measure(second), 22) : 0);
}

function drawDimension(layout: Layout, block: DimensionBlock): void {
  const parts = dimensionParts(layout, block);
  parts.forEach((draw, i) => {
    // The name never stands alone at a page foot: it keeps with the first lines of what follows.
    layout.keepTogether(i === 0 ? dimensionStart(layout, block) : layout.measure(draw));
    draw();
  });
}

/**
 * The width in CSS pixels a chart is laid out at, for the column it is drawn in: 0.25 mm per pixel (a
 * 12 px label prints at 8.5 pt), compact charts 0.19 mm (6.5 pt); a radar at least as wide as it needs to
 * stay a radar.
 */
function chartPixels(layout: Layout, block: ChartBlock): number {
  const pixels = Math.round(layout.columnWidth / (block.compact === true ? 0.19 * layout.chartScale : 0.25));
  return block.chart.kind === 'radar' ? Math.max(pixels, NARROW_CHART) : pixels;
}

const LEGEND: TextStyle = { size: 8.5, color: MUTED, leading: 1.3 };

/** Legend entries side by side on a wide compact chart (the overview page), else one per line. */
function legendColumns(layout: Layout, block: ChartBlock): number {
  return block.compact === true && layout.columnWidth > 120 ? Math.min(3, block.legend.length) : 1;
}

/** Draws (or, measuring, only moves past) a chart's legend at the cursor. */
function drawLegend(layout: Layout, block: ChartBlock): void {
  const count = legendColumns(layout, block);
  const width = (layout.columnWidth - (count - 1) * 6) / count;
  for (let i = 0; i < block.legend.length; i += count) {
    const top = layout.cursor;
    let bottom = top;
    block.legend.slice(i, i + count).forEach((entry, column) => {
      const left = layout.columnLeft + column * (width + 6);
      const indent = entry.symbol === 'none' ? 0 : 6;
      bottom = Math.max(
        bottom,
        layout.inColumn(left, width, top, () => {
          if (entry.symbol !== 'none' && !layout.isDry)
            drawLegendSymbol(layout, entry.symbol, left, top + 0.3, 4);
          layout.text(entry.text, LEGEND, left + indent);
        }),
      );
    });
    layout.moveTo(bottom);
  }
}

/** The height a chart block takes: title, drawing and legend. */
function chartHeight(layout: Layout, block: ChartBlock): number {
  const scene = layoutChart(block.chart, chartPixels(layout, block), layout.measurePx, {
    dense: block.compact === true,
  });
  const drawing = (scene.height / scene.width) * layout.columnWidth;
  const title = layout.textHeight(block.title, block.compact === true ? H3 : H2);
  // The space above the title and between title, drawing and legend (as drawChart adds them).
  return title + drawing + layout.measure(() => drawLegend(layout, block)) + 8;
}

function drawChart(layout: Layout, block: ChartBlock): void {
  const scene = layoutChart(block.chart, chartPixels(layout, block), layout.measurePx, {
    dense: block.compact === true,
  });
  layout.keepTogether(chartHeight(layout, block));
  layout.space(4);
  layout.text(block.title, block.compact === true ? H3 : H2);
  layout.advance(2);
  const height = layout.isDry
    ? (scene.height / scene.width) * layout.columnWidth
    : drawScene(layout, scene, layout.columnLeft, layout.cursor, layout.columnWidth);
  layout.advance(height + 2);
  layout.ensure(layout.lineHeight(LEGEND));
  drawLegend(layout, block);
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
  if (next?.kind === 'dimension') return dimensionStart(layout, next);
  if (next?.kind === 'chart') return chartHeight(layout, next);
  return 25;
}

/** Draws one block at the cursor. */
function drawBlock(layout: Layout, block: Block, next: Block | undefined): void {
  switch (block.kind) {
    case 'heading': {
      const style = headingStyle(block.level);
      if (block.newPage === 'always' || (block.newPage === 'preferred' && layout.used >= 0.5))
        layout.newPage();
      else {
        if (block.newPage === 'preferred') layout.space(6);
        layout.ensure(
          layout.textHeight(block.text, style) + Math.min(following(layout, next), CONTENT_HEIGHT - 30),
        );
      }
      layout.space(block.level === 1 ? 2 : 5);
      layout.text(block.text, style);
      layout.advance(block.level === 1 ? 4 : 2);
      return;
    }
    case 'paragraph': {
      const body = block.small === true ? SMALL : BODY;
      layout.text(
        block.text,
        block.tone === 'muted'
          ? { size: body.size - 0.5, color: MUTED }
          : block.tone === 'strong'
            ? { ...body, bold: true }
            : body,
      );
      layout.advance(block.small === true ? 1.5 : 2.5);
      return;
    }
    case 'list': {
      const style = block.small === true ? SMALL : BODY;
      layout.keepTogether(
        Math.min(
          layout.measure(() => drawList(layout, block.items, style)),
          40,
        ),
      );
      drawList(layout, block.items, style);
      layout.advance(2);
      return;
    }
    case 'pair': {
      const [label, body] = block.small === true ? [SMALL_HEAD, SMALL] : [H3, BODY];
      layout.keepTogether(layout.textHeight(block.label, label) + layout.textHeight(block.text, body) + 4);
      layout.text(block.label, label);
      layout.advance(block.small === true ? 0.5 : 1);
      layout.text(block.text, body);
      layout.advance(block.small === true ? 2.5 : 4);
      return;
    }
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
        layout.rule(layout.columnLeft, layout.columnRight);
      }
      return;
    case 'columns':
      drawColumns(layout, block);
      return;
    case 'one-page':
      drawOnePage(layout, block);
      return;
  }
}

/** The smallest share of their usual size compact charts are drawn at to keep a page together (5.2 pt labels). */
const MIN_CHART_SCALE = 0.8;

/** Draws blocks on one page, drawing their compact charts smaller (down to a minimum) until they fit. */
function drawOnePage(layout: Layout, block: OnePageBlock): void {
  const draw = () =>
    block.blocks.forEach((inner, position) => drawBlock(layout, inner, block.blocks[position + 1]));
  const room = CONTENT_HEIGHT * (1 - layout.used);
  let scale = 1;
  for (; scale > MIN_CHART_SCALE; scale -= 0.05) {
    layout.chartScale = scale;
    if (layout.measure(draw) <= room) break;
  }
  layout.chartScale = Math.max(scale, MIN_CHART_SCALE);
  draw();
  layout.chartScale = 1;
}

/** Space in mm between two columns. */
const COLUMN_GAP = 8;

/** Draws blocks side by side in equal columns, the row kept together on one page. */
function drawColumns(layout: Layout, block: ColumnsBlock): void {
  const count = Math.max(1, block.columns.length);
  const width = (layout.columnWidth - COLUMN_GAP * (count - 1)) / count;
  const leftOf = (column: number) => layout.columnLeft + column * (width + COLUMN_GAP);
  const drawColumn = (blocks: readonly Block[]) =>
    blocks.forEach((inner, position) => drawBlock(layout, inner, blocks[position + 1]));
  const height = Math.max(
    ...block.columns.map((blocks, column) =>
      layout.measure(() => layout.inColumn(leftOf(column), width, 0, () => drawColumn(blocks))),
    ),
  );
  layout.keepTogether(height);
  const top = layout.cursor;
  let bottom = top;
  block.columns.forEach((blocks, column) => {
    bottom = Math.max(
      bottom,
      layout.inColumn(leftOf(column), width, top, () => drawColumn(blocks)),
    );
  });
  layout.moveTo(bottom);
}

/** Renders the report model to PDF bytes. */
export async function renderReportPdf(model: ReportModel, deps: RenderDependencies): Promise<ArrayBuffer> {
  return (await layOutReportPdf(model, deps)).bytes;
}

/** Renders the report model to PDF bytes, with the record of where each page ended and why. */
export async function layOutReportPdf(
  model: ReportModel,
  deps: RenderDependencies,
): Promise<{ readonly bytes: ArrayBuffer; readonly breaks: readonly PageBreak[] }> {
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
  return { bytes: doc.output('arraybuffer'), breaks: layout.pageBreaks };
}
