/** Small helpers the benchmark uses to time things and print a table. */
import { performance } from 'node:perf_hooks';

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs `fn` `warmup` times untimed, then `runs` times, and returns each run's milliseconds. */
export function timeRuns(fn: () => void, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

export interface Row {
  readonly figure: string;
  readonly value: string;
  readonly budget: string;
  /** `ok`, `over`, or `—` when the figure has no budget. */
  readonly status: string;
}

/** Formats rows as a Markdown table (pasted into the README as is). */
export function markdownTable(rows: readonly Row[]): string {
  const header: Row = { figure: 'figure', value: 'measured', budget: 'budget', status: 'status' };
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((row) => row[key].length));
  const line = (row: Row) =>
    `| ${(['figure', 'value', 'budget', 'status'] as const).map((key) => row[key].padEnd(width(key))).join(' | ')} |`;
  const rule = `|${(['figure', 'value', 'budget', 'status'] as const).map((key) => '-'.repeat(width(key) + 2)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value: number): string => `${value.toFixed(1)} ms`;
