/**
 * The cohort work itself, the same in the worker and (where there is no worker, as in jsdom) in the page:
 * reading File objects into checked, grouped results, and answering questions about them.
 */
import { indexBank } from '../../domain/bank/model';
import type { Bank } from '../../domain/bank/schema';
import { analyseCohort, type CohortAnalysis } from '../../domain/cohort/analysis';
import { createCohortReader, type CohortFiles } from '../../domain/cohort/load';
import type { Problem } from '../../domain/problems';
import { checkResultForBank } from '../../domain/result-check';
import { MAX_RESULT_CHARS, type ResultFile } from '../../domain/result-file';

/** A group's analysis, and the results left out because they do not fit the bank (with their problems). */
export interface GroupAnalysis {
  readonly analysis: CohortAnalysis;
  readonly refused: readonly { readonly name: string; readonly problems: readonly Problem[] }[];
}

/** A file's bytes above which it cannot hold a result file of `MAX_RESULT_CHARS` characters (UTF-8). */
const MAX_RESULT_BYTES = MAX_RESULT_CHARS * 4;

/** Files read at once: their reads overlap, which is several times faster than one by one. */
const READ_BATCH = 250;

/** Reads the files one by one (a file far too large is refused unread), reporting progress. */
export async function readFileObjects(
  files: readonly File[],
  onProgress: (done: number, total: number) => void,
): Promise<CohortFiles> {
  const reader = createCohortReader();
  // A batch of files is read at once (the reads overlap), then checked in order.
  for (let start = 0; start < files.length; start += READ_BATCH) {
    const batch = files.slice(start, start + READ_BATCH);
    const texts = await Promise.all(
      batch.map((file) =>
        file.size > MAX_RESULT_BYTES
          ? Promise.resolve(null)
          : file.arrayBuffer().then((buffer) => new Uint8Array(buffer)),
      ),
    );
    batch.forEach((file, i) => {
      const text = texts[i];
      if (text === null || text === undefined)
        reader.refuse(file.name, { reason: 'too-large', chars: file.size });
      else reader.add(file.name, text);
    });
    onProgress(start + batch.length, files.length);
  }
  return reader.finish();
}

/**
 * The analysis of one group (`id@version`) on its bank; an empty analysis when there is no such group.
 * Every result is checked against the bank first, as the coach view and the command line do: one that does
 * not fit it (an answer off the scale, an unknown statement) is left out and listed.
 */
export function analyseGroup(cohort: CohortFiles, key: string, bank: Bank): GroupAnalysis {
  const group = cohort.groups.find((entry) => entry.key === key);
  const index = indexBank(bank);
  const refused: { name: string; problems: readonly Problem[] }[] = [];
  const members = (group?.results ?? []).flatMap((result, position) => {
    const problems = checkResultForBank(index, result);
    if (problems.length === 0) return [{ answers: result.answers, context: result.context }];
    refused.push({ name: group?.files[position] ?? '', problems });
    return [];
  });
  return { analysis: analyseCohort(index, members), refused };
}

/** One result of a group, by its position in the group; `null` when there is none. */
export function groupResult(cohort: CohortFiles, key: string, position: number): ResultFile | null {
  return cohort.groups.find((group) => group.key === key)?.results[position] ?? null;
}
