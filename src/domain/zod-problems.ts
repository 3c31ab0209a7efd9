/**
 * Turns zod's issues into {@link Problem}s with codes a person's language can word. Shared by every place
 * that checks a file against a zod schema. Custom messages in the schemas are problem codes themselves
 * (`id-format`, `semver-format`, …).
 */
import type { z } from 'zod';
import { isProblemCode } from './problem-codes';
import type { PathSegment, RawProblem } from './problems';

/** The kinds of value a problem can name (`problems.types.<kind>` in the interface strings). */
function kindOf(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  switch (typeof input) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    default:
      return 'other';
  }
}

const KNOWN_TYPES = new Set(['string', 'number', 'int', 'boolean', 'object', 'array', 'record', 'literal']);

function quoteList(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** The code and values for one zod issue (without the path). */
function describe(issue: z.core.$ZodIssue, input: unknown): Pick<RawProblem, 'code' | 'values'> {
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { code: 'missing' };
      if (typeof input === 'number' && !Number.isFinite(input)) return { code: 'number-too-large' };
      return {
        code: 'wrong-type',
        values: {
          expected: KNOWN_TYPES.has(issue.expected) ? issue.expected : 'other',
          found: kindOf(input),
        },
      };
    case 'unrecognized_keys':
      return { code: 'unknown-keys', values: { keys: quoteList(issue.keys), count: issue.keys.length } };
    case 'too_small':
      if (issue.origin === 'array')
        return { code: 'too-few-entries', values: { count: Number(issue.minimum) } };
      if (issue.origin === 'string') return { code: 'empty-text' };
      return { code: 'at-least', values: { minimum: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'array')
        return { code: 'too-many-entries', values: { count: Number(issue.maximum) } };
      if (issue.origin === 'string') return { code: 'too-long', values: { count: Number(issue.maximum) } };
      return { code: 'at-most', values: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      return isProblemCode(issue.message)
        ? { code: issue.message }
        : { code: 'bad-format', values: { format: issue.format } };
    case 'invalid_value':
      return issue.values.length === 1
        ? { code: 'must-be', values: { value: quoteList(issue.values) } }
        : { code: 'one-of', values: { values: quoteList(issue.values) } };
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options))
        return { code: 'one-of', values: { values: quoteList(issue.options) } };
      return { code: 'no-shape' };
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? '';
      return isProblemCode(inner)
        ? { code: 'key-not-allowed-rule', values: { rule: inner } }
        : { code: 'key-not-allowed' };
    }
    case 'not_multiple_of':
      return { code: 'multiple-of', values: { divisor: issue.divisor } };
    case 'invalid_element':
      return { code: 'invalid-entry' };
    case 'custom':
      return isProblemCode(issue.message) ? { code: issue.message } : { code: 'invalid-entry' };
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof key === 'symbol' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * Converts zod issues to problems with paths into the file. `value` is what was parsed (at `prefix` in the
 * file), used to say what was found where something else was expected.
 */
export function problemsFromZod(
  issues: readonly z.core.$ZodIssue[],
  value: unknown,
  prefix: readonly PathSegment[] = [],
): RawProblem[] {
  return issues.map((issue) => {
    const path = issue.path.filter((key): key is PathSegment => typeof key !== 'symbol');
    const { code, values } = describe(issue, valueAt(value, issue.path));
    return { path: [...prefix, ...path], code, ...(values === undefined ? {} : { values }) };
  });
}
