import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translator } from '../../../src/cli/commands';
import { sheetCommand } from '../../../src/cli/sheet-commands';
import { bankToSheets } from '../../../src/domain/bank/sheets';
import { writeWorkbook } from '../../../src/sheets/xlsx';
import { writeFileSync } from 'node:fs';

const dir = mkdtempSync(join(tmpdir(), 'nla-sheets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) } };
}

describe('to-sheet and from-sheet', () => {
  for (const file of [
    'questionnaires/network-leadership/1.0.0.json',
    'questionnaires/network-leadership/2.0.0.json',
    'tests/fixtures/banks/tiny/2.1.0.json',
  ])
    it(`give back a deep-equal bank: ${file}`, async () => {
      const xlsx = join(dir, 'bank.xlsx');
      const json = join(dir, 'bank.json');
      const run = io();
      expect(await sheetCommand('to-sheet', [file, xlsx], run.io, translator('en'))).toBe(0);
      expect(await sheetCommand('from-sheet', [xlsx, json], run.io, translator('en'))).toBe(0);
      expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(JSON.parse(readFileSync(file, 'utf8')));
      expect(run.err).toEqual([]);
    }, 30_000);

  it('tells every problem of an edited workbook by sheet, row and column, in the reader’s language', async () => {
    const bank = JSON.parse(readFileSync('tests/fixtures/banks/tiny/2.1.0.json', 'utf8')) as Record<
      string,
      unknown
    >;
    const sheets = bankToSheets(bank).map((sheet) => {
      if (sheet.name !== 'items') return sheet;
      const dimension = sheet.header.indexOf('dimension');
      const english = sheet.header.indexOf('text::en');
      return {
        ...sheet,
        header: [...sheet.header, 'txet::nl'],
        rows: sheet.rows.map((row, i) => [
          ...row.map((cell, c) =>
            i === 1 && c === dimension ? 'nergens' : i === 4 && c === english ? null : cell,
          ),
          i === 0 ? 'tikfout' : null,
        ]),
      };
    });
    const xlsx = join(dir, 'edited.xlsx');
    writeFileSync(xlsx, await writeWorkbook(sheets));
    const run = io();
    expect(await sheetCommand('from-sheet', [xlsx, join(dir, 'out.json')], run.io, translator('nl'))).toBe(1);
    expect(run.err.join('\n')).toContain('blad ‘items’, rij 3, kolom ‘dimension’');
    expect(run.err.join('\n')).toContain('blad ‘items’, rij 6, kolom ‘text::en’');
    expect(run.err.join('\n')).toContain(
      'blad ‘items’, rij 2: heeft een veld dat dit formaat niet kent: "txet"',
    );
  });
});
