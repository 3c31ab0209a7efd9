import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/domain/bank/hash';
import { bankToSheets, placeOf, sheetsToBank } from '../../../src/domain/bank/sheets';
import { validateBank } from '../../../src/domain/bank/validate';
import { readWorkbook, writeWorkbook } from '../../../src/sheets/xlsx';

const bundled = ['network-leadership/1.0.0', 'network-leadership/2.0.0'].map(
  (path) => JSON.parse(readFileSync(`questionnaires/${path}.json`, 'utf8')) as Record<string, unknown>,
);
const tiny = JSON.parse(readFileSync('tests/fixtures/banks/tiny/2.1.0.json', 'utf8')) as Record<
  string,
  unknown
>;

describe('banks as spreadsheets', () => {
  for (const bank of [...bundled, tiny])
    it(`round-trips ${String(bank.id)}@${String(bank.version)} through an .xlsx workbook to the identical bank`, async () => {
      const sheets = bankToSheets(bank);
      expect(sheets.map((sheet) => sheet.name)).toEqual([
        'bank',
        'scales',
        'sections',
        'dimensions',
        'items',
        'context',
      ]);
      const items = sheets.find((sheet) => sheet.name === 'items');
      expect(items?.header).toEqual(expect.arrayContaining(['id', 'dimension', 'text::nl', 'text::en']));
      const back = sheetsToBank(await readWorkbook(await writeWorkbook(sheets)));
      expect(back.problems).toEqual([]);
      expect(canonicalJson(back.value)).toBe(canonicalJson(bank));
    }, 30_000);

  it('tells a problem in the sheets by sheet, row and column', async () => {
    const sheets = bankToSheets(tiny);
    const items = sheets.find((sheet) => sheet.name === 'items');
    if (!items) throw new Error('no items sheet');
    const column = items.header.indexOf('text::en');
    const edited = sheets.map((sheet) =>
      sheet.name !== 'items'
        ? sheet
        : {
            ...sheet,
            rows: sheet.rows.map((row, i) =>
              i === 3 ? row.map((cell, c) => (c === column ? null : cell)) : row,
            ),
          },
    );
    const back = sheetsToBank(await readWorkbook(await writeWorkbook(edited)));
    const checked = validateBank(back.value);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems[0]?.path).toBe('items[3].text.en');
    // Row 1 is the header: the fourth item is on row 5.
    expect(placeOf('items[3].text.en', back.places)).toEqual({ sheet: 'items', row: 5, column: 'text::en' });
    expect(placeOf('items[3].dimension', back.places)).toEqual({
      sheet: 'items',
      row: 5,
      column: 'dimension',
    });
    expect(placeOf('scoring.bands[0].min', back.places)).toEqual({
      sheet: 'bank',
      row: expect.any(Number) as number,
      column: 'scoring.bands[0].min',
    });
  });
});
