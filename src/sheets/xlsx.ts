/**
 * Sheets ↔ .xlsx workbooks with exceljs (a maintained library; the registry's `xlsx` package is an old
 * version with known vulnerabilities). Loaded only where a workbook is written or read (the facilitator
 * page, the CLI). Every cell is written with its type (text, number, true/false), so reading gives back the
 * same values.
 */
import ExcelJS from 'exceljs';
import type { Cell, Sheet } from '../domain/bank/sheets';

/** Most rows or columns read from one sheet (a bank has a few hundred at most). */
const LIMIT = 20_000;

/** Writes sheets as an .xlsx workbook: bold, frozen header row; columns sized to their texts. */
export async function writeWorkbook(sheets: readonly Sheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow([...sheet.header]).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => cell ?? undefined));
    sheet.header.forEach((name, i) => {
      // A loop, not Math.max(...rows): a sheet of a few hundred thousand rows is more arguments than a call takes.
      const widest = sheet.rows.reduce(
        (most, row) => Math.max(most, String(row[i] ?? '').length),
        name.length,
      );
      worksheet.getColumn(i + 1).width = Math.min(60, Math.max(8, widest + 2));
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A cell as the sheets know it: text, number or true/false (a formula by its result, rich text as text). */
function read(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'richText' in value)
    return value.richText.map((part) => part.text).join('');
  if (typeof value === 'object' && 'result' in value) {
    const result: unknown = value.result;
    return typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean'
      ? result
      : null;
  }
  if (typeof value === 'object' && 'text' in value) return value.text;
  return null;
}

/** Reads an .xlsx workbook into sheets (header row first); throws when the bytes are not a workbook. */
export async function readWorkbook(bytes: Uint8Array): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook.worksheets.map((worksheet) => {
    const width = Math.min(worksheet.columnCount, LIMIT);
    const height = Math.min(worksheet.rowCount, LIMIT);
    const rowAt = (n: number): Cell[] =>
      Array.from({ length: width }, (_, c) => read(worksheet.getRow(n).getCell(c + 1).value));
    const header = rowAt(1).map((cell) => (cell === null ? '' : String(cell)));
    const rows: Cell[][] = [];
    for (let n = 2; n <= height; n += 1) rows.push(rowAt(n));
    return { name: worksheet.name, header, rows };
  });
}
