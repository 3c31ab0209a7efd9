/**
 * Reading a bank file as far as it can be read: every field and every entry of the bank's lists is checked
 * against the schema on its own, so one broken entry does not hide the problems of the others, and the
 * semantic checks can still run on every entry that is well formed.
 */
import type { z } from 'zod';
import type { PathSegment, ProblemCollector } from '../problems';
import { problemsFromZod } from '../zod-problems';
import {
  Bank as BankSchema,
  ContextQuestion,
  Dimension,
  Item,
  Reflection,
  Scale,
  Section,
  type Bank,
} from './schema';

/** A list read entry by entry: well-formed entries at their index, `undefined` where an entry is broken. */
export type Holes<T> = readonly (T | undefined)[];

type Scoring = Bank['scoring'];

/** What could be read of a bank: each field when it is well formed, each list entry by entry. */
export interface PartialBank {
  readonly id: string | undefined;
  readonly version: string | undefined;
  readonly languages: readonly string[] | undefined;
  readonly title: Bank['title'] | undefined;
  readonly intro: Bank['intro'] | undefined;
  readonly instruction: Bank['instruction'] | undefined;
  readonly scales: Holes<Bank['scales'][number]>;
  readonly sections: Holes<Bank['sections'][number]>;
  readonly dimensions: Holes<Bank['dimensions'][number]>;
  readonly items: Holes<Bank['items'][number]>;
  readonly context: Holes<Bank['context'][number]>;
  readonly reflections: {
    readonly title: Bank['reflections']['title'] | undefined;
    readonly intro: Bank['reflections']['intro'] | undefined;
    readonly prompts: Holes<Bank['reflections']['prompts'][number]>;
  };
  readonly situations: Bank['situations'];
  readonly raters: Bank['raters'];
  readonly scoring: { readonly [K in keyof Scoring]?: Scoring[K] };
  readonly norms: Bank['norms'];
  /** Ids found in every entry of each list, broken ones included, so references to them are not flagged. */
  readonly ids: {
    readonly scales: ReadonlySet<string>;
    readonly sections: ReadonlySet<string>;
    readonly dimensions: ReadonlySet<string>;
    readonly items: ReadonlySet<string>;
    readonly context: ReadonlySet<string>;
  };
  /** Whether every field and entry was well formed (then the bank may still break a semantic rule). */
  readonly complete: boolean;
}

