/**
 * Problems found in a file a person supplied (a bank, a result file): where, and what is wrong. What is
 * wrong is a code with values; the sentence a person reads is in the interface strings
 * (`problems.<code>`, Dutch and English), so the browser and the command line speak the person's language.
 * Shared by bank validation, answer checks and result-file import.
 */
import type { ProblemCode } from './problem-codes';

export type { ProblemCode } from './problem-codes';

/** One problem: `path` points into the file (`items[12].text.en`, or `` for the whole file). */
export interface Problem {
  readonly path: string;
  /** What is wrong: a key of `problems` in the interface strings. */
  readonly code: ProblemCode;
  /** The values the sentence names (ids, numbers, the found type, …), already cut to a readable length. */
  readonly values?: Readonly<Record<string, string | number>>;
  /** For a field that is missing or of the wrong kind: the shape it expects. */
  readonly expected?: ExpectedShape;
}

/** What a field expects: a short JSON example and, for a list, whether it may be empty. */
export interface ExpectedShape {
  readonly shape: string;
  /** `true` for a list that may be empty, `false` for one that may not, `null` for anything but a list. */
  readonly emptyAllowed: boolean | null;
}

/** A path segment: an object key or an array index. */
export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** The longest text of a file echoed in a problem; longer ones are cut with "…". */
export const ECHO_LENGTH = 80;

// eslint-disable-next-line no-control-regex -- control and direction characters are what is made visible.
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * A text from a file as a problem may repeat it: invisible and control characters written as `\u{…}`
 * (so a terminal never receives an escape sequence and a name cannot disguise itself), and cut to
 * {@link ECHO_LENGTH} characters with "…".
 */
export function echo(text: string, length: number = ECHO_LENGTH): string {
  const visible = text.replace(INVISIBLE, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);
  // Code points, not code units: a cut never splits a character in two halves.
  const chars = Array.from(visible);
  return chars.length > length ? `${chars.slice(0, length - 1).join('')}…` : visible;
}

/**
 * Formats a path as a facilitator reads it: `items[12].text.en`; keys that are not plain names are
 * quoted (`interpretation["well developed"]`) and echoed safely. The empty path (the whole file) is ``.
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment) && segment.length <= 64) out += out === '' ? segment : `.${segment}`;
    else out += `["${echo(segment, 60).replace(/"/g, '\\"')}"]`;
  }
  return out;
}

export { own } from './own';

/** The most problems reported for one file; the rest are counted in one last problem. */
export const MAX_PROBLEMS = 200;

/** A problem still holding its path as segments, so problems can be put in file order before formatting. */
export interface RawProblem {
  readonly path: readonly PathSegment[];
  readonly code: ProblemCode;
  readonly values?: Readonly<Record<string, string | number>>;
}

/**
 * Collects problems up to a cap and only counts the rest, so a file with millions of mistakes costs no more
 * memory than one with {@link MAX_PROBLEMS}.
 */
export class ProblemCollector {
  private readonly kept: RawProblem[] = [];
  private extra = 0;

  constructor(private readonly cap: number = MAX_PROBLEMS) {}

  /** Records a problem at `path`; text values are echoed safely (see {@link echo}). */
  readonly report = (
    path: readonly PathSegment[],
    code: ProblemCode,
    values?: Readonly<Record<string, string | number>>,
  ): void => {
    if (this.kept.length >= this.cap) {
      this.extra += 1;
      return;
    }
    this.kept.push({
      path: [...path],
      code,
      ...(values === undefined ? {} : { values: echoValues(values) }),
    });
  };

  /** Adds `count` problems known only by number (beyond the cap of another collector). */
  addUncounted(count: number): void {
    this.extra += count;
  }

  get size(): number {
    return this.kept.length + this.extra;
  }

  get full(): boolean {
    return this.kept.length >= this.cap;
  }

