/**
 * The facilitator page's workbooks: a bank as an .xlsx file to edit in Excel or LibreOffice, and an edited
 * workbook read back as a bank's text, with each problem placed by sheet, row and column. exceljs loads
 * only when a workbook is made or read.
 */
import type { TFunction } from 'i18next';
import type { Bank } from '../../domain/bank/schema';
import type { Problem } from '../../domain/problems';
import { saveFile } from '../../ui/download';

/** Offers a bank as `<id>-<version>.xlsx`. */
export async function downloadWorkbook(bank: Bank): Promise<void> {
  const [{ bankToSheets }, { writeWorkbook }] = await Promise.all([
    import('../../domain/bank/sheets'),
    import('../../sheets/xlsx'),
  ]);
  const bytes = await writeWorkbook(bankToSheets(bank));
  saveFile(
    bytes,
    `${bank.id}-${bank.version}.xlsx`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
}

/**
 * Reads a workbook into the text of the bank it holds (still to be checked like any bank file) and a way to
 * place the problems found in that text back in the workbook; a file that is no workbook gives a problem.
 */
export async function readBankWorkbook(
  bytes: Uint8Array,
  t: TFunction,
): Promise<
  | { readonly ok: true; readonly text: string; readonly placed: (problems: readonly Problem[]) => Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] }
> {
  const [{ sheetsToBank }, { readWorkbook }, { placeSheetProblems }] = await Promise.all([
    import('../../domain/bank/sheets'),
    import('../../sheets/xlsx'),
    import('../../views/sheet-places'),
  ]);
  let sheets;
  try {
    sheets = await readWorkbook(bytes);
  } catch {
    return { ok: false, problems: [{ path: '', code: 'not-workbook', values: {} }] };
  }
  const read = sheetsToBank(sheets);
  return {
    ok: true,
    text: JSON.stringify(read.value),
    placed: (problems) => placeSheetProblems(t, problems, read.places),
  };
}
