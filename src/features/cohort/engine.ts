/**
 * The cohort work itself, the same in the worker and (where there is no worker, as in jsdom) in the page:
 * reading File objects into checked, grouped results, and answering questions about them.
 */
import { indexBank } from '../../domain/bank/model';
import type { Bank } from '../../domain/bank/schema';
import { analyseCohort, type CohortAnalysis } from '../../domain/cohort/analysis';
import { createCohortReader, type CohortFiles } from '../../domain/cohort/load';
import { MAX_RESULT_CHARS, type ResultFile } from '../../domain/result-file';

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
      batch.map((file) => (file.size > MAX_RESULT_BYTES ? Promise.resolve(null) : file.text())),
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

/** The analysis of one group (`id@version`) on its bank; an empty analysis when there is no such group. */
export function analyseGroup(cohort: CohortFiles, key: string, bank: Bank): CohortAnalysis {
  const results = cohort.groups.find((group) => group.key === key)?.results ?? [];
  return analyseCohort(
    indexBank(bank),
    results.map((result) => ({ answers: result.answers, context: result.context })),
  );
}

/** One result of a group, by its position in the group; `null` when there is none. */
export function groupResult(cohort: CohortFiles, key: string, position: number): ResultFile | null {
  return cohort.groups.find((group) => group.key === key)?.results[position] ?? null;
}
