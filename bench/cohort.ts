/**
 * The cohort view's figures for `npm run bench` (alone, quicker: `npm run bench -- --only cohort`), measured
 * on the production build served at ORIGIN: 5,000 separate result files chosen at once, and one JSON-lines
 * file (one result per line) of 5,000 and of 50,000 results, so the growth per result shows. Results come
 * from tests/helpers/cohort.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bank } from '../src/domain/bank/schema';
import type { ResultFile } from '../src/domain/result-file';
import { generateCohort, resultFileText } from '../tests/helpers/cohort';
import { measureCohort } from './browser';
import { median, ms, type Row } from './stats';

const FILES = 5000;
const LINES = [5000, 50_000] as const;
const RUNS = 3;
/** Budgets of issue 17 for the 50,000 results of one JSON-lines file. */
const LINES_BUDGET_MS = 8000;
const LONGEST_TASK_BUDGET_MS = 100;

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(0)} MB`;
const count = (n: number) => n.toLocaleString('en');

function row(figure: string, value: string, budget: number | null = null, within = true): Row {
  return {
    figure,
    value,
    budget: budget === null ? '—' : `≤ ${ms(budget)}`,
    status: budget === null ? '—' : within ? 'ok' : 'OVER',
  };
}

/** The cohort view's rows (the app must be served at ORIGIN). */
export async function cohortRows(bank: Bank): Promise<Row[]> {
  const rows: Row[] = [];
  const runs = `Chromium, median of ${String(RUNS)}`;
  const folder = mkdtempSync(join(tmpdir(), 'nla-cohort-'));
  try {
    const results = await generateCohort(bank, Math.max(FILES, ...LINES));

    // Separate files, chosen at once.
    const files = results.slice(0, FILES).map((result, i) => {
      const file = join(folder, `result-${String(i + 1).padStart(4, '0')}.json`);
      writeFileSync(file, resultFileText(result));
      return file;
    });
    const separate = await measureCohort(files, RUNS);
    rows.push(
      row(
        `cohort view: ${count(FILES)} result files read and analysed, to the scale quality on screen (${runs})`,
        ms(median(separate.totalMs)),
      ),
      row(
        `cohort view: longest main-thread task meanwhile (${runs}; the analysis runs in a worker)`,
        ms(median(separate.longestTaskMs)),
      ),
      row(
        `cohort view: main-thread tasks over 50 ms meanwhile (${runs})`,
        String(median(separate.longTasks)),
      ),
    );

    // One JSON-lines file, of 5,000 and of 50,000 results.
    for (const n of LINES) {
      const file = join(folder, `cohort-${String(n)}.jsonl`);
      writeFileSync(file, jsonLines(results.slice(0, n)));
      const lines = await measureCohort([file], RUNS, { memory: true });
      const total = median(lines.totalMs);
      const longest = median(lines.longestTaskMs);
      const large = n === Math.max(...LINES);
      rows.push(
        row(
          `cohort view: ${count(n)} results from one JSON-lines file read and analysed, to the scale quality on screen (${runs})`,
          `${ms(total)} (${(total / n).toFixed(3)} ms per result; read by ${ms(median(lines.readMs))})`,
          large ? LINES_BUDGET_MS : null,
          total <= LINES_BUDGET_MS,
        ),
        row(
          `… longest main-thread task meanwhile; tasks over 50 ms`,
          `${ms(longest)}; ${String(median(lines.longTasks))}`,
          large ? LONGEST_TASK_BUDGET_MS : null,
          longest <= LONGEST_TASK_BUDGET_MS,
        ),
        row(
          `… cohort worker memory (V8 heap + ArrayBuffers, Runtime.getHeapUsage): peak sampled while reading; in all; kept after GC`,
          `${mb(median(lines.workerReadPeakBytes))}; ${mb(median(lines.workerPeakBytes))}; ${mb(median(lines.workerRetainedBytes))}`,
        ),
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}

/** Results as a JSON-lines file: one compact JSON result per line. */
function jsonLines(results: readonly ResultFile[]): string {
  return `${results.map((result) => JSON.stringify(result)).join('\n')}\n`;
}
