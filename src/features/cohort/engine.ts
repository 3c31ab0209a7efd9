/**
 * The cohort work itself, the same in the worker and (where there is no worker, as in jsdom) in the page:
 * reading File objects into checked, grouped results, and answering questions about them.
 */
import { indexBank, type BankIndex } from '../../domain/bank/model';
import type { Bank } from '../../domain/bank/schema';
import { analyseCohort, type CohortAnalysis, type CohortMember } from '../../domain/cohort/analysis';
import { archiveKind, readJsonLines, readZipArchive, type ByteSource } from '../../domain/cohort/archive';
import { createCohortReader, type CohortFiles, type CohortReader } from '../../domain/cohort/load';
import { buildLongFormat, type LongFormat } from '../../domain/cohort/long-format';
import type { Problem } from '../../domain/problems';
import { resultChecker } from '../../domain/result-check';
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

/** Progress reports at most this often (in milliseconds) while an archive is read: each is a message. */
const PROGRESS_MS = 100;

/** A chosen file as random access to its bytes, a piece at a time. */
const fileSource = (file: File): ByteSource => ({
  size: file.size,
  read: (start, end) =>
    file
      .slice(start, end)
      .arrayBuffer()
      .then((buffer) => new Uint8Array(buffer)),
});

/** Reads a batch of result files at once (the reads overlap), then checks them in order. */
async function readResultFiles(batch: readonly File[], reader: CohortReader): Promise<void> {
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
}

/**
 * Reads the files (a file far too large is refused unread), reporting progress. A zip archive or a JSON-lines
 * file (`.jsonl`, `.ndjson`) is read a piece at a time as many results (see `domain/cohort/archive`); it
 * counts in the progress as the entries or lines it holds, once that is known.
 */
export async function readFileObjects(
  files: readonly File[],
  onProgress: (done: number, total: number) => void,
): Promise<CohortFiles> {
  const reader = createCohortReader();
  let done = 0;
  let total = files.length;
  let batch: File[] = [];
  const readBatch = async () => {
    if (batch.length === 0) return;
    await readResultFiles(batch, reader);
    done += batch.length;
    batch = [];
    onProgress(done, total);
  };
  for (const file of files) {
    const kind = archiveKind(file.name);
    if (kind === null) {
      batch.push(file);
      if (batch.length === READ_BATCH) await readBatch();
      continue;
    }
    await readBatch();
    // The archive counts as one until it says how many results it holds.
    const before = done;
    let counted = 1;
    let reported = 0;
    const read = kind === 'zip' ? readZipArchive : readJsonLines;
    await read(file.name, fileSource(file), reader, {
      onProgress: (inside, holds) => {
        total += holds - counted;
        counted = holds;
        done = before + inside;
        if (Date.now() - reported >= PROGRESS_MS) {
          reported = Date.now();
          onProgress(done, total);
        }
      },
    });
    done = before + counted;
    onProgress(done, total);
  }
  await readBatch();
  return reader.finish();
}

/**
 * The analysis of one group (`id@version`) on its bank; an empty analysis when there is no such group.
 * Every result is checked against the bank first, as the coach view and the command line do: one that does
 * not fit it (an answer off the scale, an unknown statement) is left out and listed.
 */
export function analyseGroup(cohort: CohortFiles, key: string, bank: Bank): GroupAnalysis {
  const index = indexBank(bank);
  const { members, refused } = fittingMembers(cohort, key, index);
  return { analysis: analyseCohort(index, members), refused };
}

/** The members of group `key` whose results fit the bank (in the group's order), and the others. */
function fittingMembers(
  cohort: CohortFiles,
  key: string,
  index: BankIndex,
): { members: CohortMember[]; refused: { name: string; problems: readonly Problem[] }[] } {
  const group = cohort.groups.find((entry) => entry.key === key);
  const refused: { name: string; problems: readonly Problem[] }[] = [];
  const check = resultChecker(index);
  const members = (group?.results ?? []).flatMap((result, position) => {
    const problems = check(result);
    if (problems.length === 0) return [{ answers: result.answers, context: result.context }];
    refused.push({ name: group?.files[position] ?? '', problems });
    return [];
  });
  return { members, refused };
}

/**
 * The answers of group `key` in long format (see `buildLongFormat`), over the same results as its analysis
 * (those that fit the bank), numbered 1..n in that order: no name, reflection, date or file name.
 */
export function longGroup(cohort: CohortFiles, key: string, bank: Bank): LongFormat {
  const index = indexBank(bank);
  return buildLongFormat(index, fittingMembers(cohort, key, index).members);
}

/** One result of a group, by its position in the group; `null` when there is none. */
export function groupResult(cohort: CohortFiles, key: string, position: number): ResultFile | null {
  return cohort.groups.find((group) => group.key === key)?.results[position] ?? null;
}
