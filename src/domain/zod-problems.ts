/**
 * Turns zod's issues into {@link Problem}s a non-programmer understands. Shared by every place that
 * checks a file against a zod schema.
 */
import type { z } from 'zod';
import { formatPath, type PathSegment, type Problem } from './problems';

function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  switch (typeof input) {
    case 'string':
      return 'a text';
    case 'number':
      return 'a number';
    case 'boolean':
      return input ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof input;
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object ({ … })',
  array: 'a list ([ … ])',
  record: 'an object ({ … })',
  literal: 'a fixed value',
};

function quoteList(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** One plain sentence for one zod issue (without the path). */
function messageFor(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is missing';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, but is ${describeValue(input)}`;
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? `has a field this format does not know: ${quoteList(issue.keys)} (a typo?)`
        : `has fields this format does not know: ${quoteList(issue.keys)} (typos?)`;
    case 'too_small':
      if (issue.origin === 'array')
        return `must have at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'entry' : 'entries'}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `must have at most ${String(issue.maximum)} entries`;
      if (issue.origin === 'string') return `is too long (at most ${String(issue.maximum)} characters)`;
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.message.startsWith('must') ? issue.message : `has the wrong format (${issue.format})`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${quoteList(issue.values)}`
        : `must be one of ${quoteList(issue.values)}`;
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options))
        return `must be one of ${quoteList(issue.options)}`;
      return 'does not match any of the allowed shapes';
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? '';
      return inner.startsWith('must') ? `is not an allowed key: it ${inner}` : 'is not an allowed key here';
    }
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_element':
      return 'has an invalid entry';
    case 'custom':
      return issue.message;
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
 * Converts zod issues to problems with paths into the file. `root` is the value that was parsed, used to
 * say what was found where something else was expected; `prefix` is prepended to every path.
 */
export function problemsFromZod(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
  prefix: readonly PathSegment[] = [],
): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.filter((key): key is PathSegment => typeof key !== 'symbol');
    return {
      path: formatPath([...prefix, ...path]),
      message: messageFor(issue, valueAt(root, issue.path)),
    };
  });
}
