/**
 * Finds where JSON text first goes wrong and what the mistake most likely is (a trailing comma, a curly
 * quote, a missing comma or bracket, an unclosed text…), so a person editing a file by hand is told in
 * their own words, with line and column, rather than with a JavaScript engine's English message.
 */
import { echo, type Problem } from './problems';
import type { ProblemCode } from './problem-codes';

/** The kinds of JSON mistake this reader tells apart. */
export type JsonMistake =
  | 'empty'
  | 'trailing-comma'
  | 'curly-quote'
  | 'single-quote'
  | 'missing-comma'
  | 'missing-colon'
  | 'missing-value'
  | 'unclosed-string'
  | 'string-line-break'
  | 'bad-escape'
  | 'unexpected-end'
  | 'comment'
  | 'extra-text'
  | 'unexpected';

/** Where (0-based offset in UTF-16 code units) and what the first mistake is. */
export interface JsonError {
  readonly offset: number;
  readonly mistake: JsonMistake;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const CURLY_QUOTES = new Set(['“', '”', '„', '‟', '‘', '’', '‚', '«', '»']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** What a character where something else was expected most likely means. */
function mistakeAt(text: string, at: number, fallback: JsonMistake): JsonMistake {
  const ch = text[at];
  if (ch === undefined) return 'unexpected-end';
  if (CURLY_QUOTES.has(ch)) return 'curly-quote';
  if (ch === "'") return 'single-quote';
  if (ch === '/' && (text[at + 1] === '/' || text[at + 1] === '*')) return 'comment';
  return fallback;
}

/**
 * The first syntax error in `text`, or `null` when the text is valid JSON. Iterative, so any nesting depth
 * is safe; linear in the length of the text.
 */
export function findJsonError(text: string): JsonError | null {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i] ?? '')) i += 1;
  };
  type State = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end';
  const stack: { kind: '{' | '['; state: State }[] = [];
  const fail = (offset: number, mistake: JsonMistake): JsonError => ({ offset, mistake });

  skip();
  if (i >= text.length) return fail(0, 'empty');
  let top: { kind: '{' | '['; state: State } | undefined;

  // Reads a string starting at the opening quote at `i`; returns an error or null, leaving `i` after it.
  const readString = (): JsonError | null => {
    const start = i;
    i += 1;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return null;
      }
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail(i, 'bad-escape');
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) return fail(i, 'bad-escape');
        i += 2;
        continue;
      }
      if (c === 0x0a || c === 0x0d) return fail(start, 'string-line-break');
      if (c < 0x20) return fail(i, 'unexpected');
      i += 1;
    }
    return fail(start, 'unclosed-string');
  };

  // Reads a value that is not an object or array; returns an error or null.
  const readScalar = (): JsonError | null => {
    const ch = text[i];
    if (ch === '"') return readString();
    for (const word of ['true', 'false', 'null'])
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    NUMBER.lastIndex = i;
    if (ch !== undefined && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return null;
    }
    return fail(i, mistakeAt(text, i, 'unexpected'));
  };

  const afterValue = (): void => {
    top = stack[stack.length - 1];
    if (top) top.state = 'comma-or-end';
  };

  // The top-level value, then whatever containers it opens.
  for (let expectTop = true; ;) {
    skip();
    top = stack[stack.length - 1];
    const ch = text[i];
    const wantsValue = expectTop || top?.state === 'value' || top?.state === 'value-or-end';
    if (wantsValue) {
      if (ch === ']' && top?.kind === '[') {
        if (top.state === 'value') return fail(i, 'trailing-comma');
        stack.pop();
        i += 1;
        afterValue();
      } else if (ch === '{' || ch === '[') {
        if (top) top.state = 'comma-or-end';
        stack.push({ kind: ch, state: ch === '{' ? 'key-or-end' : 'value-or-end' });
        i += 1;
      } else if (ch === '}' && top?.state === 'value') return fail(i, 'missing-value');
      else if (ch === ',' && top !== undefined) return fail(i, 'missing-value');
      else {
        const error = readScalar();
        if (error) return error;
        afterValue();
      }
      expectTop = false;
    } else if (!top) {
      return fail(i, mistakeAt(text, i, 'extra-text'));
    } else if (top.state === 'key' || top.state === 'key-or-end') {
      if (ch === '}') {
        if (top.state === 'key') return fail(i, 'trailing-comma');
        stack.pop();
        i += 1;
        afterValue();
      } else if (ch === '"') {
        const error = readString();
        if (error) return error;
        top.state = 'colon';
      } else return fail(i, mistakeAt(text, i, 'unexpected'));
    } else if (top.state === 'colon') {
      if (ch !== ':') return fail(i, mistakeAt(text, i, 'missing-colon'));
      i += 1;
      top.state = 'value';
    } else if (ch === ',') {
      i += 1;
      top.state = top.kind === '{' ? 'key' : 'value';
    } else if ((top.kind === '{' && ch === '}') || (top.kind === '[' && ch === ']')) {
      stack.pop();
      i += 1;
      afterValue();
    } else {
      const startsValue = ch !== undefined && /["{[\-0-9tfn]/.test(ch);
      return fail(i, mistakeAt(text, i, startsValue ? 'missing-comma' : 'unexpected'));
    }
    if (stack.length === 0 && !expectTop) {
      skip();
      if (i >= text.length) return null;
      return fail(i, mistakeAt(text, i, 'extra-text'));
    }
  }
}

const CODES: Readonly<Record<JsonMistake, ProblemCode>> = {
  empty: 'json-empty',
  'trailing-comma': 'json-trailing-comma',
  'curly-quote': 'json-curly-quote',
  'single-quote': 'json-single-quote',
  'missing-comma': 'json-missing-comma',
  'missing-colon': 'json-missing-colon',
  'missing-value': 'json-missing-value',
  'unclosed-string': 'json-unclosed-string',
  'string-line-break': 'json-string-line-break',
  'bad-escape': 'json-bad-escape',
  'unexpected-end': 'json-unexpected-end',
  comment: 'json-comment',
  'extra-text': 'json-extra-text',
  unexpected: 'json-unexpected',
};

/** Line and column (both from 1) of an offset in `text`. */
export function lineAndColumn(
  text: string,
  offset: number,
): { readonly line: number; readonly column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1)
    if (text.charCodeAt(i) === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The problem for a text that is not JSON: what the mistake most likely is, at which line and column, and
 * the character found there. `null` when the text is valid JSON.
 */
export function jsonProblem(text: string): Problem | null {
  const error = findJsonError(text);
  if (error === null) return null;
  const { line, column } = lineAndColumn(text, error.offset);
  const found = text.codePointAt(error.offset);
  return {
    path: '',
    code: CODES[error.mistake],
    values: { line, column, found: found === undefined ? '' : echo(String.fromCodePoint(found)) },
  };
}

/**
 * Parses JSON text (a leading byte-order mark is allowed) into a value, or gives the problem a person reads.
 * Never throws.
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return {
      ok: false,
      problem: jsonProblem(body) ?? {
        path: '',
        code: 'json-unexpected',
        values: { line: 1, column: 1, found: '' },
      },
    };
  }
}
