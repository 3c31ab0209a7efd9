import { describe, expect, it } from 'vitest';
import { bankHash } from '../../../src/domain/bank/hash';
import { indexBank } from '../../../src/domain/bank/model';
import { validateBank } from '../../../src/domain/bank/validate';
import type { CohortMember } from '../../../src/domain/cohort/analysis';
import { csv, csvDialectFor } from '../../../src/domain/cohort/csv';
import { readCohortFiles } from '../../../src/domain/cohort/load';
import {
  buildLongFormat,
  LONG_COLUMNS,
  longFormatRows,
  longFormatSheets,
} from '../../../src/domain/cohort/long-format';
import { buildResultFile, resultFileText } from '../../../src/domain/result-file';
import { longGroup } from '../../../src/features/cohort/engine';
import { readWorkbook, writeWorkbook } from '../../../src/sheets/xlsx';
import { tinyBank, tinyRaw } from '../../helpers/banks';

const bank = tinyBank();
const index = indexBank(bank);

/** The tiny bank's 15 items in questionnaire order (roles, then mindset, then extra). */
const ITEMS = ['c1', 'c2', 'c3', 'd1', 'd2', 'd3', 'd4', 'e1', 'e2', 'e3', 't1', 't2', 'q1', 'q2', 'x1'];

/**
 * Two participants. The first: c1 = 4; c3 = 5 on the reverse-keyed c3 (1–5, so scored 1 + 5 − 5 = 1); d1
 * "not applicable"; e3 = 2 on its own agree scale; t2 = 2 reverse-keyed (scored 4); x1 = 5 on the 0–10
 * scale; everything else unanswered; phase "run", position not given. The second: c3 = 1 (scored 5), c2 = 7
 * (not on the scale: left empty, as scoring leaves it out), x1 = 10; position "lead" and a phase option the
 * bank does not have (left empty).
 */
const members: CohortMember[] = [
  { answers: { c1: 4, c3: 5, d1: null, e3: 2, t2: 2, x1: 5 }, context: { phase: 'run' } },
  { answers: { c2: 7, c3: 1, x1: 10 }, context: { phase: 'bogus', position: 'lead' } },
];

/** Lines of a CSV document, each split into cells (the test data has no quoted cells). */
function parse(text: string, separator: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).not.toContain('"');
  return text
    .slice(1)
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(separator));
}

