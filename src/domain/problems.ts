import { jsonErrorOffset } from './json-syntax';

/**
 * Problems found in a file a person supplied (a bank, a result file): where, and what is wrong. What is
 * wrong is a code with values; the sentence a person reads is in the interface strings
 * (`problems.<code>`, Dutch and English), so the browser and the command line speak the person's language.
 * Shared by bank validation, answer checks and result-file import.
 */

/** One problem: `path` points into the file (`items[12].text.en`, or `` for the whole file). */
export interface Problem {
  readonly path: string;
  /** What is wrong: a key of `problems` in the interface strings. */
  readonly code: string;
  /** The values the sentence names (ids, numbers, the found type, …). */
  readonly values?: Readonly<Record<string, string | number>>;
}

/** A path segment: an object key or an array index. */
export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * Formats a path as a facilitator reads it: `items[12].text.en`; keys that are not plain names are
 * quoted (`interpretation["well developed"]`). The empty path (the whole file) formats as ``.
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment.length > 60 ? `${segment.slice(0, 57)}...` : segment)}]`;
  }
  return out;
}

/** Returns `record[key]` only when `key` is the record's own property (never an inherited one). */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The most problems reported for one file; the rest are summarised in one last problem. */
export const MAX_PROBLEMS = 200;

/** Caps a problem list at {@link MAX_PROBLEMS}, saying how many more there were. */
export function capProblems(problems: readonly Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  const kept = problems.slice(0, MAX_PROBLEMS);
  kept.push({ path: '', code: 'more-problems', values: { count: problems.length - MAX_PROBLEMS } });
  return kept;
}

/** Keys that could change an object's prototype if copied naively; never accepted in files. */
const RESERVED_KEYS = new Set(['__proto__']);

/**
 * Paths of reserved keys (`__proto__`) anywhere in a value. Walks iteratively (any depth is safe), visits
 * each object once (cycles are safe) and stops after `maxNodes` values.
 */
export function findReservedKeys(input: unknown, maxNodes = 2_000_000): PathSegment[][] {
  interface Node {
    readonly value: unknown;
    readonly key: PathSegment | null;
    readonly parent: Node | null;
  }
  const pathOf = (node: Node): PathSegment[] => {
    const path: PathSegment[] = [];
    for (let n: Node | null = node; n !== null && n.key !== null; n = n.parent) path.push(n.key);
    return path.reverse();
  };
  const found: PathSegment[][] = [];
  const seen = new Set<object>();
  const stack: Node[] = [{ value: input, key: null, parent: null }];
  let visited = 0;
  for (
    let node = stack.pop();
    node !== undefined && visited < maxNodes && found.length < 20;
    node = stack.pop()
  ) {
    visited += 1;
    const { value } = node;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1)
        stack.push({ value: value[index] as unknown, key: index, parent: node });
      continue;
    }
    for (const key of Object.keys(value)) {
      const child: Node = { value: (value as Record<string, unknown>)[key], key, parent: node };
      if (RESERVED_KEYS.has(key)) found.push(pathOf(child));
      else stack.push(child);
    }
  }
  return found;
}

/**
 * The problem for a text JSON.parse refused: where the text first goes wrong (line and column, from 1),
 * with the engine's own words as detail.
 */
export function jsonProblem(text: string, error: unknown): Problem {
  const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 120) : '';
  const offset = jsonErrorOffset(text);
  if (offset === null) return { path: '', code: 'not-json', values: { detail } };
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { path: '', code: 'not-json-at', values: { line, column, detail } };
}
