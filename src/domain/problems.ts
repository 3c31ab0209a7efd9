import { jsonErrorOffset } from './json-syntax';

/**
 * Problems found in a file a person supplied (a bank, a result file): where, and what is wrong, in a
 * sentence the person can act on. Shared by bank validation and result-file import.
 */

/** One problem: `path` points into the file (`items[12].text.en`, or `` for the whole file). */
export interface Problem {
  readonly path: string;
  readonly message: string;
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
  kept.push({
    path: '',
    message: `…and ${problems.length - MAX_PROBLEMS} more problems. Fix the ones above and validate again.`,
  });
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
 * "is not valid JSON: the problem is at line L, column C (engine's message)" for a text JSON.parse refused.
 * Lines and columns count from 1.
 */
export function jsonErrorMessage(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 120) : '';
  const offset = jsonErrorOffset(text);
  if (offset === null) return `is not valid JSON (${detail})`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `is not valid JSON: the problem is at line ${String(line)}, column ${String(column)} (${detail})`;
}
