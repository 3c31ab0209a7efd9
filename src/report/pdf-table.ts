/**
 * Draws a table block: columns as wide as the model prefers, but never so narrow that a word must break
 * inside; the header repeats on every page the table runs over, and a table never leaves its header with
 * fewer than {@link MIN_ROWS_WITH_HEADER} rows at the foot of a page.
 */
import type { Table } from '../views/model';
import { drawMark } from './pdf-chart';
import { BOTTOM, MUTED, type Layout, type TextStyle } from './pdf-layout';

/** Space in mm between the text of one cell and the next column. */
const CELL_GAP = 2;
/** The header is drawn only where at least this many rows (or all, if fewer) fit under it. */
export const MIN_ROWS_WITH_HEADER = 3;

const HEADER: TextStyle = { size: 9.5, bold: true, color: MUTED };
const CELL: TextStyle = { size: 9.5 };

/**
 * Column widths in mm that add up to `total`: each column gets its `preferred` share of `total`, except
 * that no column is narrower than its `minimum` (what its widest word needs); the width this takes is given
 * up by the other columns in proportion to their shares. When the minimums together exceed `total`, the
 * columns are sized in proportion to their minimums.
 */
export function fitColumns(
  preferred: readonly number[],
  minimum: readonly number[],
  total: number,
): number[] {
  const needed = minimum.reduce((sum, width) => sum + width, 0);
  if (needed >= total) return minimum.map((width) => (width / needed) * total);
  const fixed = new Set<number>();
  for (;;) {
    const fixedWidth = [...fixed].reduce((sum, column) => sum + (minimum[column] ?? 0), 0);
    const freeShare = preferred.reduce((sum, share, column) => (fixed.has(column) ? sum : sum + share), 0);
    const widths = preferred.map((share, column) =>
      fixed.has(column)
        ? (minimum[column] ?? 0)
        : freeShare > 0
          ? (share / freeShare) * (total - fixedWidth)
          : (total - fixedWidth) / (preferred.length - fixed.size),
    );
    const tooNarrow = widths.flatMap((width, column) =>
      !fixed.has(column) && width < (minimum[column] ?? 0) ? [column] : [],
    );
    if (tooNarrow.length === 0) return widths;
    for (const column of tooNarrow) fixed.add(column);
  }
}

/** Room in mm before a marked row's first cell, for the phase marker. */
const MARK_ROOM = 3.2;

/** Draws a table at the cursor, breaking pages between rows; marked rows carry the phase marker. */
export function drawTable(layout: Layout, table: Table): void {
  const headers = table.columns.map((column) => column.label);
  const rows = table.rows.map((row) => row.cells);
  const markRoom = (column: number) =>
    column === 0 && table.rows.some((row) => row.marked === true) ? MARK_ROOM : 0;
  const minimum = headers.map(
    (header, column) =>
      Math.max(
        layout.widestWord(header, HEADER),
        ...rows.map((row) => layout.widestWord(row[column] ?? '', CELL)),
      ) +
      CELL_GAP +
      markRoom(column),
  );
  const preferred = table.columns.map((column) => column.width);
  const widths = fitColumns(preferred, minimum, layout.columnWidth);
  const xs = widths.map(
    (_, column) => layout.columnLeft + widths.slice(0, column).reduce((a, b) => a + b, 0),
  );
  const cellWidth = (column: number) => (widths[column] ?? 0) - CELL_GAP - markRoom(column);
  const lines = (row: readonly string[], style: TextStyle) =>
    row.map((text, column) => layout.wrap(text, style, cellWidth(column)));
  const rowHeight = (row: readonly string[], style: TextStyle) =>
    Math.max(...lines(row, style).map((cell) => cell.length)) * layout.lineHeight(style) + 2.4;
  const drawRow = (row: readonly string[], style: TextStyle, marked: boolean) => {
    const top = layout.cursor;
    lines(row, style).forEach((cell, column) =>
      layout.lines(cell, style, (xs[column] ?? layout.columnLeft) + markRoom(column), top + 1.2),
    );
    if (marked && !layout.isDry)
      drawMark(layout.doc, layout.columnLeft + 1.1, top + 1.2 + layout.lineHeight(style) / 2, 1.1);
    layout.advance(rowHeight(row, style));
    layout.rule(layout.columnLeft, layout.columnRight);
  };
  const drawHeader = (from: number) => {
    const firstRows = rows
      .slice(from, from + MIN_ROWS_WITH_HEADER)
      .reduce((sum, row) => sum + rowHeight(row, CELL), 0);
    layout.keepTogether(rowHeight(headers, HEADER) + firstRows);
    drawRow(headers, HEADER, false);
  };
  drawHeader(0);
  rows.forEach((row, position) => {
    if (layout.cursor + rowHeight(row, CELL) > BOTTOM) {
      layout.newPage(rowHeight(row, CELL));
      drawHeader(position);
    }
    drawRow(row, CELL, table.rows[position]?.marked === true);
  });
  layout.advance(4);
}