describe('the long format of a cohort group', () => {
  const long = buildLongFormat(index, members);

  it('has one row per participant × item, in questionnaire order, recoded as scored', () => {
    expect(long.items).toHaveLength(2 * 15);
    expect(long.items.map((row) => row.item)).toEqual([...ITEMS, ...ITEMS]);
    expect(long.items.map((row) => row.participant)).toEqual([...Array(15).fill(1), ...Array(15).fill(2)]);
    const first = (id: string) => long.items.find((row) => row.participant === 1 && row.item === id);
    const second = (id: string) => long.items.find((row) => row.participant === 2 && row.item === id);
    expect(first('c1')).toEqual({
      participant: 1,
      item: 'c1',
      dimension: 'connect',
      answer: 4,
      recoded: 4,
      notApplicable: false,
    });
    expect(first('c3')).toMatchObject({ answer: 5, recoded: 1, notApplicable: false });
    expect(first('d1')).toMatchObject({
      dimension: 'deliver',
      answer: null,
      recoded: null,
      notApplicable: true,
    });
    expect(first('c2')).toMatchObject({ answer: null, recoded: null, notApplicable: false });
    expect(first('e3')).toMatchObject({ dimension: 'explore', answer: 2, recoded: 2 });
    // A sub-dimension's item names its own dimension, not the parent (openness).
    expect(first('t2')).toMatchObject({ dimension: 'trust', answer: 2, recoded: 4 });
    expect(first('x1')).toMatchObject({ dimension: 'energy', answer: 5, recoded: 5 });
    expect(second('c3')).toMatchObject({ answer: 1, recoded: 5 });
    expect(second('c2')).toMatchObject({ answer: null, recoded: null, notApplicable: false });
    expect(second('x1')).toMatchObject({ answer: 10, recoded: 10 });
    // Five values from the first (c1, c3, e3, t2, x1), two from the second (c3, x1).
    expect(long.items.filter((row) => row.answer !== null)).toHaveLength(7);
    expect(long.items.filter((row) => row.notApplicable)).toHaveLength(1);
  });

  it('has one row per participant × context question: the option chosen, or empty', () => {
    expect(long.context).toEqual([
      { participant: 1, question: 'phase', option: 'run' },
      { participant: 1, question: 'position', option: null },
      { participant: 2, question: 'phase', option: null },
      { participant: 2, question: 'position', option: 'lead' },
    ]);
  });

  it('is empty for an empty group', () => {
    expect(buildLongFormat(index, [])).toEqual({ items: [], context: [] });
  });

  it('writes one CSV table with a kind column, in the Dutch dialect (semicolons) for read.csv2', () => {
    const lines = parse(csv(longFormatRows(long), csvDialectFor('nl')), ';');
    expect(lines).toHaveLength(1 + 2 * 15 + 2 * 2);
    expect(lines[0]).toEqual([...LONG_COLUMNS]);
    expect(lines[0]).toEqual([
      'participant',
      'kind',
      'item',
      'dimension',
      'answer',
      'recoded',
      'not_applicable',
      'question',
      'option',
    ]);
    expect(lines[1]).toEqual(['1', 'item', 'c1', 'connect', '4', '4', '0', '', '']);
    expect(lines[2]).toEqual(['1', 'item', 'c2', 'connect', '', '', '0', '', '']);
    expect(lines[3]).toEqual(['1', 'item', 'c3', 'connect', '5', '1', '0', '', '']);
    expect(lines[4]).toEqual(['1', 'item', 'd1', 'deliver', '', '', '1', '', '']);
    expect(lines[12]).toEqual(['1', 'item', 't2', 'trust', '2', '4', '0', '', '']);
    expect(lines[18]).toEqual(['2', 'item', 'c3', 'connect', '1', '5', '0', '', '']);
    expect(lines.slice(-4)).toEqual([
      ['1', 'context', '', '', '', '', '', 'phase', 'run'],
      ['1', 'context', '', '', '', '', '', 'position', ''],
      ['2', 'context', '', '', '', '', '', 'phase', ''],
      ['2', 'context', '', '', '', '', '', 'position', 'lead'],
    ]);
    // Every line has all nine cells.
    expect(lines.every((line) => line.length === 9)).toBe(true);
    // Integers on an integer scale: no decimal comma anywhere.
    expect(lines.flat().some((cell) => cell.includes(','))).toBe(false);
  });

  it('writes the same table in the English dialect (commas) for read.csv', () => {
    const dutch = parse(csv(longFormatRows(long), csvDialectFor('nl')), ';');
    const english = parse(csv(longFormatRows(long), csvDialectFor('en')), ',');
    expect(english).toEqual(dutch);
  });

  it('writes decimal commas (Dutch) or points (English) only where a value is not a whole number', () => {
    // The tiny bank with x1 on a 0 · 2.5 · 10 scale, reverse-keyed: 2.5 is scored 0 + 10 − 2.5 = 7.5.
    const raw = tinyRaw();
    raw.scales[2].points = [
      { value: 0, label: { nl: 'nul', en: 'zero' } },
      { value: 2.5, label: { nl: 'wat', en: 'some' } },
      { value: 10, label: { nl: 'tien', en: 'ten' } },
    ];
    raw.items.find((item: { id: string }) => item.id === 'x1').reverse = true;
    const checked = validateBank(raw);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const decimal = buildLongFormat(indexBank(checked.bank), [
      { answers: { c1: 4, x1: 2.5 }, context: {} },
      { answers: { x1: 10 }, context: {} },
    ]);
    const dutch = parse(csv(longFormatRows(decimal), csvDialectFor('nl')), ';');
    const english = parse(csv(longFormatRows(decimal), csvDialectFor('en')), ',');
    const row = (lines: string[][], participant: string, item: string) =>
      lines.find((line) => line[0] === participant && line[2] === item);
    expect(row(dutch, '1', 'x1')).toEqual(['1', 'item', 'x1', 'energy', '2,5', '7,5', '0', '', '']);
    expect(row(english, '1', 'x1')).toEqual(['1', 'item', 'x1', 'energy', '2.5', '7.5', '0', '', '']);
    expect(row(dutch, '2', 'x1')).toEqual(['2', 'item', 'x1', 'energy', '10', '0', '0', '', '']);
    expect(row(dutch, '1', 'c1')).toEqual(['1', 'item', 'c1', 'connect', '4', '4', '0', '', '']);
    expect(dutch.flat().filter((cell) => cell.includes(','))).toEqual(['2,5', '7,5']);
    expect(english.flat().filter((cell) => cell.includes('.'))).toEqual(['2.5', '7.5']);
  });

  it('writes an .xlsx workbook with two sheets, items and context, numbers as numbers', async () => {
    const sheets = await readWorkbook(await writeWorkbook(longFormatSheets(long)));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['items', 'context']);
    const [items, context] = sheets;
    expect(items?.header).toEqual([
      'participant',
      'item',
      'dimension',
      'answer',
      'recoded',
      'not_applicable',
    ]);
    expect(items?.rows).toHaveLength(30);
    expect(items?.rows[0]).toEqual([1, 'c1', 'connect', 4, 4, 0]);
    expect(items?.rows[1]).toEqual([1, 'c2', 'connect', null, null, 0]);
    expect(items?.rows[2]).toEqual([1, 'c3', 'connect', 5, 1, 0]);
    expect(items?.rows[3]).toEqual([1, 'd1', 'deliver', null, null, 1]);
    expect(items?.rows[17]).toEqual([2, 'c3', 'connect', 1, 5, 0]);
    for (const row of items?.rows ?? []) {
      expect(typeof row[0]).toBe('number');
      expect(typeof row[5]).toBe('number');
      for (const cell of row.slice(3, 5)) expect(cell === null || typeof cell === 'number').toBe(true);
    }
    expect(context?.header).toEqual(['participant', 'question', 'option']);
    expect(context?.rows).toEqual([
      [1, 'phase', 'run'],
      [1, 'position', null],
      [2, 'phase', null],
      [2, 'position', 'lead'],
    ]);
  });
});

