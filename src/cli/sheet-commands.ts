/**
 * `to-sheet <bank.json> <bank.xlsx>` and `from-sheet <bank.xlsx> <bank.json>`: a bank as a workbook to edit
 * in Excel or LibreOffice, and back. Reading back validates the bank and tells every problem with its sheet,
 * row and column. Node only (files, and exceljs, which is asynchronous).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { bankToSheets, sheetsToBank } from '../domain/bank/sheets';
import { validateBank, validateBankBytes } from '../domain/bank/validate';
import { problemText } from '../views/refusals';
import { describePlace, placeSheetProblems } from '../views/sheet-places';
import { readWorkbook, writeWorkbook } from '../sheets/xlsx';

interface SheetIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

function readBytes(file: string): Uint8Array | null {
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    return null;
  }
}

/** Runs `to-sheet` or `from-sheet`; returns the exit code (0 done, 1 problems, 2 usage). */
export async function sheetCommand(
  command: 'to-sheet' | 'from-sheet',
  args: readonly string[],
  io: SheetIo,
  t: TFunction,
): Promise<number> {
  const [input, output, ...rest] = args;
  if (input === undefined || output === undefined || rest.length > 0) {
    io.err(t(command === 'to-sheet' ? 'cli.toSheetArgs' : 'cli.fromSheetArgs'));
    return 2;
  }
  const bytes = readBytes(input);
  if (bytes === null) {
    io.err(t('cli.unreadable', { file: input }));
    return 1;
  }
  if (command === 'to-sheet') {
    const result = validateBankBytes(bytes, { fileName: input });
    if (!result.ok) {
      for (const problem of result.problems)
        io.err(
          `${input}: ${problem.path === '' ? t('cli.wholeFile') : problem.path}: ${problemText(t, problem)}`,
        );
      return 1;
    }
    writeFileSync(output, await writeWorkbook(bankToSheets(result.bank)));
    io.out(t('cli.sheetWritten', { file: output }));
    return 0;
  }
  let sheets;
  try {
    sheets = await readWorkbook(bytes);
  } catch {
    io.err(t('cli.notWorkbook', { file: input }));
    return 1;
  }
  const read = sheetsToBank(sheets);
  for (const problem of read.problems)
    io.err(`${input}: ${describePlace(t, problem.place)}: ${t('cli.sheetUnknownColumn')}`);
  const checked = validateBank(read.value);
  if (!checked.ok) {
    for (const problem of placeSheetProblems(t, checked.problems, read.places))
      io.err(`${input}: ${problem.path || t('cli.wholeFile')}: ${problemText(t, problem)}`);
    return 1;
  }
  if (read.problems.length > 0) return 1;
  writeFileSync(output, `${JSON.stringify(checked.bank, null, 2)}\n`);
  io.out(t('cli.sheetRead', { file: output, id: checked.bank.id, version: checked.bank.version }));
  return 0;
}
