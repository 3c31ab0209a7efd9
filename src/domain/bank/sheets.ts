/**
 * A bank as spreadsheet sheets, for writing and editing a bank in Excel or LibreOffice: a sheet per list a
 * facilitator edits row by row (`scales`, `sections`, `dimensions`, `items`, `context`), one row per entry,
 * and a `bank` sheet of field/value rows for everything else (texts, languages, reflections, scoring rules).
 * Columns are paths inside an entry: `name::nl`, `name::en` for a text per language, `tips[0]::nl`,
 * `points[2].value`, `interpretation.high::en`. An empty list or object is written as `[]` or `{}`. Reading
 * the sheets back gives the identical bank; a problem in them is told with its sheet, row and column. Pure:
 * the xlsx file format is handled in `src/sheets/`.
 */ import { isLocalized } from './localized';

export type Cell = string | number | boolean | null;

export interface Sheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** The lists that get a sheet of their own, one row per entry. */
export const ROW_SHEETS = ['scales', 'sections', 'dimensions', 'items', 'context'] as const;
/** The sheet of the bank's other fields. */
export const BANK_SHEET = 'bank';

const EMPTY_LIST = '[]';
const EMPTY_OBJECT = '{}';

/** Every leaf of `value` as [path, cell], paths relative to `prefix`. */
function leaves(value: unknown, prefix: string, languages: ReadonlySet<string>, out: [string, Cell][]): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.push([prefix, EMPTY_LIST]);
    value.forEach((entry, i) => leaves(entry, `${prefix}[${String(i)}]`, languages, out));
  } else if (value !== null && typeof value === 'object') {
    if (isLocalized(value, languages))
      for (const [language, text] of Object.entries(value)) out.push([`${prefix}::${language}`, text]);
    else if (Object.keys(value).length === 0) out.push([prefix, EMPTY_OBJECT]);
    else
      for (const [key, entry] of Object.entries(value))
        leaves(entry, prefix === '' ? key : `${prefix}.${key}`, languages, out);
  } else if (value !== undefined) out.push([prefix, value as Cell]);
}

/** The sheets of a bank: `bank` (field, value) first, then one sheet per list of {@link ROW_SHEETS}. */
export function bankToSheets(bank: Record<string, unknown>): Sheet[] {
  const languages = new Set(Array.isArray(bank.languages) ? (bank.languages as string[]) : []);
  const rest: [string, Cell][] = [];
  for (const [key, value] of Object.entries(bank))
    if (!(ROW_SHEETS as readonly string[]).includes(key)) leaves(value, key, languages, rest);
  const sheets: Sheet[] = [{ name: BANK_SHEET, header: ['field', 'value'], rows: rest }];
  for (const name of ROW_SHEETS) {
    const list = Array.isArray(bank[name]) ? (bank[name] as unknown[]) : [];
    const perRow = list.map((entry) => {
      const out: [string, Cell][] = [];
      leaves(entry, '', languages, out);
      return out;
    });
    const header: string[] = [];
    for (const row of perRow) for (const [path] of row) if (!header.includes(path)) header.push(path);
    sheets.push({
      name,
      header,
      rows: perRow.map((row) => {
        const cells = new Map(row);
        return header.map((path) => cells.get(path) ?? null);
      }),
    });
  }
  return sheets;
}

type Segment = string | number;

/** `points[2].label::nl` → ['points', 2, 'label', 'nl']; null when the path is not of that form. */
function parsePath(path: string): Segment[] | null {
  const [main = '', language] = path.split('::');
  if (main === '' && language === undefined) return null;
  const segments: Segment[] = [];
  const pattern = /([^.[\]]+)|\[(\d+)\]/g;
  let consumed = '';
  for (const match of main.matchAll(pattern)) {
    if (match[1] !== undefined) {
      segments.push(match[1]);
      consumed += consumed === '' ? match[1] : `.${match[1]}`;
    } else {
      const index = Number(match[2]);
      if (index > 20_000) return null;
      segments.push(index);
      consumed += `[${String(index)}]`;
    }
  }
  if (consumed !== main) return null;
  if (language !== undefined) segments.push(language);
  return segments;
}

