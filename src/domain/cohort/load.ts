/**
 * Reading a cohort's result files: each is checked like any result file; valid ones are grouped by bank id
 * and version, broken ones are listed with the reason, and a file opened twice counts once.
 */
import {
  readResultBytes,
  readResultText,
  resultDate,
  type ResultFile,
  type ResultRefusal,
} from '../result-file';
import type { Problem } from '../problems';

/**
 * Why a file could not be used: a result file's refusal, or (`archive`) a problem of a zip archive or a
 * JSON-lines file as a whole or of one of its entries (damaged, too large, …), in `problem`.
 */
export type CohortRefusal = ResultRefusal | { readonly reason: 'archive'; readonly problem: Problem };

export interface CohortGroup {
  /** `id@version`. */
  readonly key: string;
  readonly id: string;
  readonly version: string;
  readonly results: readonly ResultFile[];
  /** The file each result came from, in the order of `results`. */
  readonly files: readonly string[];
}

export interface CohortFiles {
  /** Groups of results by bank id and version, the largest first. */
  readonly groups: readonly CohortGroup[];
  /** Files that are not usable result files, with the reason. */
  readonly broken: readonly { readonly name: string; readonly refusal: CohortRefusal }[];
  /** Files that repeated a result already read (same bank, completion time, name and answers). */
  readonly duplicates: readonly string[];
}

/** The identity of a result for de-duplication: everything but the export time. */
function identity(result: ResultFile): string {
  const { exportedAt: _exportedAt, ...rest } = result;
  return JSON.stringify(rest);
}

/**
 * What repeats of a result share for certain, and few other results do: its bank, times and name (all part
 * of its identity). The reader compares identities only between results with the same outline, so a cohort
 * of distinct results costs no identity at all (making one is most of the cost of finding repeats).
 */
function outline(result: ResultFile): string {
  const { bank } = result;
  return JSON.stringify([
    bank.id,
    bank.version,
    bank.sha256,
    result.startedAt ?? null,
    result.completedAt,
    result.name ?? null,
  ]);
}

/**
 * A 53-bit hash of a text (cyrb53). Results with the same outline are told apart by the hash of their
 * identity, so the reader keeps a number per result rather than the identity itself (many results without
 * a name or times would otherwise hold all their identities); equal hashes are compared in full.
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Reads result files one at a time, as they arrive; `finish()` gives what was read so far. */
export interface CohortReader {
  /** Reads one file: its bytes as chosen (they must be UTF-8 text), or text already read. */
  readonly add: (name: string, content: string | Uint8Array) => void;
  /** Records a file refused before reading (e.g. far too large to be a result file). */
  readonly refuse: (name: string, refusal: CohortRefusal) => void;
  readonly finish: () => CohortFiles;
}

/** A reader that checks each file like any result file, groups by bank version and skips repeats. */
export function createCohortReader(): CohortReader {
  const groups = new Map<string, { id: string; version: string; results: ResultFile[]; files: string[] }>();
  const broken: { name: string; refusal: CohortRefusal }[] = [];
  const duplicates: string[] = [];
  /** The results read so far by outline: the one result with it, or, once another came, all by identity hash. */
  const seen = new Map<string, ResultFile | Map<number, ResultFile[]>>();
  const byHash = (results: readonly ResultFile[]) => {
    const map = new Map<number, ResultFile[]>();
    for (const result of results) {
      const hash = hash53(identity(result));
      map.set(hash, [...(map.get(hash) ?? []), result]);
    }
    return map;
  };
  /** Whether `result` repeats one read before (and if not, it is remembered). */
  const repeats = (result: ResultFile): boolean => {
    const key = outline(result);
    const entry = seen.get(key);
    if (entry === undefined) {
      seen.set(key, result);
      return false;
    }
    const hashes = entry instanceof Map ? entry : byHash([entry]);
    seen.set(key, hashes);
    const full = identity(result);
    const hash = hash53(full);
    const same = hashes.get(hash);
    if (same?.some((other) => identity(other) === full)) return true;
    hashes.set(hash, [...(same ?? []), result]);
    return false;
  };
  return {
    add: (name, content) => {
      const reading = typeof content === 'string' ? readResultText(content) : readResultBytes(content);
      if (!reading.ok) {
        broken.push({ name, refusal: reading });
        return;
      }
      if (repeats(reading.result)) {
        duplicates.push(name);
        return;
      }
      const { id, version } = reading.result.bank;
      const groupKey = `${id}@${version}`;
      const group = groups.get(groupKey) ?? { id, version, results: [], files: [] };
      group.results.push(reading.result);
      group.files.push(name);
      groups.set(groupKey, group);
    },
    refuse: (name, refusal) => broken.push({ name, refusal }),
    finish: () => ({
      groups: [...groups.entries()]
        .map(([key, group]) => ({ key, ...group }))
        .sort((a, b) => b.results.length - a.results.length || a.key.localeCompare(b.key)),
      broken: [...broken],
      duplicates: [...duplicates],
    }),
  };
}

/**
 * Reads many result files. `onProgress(done, total)` is called as files are read (every 50 files and at the
 * end), so a view can show a progress bar. Never throws.
 */
export function readCohortFiles(
  files: readonly { readonly name: string; readonly text: string }[],
  onProgress: (done: number, total: number) => void = () => undefined,
): CohortFiles {
  const reader = createCohortReader();
  files.forEach((file, position) => {
    reader.add(file.name, file.text);
    if ((position + 1) % PROGRESS_EVERY === 0 || position + 1 === files.length)
      onProgress(position + 1, files.length);
  });
  return reader.finish();
}

/** How often (in files) reading reports progress. */
export const PROGRESS_EVERY = 50;

/** One participant in a group, as the list of individual results shows them: a name (if any) and a date. */
export interface CohortPerson {
  /** The name in the result (cleaned when read), or `null`. */
  readonly name: string | null;
  readonly date: string;
}

/** What the view needs of the files read, without the answers: the groups' sizes and people, the refusals. */
export interface CohortSummary {
  readonly groups: readonly {
    readonly key: string;
    readonly id: string;
    readonly version: string;
    readonly people: readonly CohortPerson[];
    /** How many results name each bank fingerprint (SHA-256), the most frequent first. */
    readonly fingerprints: readonly { readonly sha256: string; readonly count: number }[];
  }[];
  readonly broken: CohortFiles['broken'];
  readonly duplicates: CohortFiles['duplicates'];
}

function countFingerprints(results: readonly ResultFile[]): { sha256: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const result of results) counts.set(result.bank.sha256, (counts.get(result.bank.sha256) ?? 0) + 1);
  return [...counts]
    .map(([sha256, count]) => ({ sha256, count }))
    .sort((a, b) => b.count - a.count || a.sha256.localeCompare(b.sha256));
}

/** The summary of the files read (no answers in it), in the groups' order. */
export function summarizeCohort(files: CohortFiles): CohortSummary {
  return {
    groups: files.groups.map((group) => ({
      key: group.key,
      id: group.id,
      version: group.version,
      people: group.results.map((result) => ({ name: result.name ?? null, date: resultDate(result) })),
      fingerprints: countFingerprints(group.results),
    })),
    broken: files.broken,
    duplicates: files.duplicates,
  };
}