  /**
   * The problems in the order their places appear in `root` (the parsed file), formatted, with one last
   * problem saying how many more there were. `expect` gives the shape a missing or wrong field expects.
   */
  finish(
    root: unknown,
    expect?: (path: readonly PathSegment[], missing: boolean) => ExpectedShape | null,
  ): Problem[] {
    const order = fileOrder(root);
    const sorted = this.kept
      .map((problem, position) => ({ problem, position, key: order(problem.path) }))
      .sort((a, b) => compareKeys(a.key, b.key) || a.position - b.position)
      .map(({ problem }) => {
        const formatted = toProblem(problem);
        const shape =
          expect && (problem.code === 'missing' || problem.code === 'wrong-type')
            ? expect(problem.path, problem.code === 'missing')
            : null;
        return shape === null ? formatted : { ...formatted, expected: shape };
      });
    if (this.extra > 0) sorted.push({ path: '', code: 'more-problems', values: { count: this.extra } });
    return sorted;
  }
}

function echoValues(
  values: Readonly<Record<string, string | number>>,
): Readonly<Record<string, string | number>> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values))
    out[key] = typeof value === 'string' ? echo(value) : value;
  return out;
}

/** A formatted problem from a raw one. */
export function toProblem(problem: RawProblem): Problem {
  return {
    path: formatPath(problem.path),
    code: problem.code,
    ...(problem.values === undefined ? {} : { values: problem.values }),
  };
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

/**
 * A function giving each path its place in the file: per segment, the index of the key among its object's
 * keys (in the order JSON.parse kept them) or the array index. Keys the file does not have (a missing text)
 * come after the keys it has, in the order they are asked for.
 */
function fileOrder(root: unknown): (path: readonly PathSegment[]) => number[] {
  const keyIndex = new WeakMap<object, Map<string, number>>();
  const indexOf = (container: object, key: string): number => {
    let map = keyIndex.get(container);
    if (!map) {
      map = new Map(Object.keys(container).map((name, position) => [name, position]));
      keyIndex.set(container, map);
    }
    const found = map.get(key);
    if (found !== undefined) return found;
    const next = map.size;
    map.set(key, next);
    return next;
  };
  return (path) => {
    const out: number[] = [];
    let current: unknown = root;
    for (const segment of path) {
      if (current === null || typeof current !== 'object') {
        out.push(typeof segment === 'number' ? segment : 0);
        current = undefined;
        continue;
      }
      if (typeof segment === 'number') out.push(segment);
      else out.push(indexOf(current, segment));
      current = Object.hasOwn(current, segment)
        ? (current as Record<PathSegment, unknown>)[segment]
        : undefined;
    }
    return out;
  };
}

/** Keys that could change an object's prototype if copied naively; never accepted in files. */
const RESERVED_KEYS = new Set(['__proto__']);

/**
 * Paths of reserved keys (`__proto__`) anywhere in a value. Walks iteratively (any depth is safe), visits
 * each object once (cycles are safe) and stops after `maxNodes` values or 20 findings.
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
 * Containers bigger than any file of this app needs: arrays over `maxEntries` entries and objects over
 * `maxKeys` keys, found by a bounded iterative walk (any depth is safe). Checked before the schema, whose
 * library cannot word more than about 100,000 mistakes at once.
 */
export function findOversized(
  input: unknown,
  maxEntries: number,
  maxKeys: number,
  maxFindings = 20,
): { readonly path: PathSegment[]; readonly count: number; readonly limit: number }[] {
  const found: { path: PathSegment[]; count: number; limit: number }[] = [];
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: input, path: [] }];
  const seen = new Set<object>();
  for (let node = stack.pop(); node !== undefined && found.length < maxFindings; node = stack.pop()) {
    const { value, path } = node;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      if (value.length > maxEntries) {
        found.push({ path, count: value.length, limit: maxEntries });
        continue;
      }
      for (let index = value.length - 1; index >= 0; index -= 1)
        stack.push({ value: value[index] as unknown, path: [...path, index] });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > maxKeys) {
      found.push({ path, count: keys.length, limit: maxKeys });
      continue;
    }
    for (let k = keys.length - 1; k >= 0; k -= 1) {
      const key = keys[k] ?? '';
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return found;
}