/** Puts `value` at `segments` inside `root`, making objects and arrays on the way. */
function place(root: Record<string, unknown>, segments: readonly Segment[], value: unknown): boolean {
  let node: unknown = root;
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    const next = segments[i + 1];
    const container = node as Record<string | number, unknown>;
    if (typeof segment === 'number' ? !Array.isArray(node) : Array.isArray(node)) return false;
    if (segment === '__proto__' || segment === 'constructor' || segment === 'prototype') return false;
    if (last) container[segment] = value;
    else {
      container[segment] ??= typeof next === 'number' ? [] : {};
      node = container[segment];
      if (node === null || typeof node !== 'object') return false;
    }
  }
  return true;
}

/** Where a value of the bank came from in the sheets. */
export interface SheetPlace {
  readonly sheet: string;
  /** 1-based, as a spreadsheet numbers rows (row 1 is the header). */
  readonly row: number;
  readonly column: string;
}

/** A column (or `bank` field) whose name is not a path this format knows, or that clashes with another. */
export interface SheetProblem {
  readonly place: SheetPlace;
}

function cellValue(cell: Cell): unknown {
  if (cell === EMPTY_LIST) return [];
  if (cell === EMPTY_OBJECT) return {};
  return cell;
}

/**
 * Reads sheets back into a bank value (still to be validated), with the place of every value, so a
 * validation problem at `items[3].text.en` is told as sheet `items`, row 5, column `text::en`.
 */
export function sheetsToBank(sheets: readonly Sheet[]): {
  readonly value: Record<string, unknown>;
  readonly places: ReadonlyMap<string, SheetPlace>;
  readonly problems: readonly SheetProblem[];
} {
  const value: Record<string, unknown> = {};
  const places = new Map<string, SheetPlace>();
  const problems: SheetProblem[] = [];
  const bad = (place: SheetPlace) => problems.push({ place });
  const bankSheet = sheets.find((sheet) => sheet.name === BANK_SHEET);
  bankSheet?.rows.forEach((row, i) => {
    const [field, cell] = row;
    if (field === null || field === undefined || field === '') return;
    const place = { sheet: BANK_SHEET, row: i + 2, column: String(field) };
    const segments = parsePath(String(field));
    if (segments === null || cell === undefined || cell === null || !place_(segments, cell)) bad(place);
    else places.set(String(field), place);
  });
  function place_(segments: readonly Segment[], cell: Cell): boolean {
    return place(value, segments, cellValue(cell));
  }
  for (const name of ROW_SHEETS) {
    const sheet = sheets.find((entry) => entry.name === name);
    if (!sheet) continue;
    value[name] = [];
    sheet.rows.forEach((row, i) => {
      if (row.every((cell) => cell === null || cell === '')) return;
      const index = (value[name] as unknown[]).length;
      (value[name] as unknown[]).push({});
      places.set(`${name}[${String(index)}]`, { sheet: name, row: i + 2, column: '' });
      row.forEach((cell, c) => {
        const column = sheet.header[c] ?? '';
        if (cell === null || cell === '') return;
        const segments = parsePath(column);
        const placeHere = { sheet: name, row: i + 2, column };
        if (segments === null || !place(value, [name, index, ...segments], cellValue(cell))) bad(placeHere);
        else places.set(`${name}[${String(index)}]${column.startsWith('[') ? '' : '.'}${column}`, placeHere);
      });
    });
  }
  return { value, places, problems };
}

/**
 * The sheet, row and column of a validation problem's path (`items[3].text.en`): the cell it names, or the
 * row of the entry it is in; null when the path is not in the sheets.
 */
export function placeOf(path: string, places: ReadonlyMap<string, SheetPlace>): SheetPlace | null {
  // A text per language is one column: text.en ↔ text::en.
  const asColumn = path.replace(/\.([a-z]{2,3}(?:-[A-Za-z0-9]+)?)$/, '::$1');
  let best: SheetPlace | null = null;
  let length = -1;
  for (const [key, place] of places)
    for (const candidate of [path, asColumn])
      if (
        (candidate === key || candidate.startsWith(`${key}.`) || candidate.startsWith(`${key}[`)) &&
        key.length > length
      ) {
        // An entry's row, the value missing: the column it belongs in, from the rest of the path.
        const rest = asColumn.slice(key.length).replace(/^\./, '');
        best = place.column === '' ? { ...place, column: rest } : place;
        length = key.length;
      }
  return best;
}
