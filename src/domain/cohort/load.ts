/**
 * Reading a cohort's result files: each is checked like any result file; valid ones are grouped by bank id
 * and version, broken ones are listed with the reason, and a file opened twice counts once.
 */
import { readResultText, type ResultFile, type ResultRefusal } from '../result-file';

export interface CohortGroup {
  /** `id@version`. */
  readonly key: string;
  readonly id: string;
  readonly version: string;
  readonly results: readonly ResultFile[];
}

export interface CohortFiles {
  /** Groups of results by bank id and version, the largest first. */
  readonly groups: readonly CohortGroup[];
  /** Files that are not usable result files, with the reason. */
  readonly broken: readonly { readonly name: string; readonly refusal: ResultRefusal }[];
  /** Files that repeated a result already read (same bank, completion time, name and answers). */
  readonly duplicates: readonly string[];
}

/** The identity of a result for de-duplication: everything but the export time. */
function identity(result: ResultFile): string {
  const { exportedAt: _exportedAt, ...rest } = result;
  return JSON.stringify(rest);
}

/**
 * Reads many result files. `onProgress(done, total)` is called as files are read (every 50 files and at the
 * end), so a view can show a progress bar. Never throws.
 */
export function readCohortFiles(
  files: readonly { readonly name: string; readonly text: string }[],
  onProgress: (done: number, total: number) => void = () => undefined,
): CohortFiles {
  const groups = new Map<string, { id: string; version: string; results: ResultFile[] }>();
  const broken: { name: string; refusal: ResultRefusal }[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  files.forEach((file, position) => {
    const reading = readResultText(file.text);
    if (!reading.ok) broken.push({ name: file.name, refusal: reading });
    else {
      const key = identity(reading.result);
      if (seen.has(key)) duplicates.push(file.name);
      else {
        seen.add(key);
        const { id, version } = reading.result.bank;
        const groupKey = `${id}@${version}`;
        const group = groups.get(groupKey) ?? { id, version, results: [] };
        group.results.push(reading.result);
        groups.set(groupKey, group);
      }
    }
    if ((position + 1) % 50 === 0 || position + 1 === files.length) onProgress(position + 1, files.length);
  });
  return {
    groups: [...groups.entries()]
      .map(([key, group]) => ({ key, ...group }))
      .sort((a, b) => b.results.length - a.results.length || a.key.localeCompare(b.key)),
    broken,
    duplicates,
  };
}