describe('the long format of a group read from result files', () => {
  const NAME = 'Griet Vermeulen';
  const REFLECTION = 'Ik twijfel nog of ik mezelf een leider noem';
  const NOTE = 'Vertrouwelijke notitie van de coach';
  const FILE = 'griet-vermeulen-resultaat.json';

  async function cohort() {
    const sha256 = await bankHash(bank);
    const result = (name: string, answers: Record<string, number | null>) =>
      resultFileText(
        buildResultFile(
          {
            bank: { id: bank.id, version: bank.version },
            bankSha256: sha256,
            language: 'nl',
            startedAt: '2026-03-14T09:00:00.000Z',
            completedAt: '2026-03-14T09:41:00.000Z',
            name,
            answers,
            context: { phase: 'start' },
            reflections: { self: REFLECTION, loyalty: 8 },
            coachNotes: NOTE,
          },
          new Date('2026-03-15T10:00:00.000Z'),
        ),
      );
    return readCohortFiles([
      { name: FILE, text: result(NAME, { c1: 4, c3: 2 }) },
      // c1 = 9 is off the scale: the result does not fit the bank and is left out, as in the analysis.
      { name: 'off-the-scale.json', text: result('Someone Else', { c1: 9 }) },
      { name: 'pieter-de-smet.json', text: result('Pieter De Smet', { c1: 1, d1: null }) },
    ]);
  }

  it('numbers the results that fit the bank 1..n and leaves out the others', async () => {
    const long = longGroup(await cohort(), `${bank.id}@${bank.version}`, bank);
    expect(long.items).toHaveLength(2 * 15);
    expect(long.items.filter((row) => row.item === 'c1').map((row) => [row.participant, row.answer])).toEqual(
      [
        [1, 4],
        [2, 1],
      ],
    );
    expect(long.items.find((row) => row.participant === 1 && row.item === 'c3')?.recoded).toBe(4);
    expect(long.context).toHaveLength(2 * 2);
    expect(longGroup(await cohort(), 'other@1.0.0', bank)).toEqual({ items: [], context: [] });
  });

  it('holds no name, reflection, note, date or file name, in CSV or in the workbook', async () => {
    const long = longGroup(await cohort(), `${bank.id}@${bank.version}`, bank);
    const sheets = await readWorkbook(await writeWorkbook(longFormatSheets(long)));
    const outputs = [
      csv(longFormatRows(long), csvDialectFor('nl')),
      csv(longFormatRows(long), csvDialectFor('en')),
      sheets.map((sheet) => [sheet.name, ...sheet.header, ...sheet.rows.flat()].join('\n')).join('\n'),
    ];
    for (const text of outputs) {
      for (const secret of ['Griet', 'Vermeulen', 'Pieter', 'Smet', 'Someone', REFLECTION, 'leider', NOTE])
        expect(text).not.toContain(secret);
      for (const file of [FILE, 'griet-vermeulen', 'pieter-de-smet', 'off-the-scale', '.json'])
        expect(text).not.toContain(file);
      expect(text).not.toMatch(/2026|T09|:41|\d{4}-\d{2}-\d{2}/);
      // The reflection slider's position (8) is not a column either: the only values are the answers.
      expect(text).not.toContain('self');
      expect(text).not.toContain('loyalty');
    }
  });
});
