/**
 * The item statistics as CSV for spreadsheets: one row per item, with its dimension's alpha, in the dialect of
 * the reader's spreadsheet (semicolons and decimal commas for Dutch). Cells are
 * quoted as RFC 4180 asks, and a cell that a spreadsheet would take for a formula (starting with =, +, −, @,
 * tab or carriage return) is prefixed with an apostrophe, so no text from a bank can run as a formula.
 */

/**
 * How a spreadsheet in the reader's locale reads CSV: English Excel takes commas between cells and a
 * decimal point; Dutch and Flemish Excel (and LibreOffice in those locales) a semicolon and a decimal comma.
 */
export interface CsvDialect {
  readonly separator: ',' | ';';
  readonly decimal: '.' | ',';
}

export const CSV_POINT: CsvDialect = { separator: ',', decimal: '.' };
export const CSV_COMMA: CsvDialect = { separator: ';', decimal: ',' };

/** The dialect spreadsheets use for an interface language: a decimal comma for Dutch, else a point. */
export function csvDialectFor(language: string): CsvDialect {
  return language.startsWith('nl') ? CSV_COMMA : CSV_POINT;
}

/** One CSV cell: quoted when needed, formula-like text neutralised, numbers to 3 decimals in the dialect. */
export function csvCell(value: string | number | null | undefined, dialect: CsvDialect = CSV_POINT): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = String(Math.round(value * 1000) / 1000);
    return dialect.decimal === ',' ? text.replace('.', ',') : text;
  }
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document (with a byte-order mark, so spreadsheets read the text as UTF-8) from rows of cells. */
export function csv(
  rows: readonly (readonly (string | number | null | undefined)[])[],
  dialect: CsvDialect = CSV_POINT,
): string {
  const lines = rows.map((row) => row.map((cell) => csvCell(cell, dialect)).join(dialect.separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
