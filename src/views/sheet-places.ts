/**
 * Where a problem of a bank read from a workbook is, in the words of the person who edits the workbook:
 * sheet, row and column instead of a JSON path. Shared by the command line and the facilitator page.
 */
import { placeOf, type SheetPlace } from '../domain/bank/sheets';
import type { Problem } from '../domain/problems';
import type { Translate } from './describe';

/** "sheet ‘items’, row 5, column ‘text::en’" in the reader's words. */
export function describePlace(t: Translate, place: SheetPlace): string {
  return place.column === ''
    ? t('cli.sheetRow', { sheet: place.sheet, row: place.row })
    : t('cli.sheetCell', { sheet: place.sheet, row: place.row, column: place.column });
}

/**
 * The problems of a bank read from a workbook, each placed by sheet, row and column where the workbook
 * holds its path (the JSON shape a field expects is dropped there: the cell says where it goes).
 */
export function placeSheetProblems(
  t: Translate,
  problems: readonly Problem[],
  places: ReadonlyMap<string, SheetPlace>,
): Problem[] {
  return problems.map((problem) => {
    const place = placeOf(problem.path, places);
    if (place === null) return problem;
    const { expected: _json, ...rest } = problem;
    return { ...rest, path: describePlace(t, place) };
  });
}
