/**
 * The page geometry, text styles and the {@link Layout} cursor that the PDF renderer draws with: text that
 * wraps and breaks across pages, fonts switched run by run for text Helvetica cannot draw, and blocks kept
 * together when they fit on one page.
 */
import type { jsPDF } from 'jspdf';
import { fitsHelvetica, fontRuns, type FontFamily } from './fonts';

export const PAGE = { width: 210, height: 297 };
export const MARGIN = { top: 20, bottom: 22, left: 20, right: 20 };
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const BOTTOM = PAGE.height - MARGIN.bottom;
export const PT = 0.3528; // millimetres per point
export const ACCENT: [number, number, number] = [31, 78, 121];
export const INK: [number, number, number] = [27, 31, 36];
export const MUTED: [number, number, number] = [74, 85, 98];
export const RULE: [number, number, number] = [170, 178, 186];

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: [number, number, number];
  readonly leading?: number;
}

export const BODY: TextStyle = { size: 10, leading: 1.36 };
export const H1: TextStyle = { size: 18, bold: true, color: ACCENT, leading: 1.2 };
export const H2: TextStyle = { size: 13.5, bold: true, color: ACCENT, leading: 1.25 };
export const H3: TextStyle = { size: 11, bold: true };

/** Words, single CJK characters (a line may break between any two) and runs of white space. */
const WRAP_TOKENS =
  /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]|[^\s\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]+|\s+/gu;

/** Where a page ended: the layout model's record of every page break, for checking how full pages are. */
export interface PageBreak {
  /** The page that ended (1 is the cover). */
  readonly page: number;
  /** The cursor in mm from the top of the page when it ended. */
  readonly end: number;
  /** The height the next block needed, which did not fit; null for a page ended on purpose. */
  readonly needed: number | null;
}

/** The height in mm the content of a page can take. */
export const CONTENT_HEIGHT = BOTTOM - MARGIN.top;

/** A cursor down the pages of a jsPDF document: draws text, rules and bullets and breaks pages. */
export class Layout {
  private y = MARGIN.top;
  private pageHasContent = false;
  /** While measuring, nothing is drawn and pages never break: only the cursor moves. */
  private dry = false;
  /** The column being drawn in: the whole content width, or one column of a row of columns. */
  private frame = { left: MARGIN.left, width: CONTENT_WIDTH };
  private readonly breaks: PageBreak[] = [];
  /** Compact charts are drawn at this share of their usual size (below 1 to fit a page). */
  chartScale = 1;

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
  width(text: string, style: TextStyle): number {
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
      const tokens = paragraph.match(WRAP_TOKENS) ?? [' '];
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

  /** The width in mm of the widest piece of `text` that a line cannot break inside (a word, a CJK character). */
  widestWord(text: string, style: TextStyle): number {
    let widest = 0;
    for (const token of text.match(WRAP_TOKENS) ?? [])
      if (token.trim() !== '') widest = Math.max(widest, this.width(token, style));
    return widest;
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

  /**
   * Draws one line with its baseline at `y` (a chart's text), anchored at `x` by its start, middle or end,
   * switching fonts between runs.
   */
  textAnchored(
    line: string,
    style: TextStyle,
    x: number,
    y: number,
    anchor: 'start' | 'middle' | 'end',
  ): void {
    if (this.dry) return;
    const width = this.width(line, style);
    let at = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
    for (const run of fontRuns(line)) {
      this.setFont(style, run.font);
      this.doc.text(run.text, at, y, { baseline: 'alphabetic' });
      at += this.doc.getTextWidth(run.text);
    }
  }

  /**
   * The width of `text` in CSS pixels at `size` px, measured in the PDF's fonts: what chart layouts measure
   * their labels with, so labels are wrapped for the fonts they are drawn in.
   */
  readonly measurePx = (text: string, size: number, bold = false): number =>
    this.width(text, { size, ...(bold ? { bold } : {}) }) / PT;

  /** Draws a single line of text aligned to the right edge at `right`. */
  textRight(text: string, style: TextStyle, right: number, y: number): void {
    this.drawLine(text, style, right - this.width(text, style), y);
  }

  /** Draws already-wrapped lines from (x, y) without moving the cursor (table cells). */
  lines(lines: readonly string[], style: TextStyle, x: number, y: number): void {
    if (this.dry) return;
    lines.forEach((line, i) => this.drawLine(line, style, x, y + i * this.lineHeight(style)));
  }

  textHeight(text: string, style: TextStyle, width: number = this.frame.width): number {
    return this.wrap(text, style, width).length * this.lineHeight(style);
  }

  /** The left edge in mm of the column being drawn in. */
  get columnLeft(): number {
    return this.frame.left;
  }

  /** The width in mm of the column being drawn in. */
  get columnWidth(): number {
    return this.frame.width;
  }

  /** The right edge in mm of the column being drawn in. */
  get columnRight(): number {
    return this.frame.left + this.frame.width;
  }

  /** Runs `draw` in a column `width` mm wide at `left`, from the cursor at `top`; returns where it ended. */
  inColumn(left: number, width: number, top: number, draw: () => void): number {
    const saved = this.frame;
    this.frame = { left, width };
    this.y = top;
    try {
      draw();
      return this.y;
    } finally {
      this.frame = saved;
    }
  }

  /** Moves the cursor to `y` on this page (below a row of columns). */
  moveTo(y: number): void {
    this.y = y;
    this.pageHasContent = true;
  }

  /**
   * Ends the page and starts the next. `needed` is the height that did not fit (recorded in
   * {@link pageBreaks}); without it the page ends on purpose.
   */
  newPage(needed: number | null = null): void {
    if (this.dry) return;
    this.breaks.push({ page: this.doc.getNumberOfPages(), end: this.y, needed });
    this.doc.addPage();
    this.y = MARGIN.top;
    this.pageHasContent = false;
  }

  /** Every page break so far, in order. */
  get pageBreaks(): readonly PageBreak[] {
    return this.breaks;
  }

  /** The share of this page's content height used so far (0 on an empty page). */
  get used(): number {
    return this.pageHasContent ? (this.y - MARGIN.top) / CONTENT_HEIGHT : 0;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (!this.dry && this.pageHasContent && this.y + height > BOTTOM) this.newPage(height);
  }

  /** The height `draw` takes, found by running it without drawing. */
  measure(draw: () => void): number {
    const saved = { y: this.y, pageHasContent: this.pageHasContent, dry: this.dry };
    this.dry = true;
    this.y = 0;
    this.pageHasContent = true;
    try {
      draw();
      return this.y;
    } finally {
      // Measuring may nest (a list measured inside a column being measured): restore, never just clear.
      this.dry = saved.dry;
      this.y = saved.y;
      this.pageHasContent = saved.pageHasContent;
    }
  }

  /** Keeps a block of `height` together: a new page when it does not fit here but fits on an empty page. */
  keepTogether(height: number): void {
    if (height <= CONTENT_HEIGHT) this.ensure(height);
  }

  space(mm: number): void {
    if (this.pageHasContent) this.y += mm;
  }

  /** Draws wrapped text at `x`, breaking across pages between lines when it must. */
  text(
    text: string,
    style: TextStyle,
    x: number = this.frame.left,
    width: number = this.frame.width - (x - this.frame.left),
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

  /** Whether the layout is only measuring (nothing may be drawn). */
  get isDry(): boolean {
    return this.dry;
  }

  advance(mm: number): void {
    this.y += mm;
    this.pageHasContent = true;
  }
}
