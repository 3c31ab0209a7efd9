/**
 * The item statistics as CSV for spreadsheets: one row per item, with its dimension's alpha. Cells are
 * quoted as RFC 4180 asks, and a cell that a spreadsheet would take for a formula (starting with =, +, −, @,
 * tab or carriage return) is prefixed with an apostrophe, so no text from a bank can run as a formula.
 */

/** One CSV cell: quoted when needed, formula-like text neutralised, numbers with a dot and 3 decimals. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document (with a byte-order mark, so spreadsheets read the text as UTF-8) from rows of cells. */
export function csv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