/** Least and most entries of the bank's top-level lists. */
export const LIST_LIMITS = {
  scales: [1, 50],
  sections: [1, 50],
  dimensions: [1, 20_000],
  items: [1, 20_000],
  context: [0, 50],
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** Reads the bank's fields and list entries one by one; reports every problem to `collector`. */
export function readPartialBank(input: Record<string, unknown>, collector: ProblemCollector): PartialBank {
  let complete = true;
  const { report } = collector;
  const addIssues = (issues: readonly z.core.$ZodIssue[], value: unknown, path: readonly PathSegment[]) => {
    complete = false;
    for (const problem of problemsFromZod(issues, value, path))
      report(problem.path, problem.code, problem.values);
  };

  /** One field on its own; `undefined` when it is broken (or absent and optional). */
  const field = <T>(schema: z.ZodType<T>, value: unknown, path: readonly PathSegment[]): T | undefined => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    addIssues(parsed.error.issues, value, path);
    return undefined;
  };

  const ids = (value: unknown): Set<string> =>
    new Set(
      Array.isArray(value)
        ? value.flatMap((entry: unknown) =>
            isRecord(entry) && typeof entry.id === 'string' ? [entry.id] : [],
          )
        : [],
    );

  /** A list, entry by entry, with its length checked against `limits`. */
  const list = <T>(
    schema: z.ZodType<T>,
    value: unknown,
    path: readonly PathSegment[],
    [least, most]: readonly [number, number],
  ): Holes<T> => {
    if (value === undefined) {
      complete = false;
      report(path, 'missing');
      return [];
    }
    if (!Array.isArray(value)) {
      complete = false;
      report(path, 'wrong-type', { expected: 'array', found: kindOf(value) });
      return [];
    }
    if (value.length < least) {
      complete = false;
      report(path, 'too-few-entries', { count: least });
    }
    if (value.length > most) {
      complete = false;
      report(path, 'too-many-entries', { count: most });
      return [];
    }
    return value.map((entry: unknown, index) => field(schema, entry, [...path, index]));
  };

  const shape = BankSchema.shape;
  const unknown = Object.keys(input).filter((key) => !Object.hasOwn(shape, key));
  if (unknown.length > 0) {
    complete = false;
    report([], 'unknown-keys', {
      keys: unknown.map((key) => JSON.stringify(key)).join(', '),
      count: unknown.length,
    });
  }
  field(shape.$schema, input.$schema, ['$schema']);
  field(shape.formatVersion, input.formatVersion, ['formatVersion']);

  const reflectionsRaw = input.reflections;
  let reflections: PartialBank['reflections'] = { title: undefined, intro: undefined, prompts: [] };
  if (!isRecord(reflectionsRaw)) field(shape.reflections, reflectionsRaw, ['reflections']);
  else {
    const reflectionShape = shape.reflections.shape;
    const extra = Object.keys(reflectionsRaw).filter((key) => !Object.hasOwn(reflectionShape, key));
    if (extra.length > 0) {
      complete = false;
      report(['reflections'], 'unknown-keys', {
        keys: extra.map((key) => JSON.stringify(key)).join(', '),
        count: extra.length,
      });
    }
    reflections = {
      title: field(reflectionShape.title, reflectionsRaw.title, ['reflections', 'title']),
      intro: field(reflectionShape.intro, reflectionsRaw.intro, ['reflections', 'intro']),
      prompts: list(Reflection, reflectionsRaw.prompts, ['reflections', 'prompts'], [0, 200]),
    };
  }

  const scoringRaw = input.scoring;
  const scoring: Record<string, unknown> = {};
  if (!isRecord(scoringRaw)) field(shape.scoring, scoringRaw, ['scoring']);
  else {
    const scoringShape = shape.scoring.shape;
    const extra = Object.keys(scoringRaw).filter((key) => !Object.hasOwn(scoringShape, key));
    if (extra.length > 0) {
      complete = false;
      report(['scoring'], 'unknown-keys', {
        keys: extra.map((key) => JSON.stringify(key)).join(', '),
        count: extra.length,
      });
    }
    for (const [key, schema] of Object.entries(scoringShape) as [string, z.ZodType][])
      scoring[key] = field(schema, scoringRaw[key], ['scoring', key]);
  }

  const partial: PartialBank = {
    id: field(shape.id, input.id, ['id']),
    version: field(shape.version, input.version, ['version']),
    languages: field(shape.languages, input.languages, ['languages']),
    title: field(shape.title, input.title, ['title']),
    intro: field(shape.intro, input.intro, ['intro']),
    instruction: field(shape.instruction, input.instruction, ['instruction']),
    scales: list(Scale, input.scales, ['scales'], LIST_LIMITS.scales),
    sections: list(Section, input.sections, ['sections'], LIST_LIMITS.sections),
    dimensions: list(Dimension, input.dimensions, ['dimensions'], LIST_LIMITS.dimensions),
    items: list(Item, input.items, ['items'], LIST_LIMITS.items),
    context: list(ContextQuestion, input.context, ['context'], LIST_LIMITS.context),
    reflections,
    situations: field(shape.situations, input.situations, ['situations']),
    raters: field(shape.raters, input.raters, ['raters']),
    scoring,
    norms: field(shape.norms, input.norms, ['norms']),
    ids: {
      scales: ids(input.scales),
      sections: ids(input.sections),
      dimensions: ids(input.dimensions),
      items: ids(input.items),
      context: ids(input.context),
    },
    complete: true,
  };
  return { ...partial, complete };
}
