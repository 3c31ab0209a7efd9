/**
 * Merging two copies of the saved assessment: the one in this tab and the one stored (written by another tab,
 * or a copy that outlived a crash). Pure. Two copies of different epochs are different assessments: the later
 * one wins whole. Copies of one epoch merge entry by entry: each answer, context answer, reflection, choice,
 * the name, the step and the completion take the side that changed it last; a change time without a value is
 * a removal. The merge is commutative (ties are broken by the values themselves), so tabs that merge in any
 * order end up with the same copy.
 */
import { KEYED_FIELDS, STAMPED_FIELDS, type SavedAssessment } from './restore';

type Keyed = (typeof KEYED_FIELDS)[number];

/** A JSON text of `value` with object keys in sorted order: equal for equal data, whatever the key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return value === undefined ? 'null' : JSON.stringify(value);
}

interface Side {
  readonly time: number;
  /** Whether this side holds a value at all (an absent entry, an empty name, no completion: none). */
  readonly present: boolean;
  readonly value: unknown;
}

/**
 * Whether side `a` wins over side `b` for one entry: the later change; on a tie a value over none (copies
 * from before change times were kept tie at 0), then the larger value.
 */
function wins(a: Side, b: Side): boolean {
  if (a.time !== b.time) return a.time > b.time;
  if (a.present !== b.present) return a.present;
  return canonical(a.value) >= canonical(b.value);
}

const stampOf = (copy: SavedAssessment, key: string): number => copy.stamps[key] ?? 0;

/** The merge of two copies of the saved assessment (see the module comment). */
export function mergeAssessments(mine: SavedAssessment, theirs: SavedAssessment): SavedAssessment {
  if (mine.epoch !== theirs.epoch) return mine.epoch > theirs.epoch ? mine : theirs;
  const stamps: Record<string, number> = { ...mine.stamps };
  for (const [key, time] of Object.entries(theirs.stamps)) stamps[key] = Math.max(stamps[key] ?? 0, time);

  const keyed = {} as Record<Keyed, Record<string, unknown>>;
  for (const field of KEYED_FIELDS) {
    const a = mine[field] as Readonly<Record<string, unknown>>;
    const b = theirs[field] as Readonly<Record<string, unknown>>;
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const stamp = `${field}.${key}`;
      const fromMine = wins(
        { time: stampOf(mine, stamp), present: Object.hasOwn(a, key), value: a[key] },
        { time: stampOf(theirs, stamp), present: Object.hasOwn(b, key), value: b[key] },
      );
      const source = fromMine ? a : b;
      if (Object.hasOwn(source, key)) out[key] = source[key];
    }
    keyed[field] = out;
  }
  const single = {} as Record<(typeof STAMPED_FIELDS)[number], unknown>;
  const side = (copy: SavedAssessment, field: (typeof STAMPED_FIELDS)[number]): Side => ({
    time: stampOf(copy, field),
    present: copy[field] !== null && copy[field] !== '',
    value: copy[field],
  });
  for (const field of STAMPED_FIELDS)
    single[field] = wins(side(mine, field), side(theirs, field)) ? mine[field] : theirs[field];

  const updated = [mine.updatedAt, theirs.updatedAt].filter((t): t is string => t !== null).sort();
  return {
    ...theirs,
    ...mine,
    ...(keyed as Pick<SavedAssessment, Keyed>),
    ...(single as Pick<SavedAssessment, (typeof STAMPED_FIELDS)[number]>),
    updatedAt: updated.at(-1) ?? null,
    stamps,
  };
}

/** A copy without its step and the step's change time (each tab has its own page). */
function withoutStep(copy: SavedAssessment): Record<string, unknown> {
  const stamps: Record<string, number> = { ...copy.stamps };
  delete stamps.step;
  const rest: Record<string, unknown> = { ...copy, stamps };
  delete rest.step;
  return rest;
}

/** Whether two copies hold the same assessment, the step aside (each tab has its own page). */
export function sameAnswers(a: SavedAssessment, b: SavedAssessment): boolean {
  return canonical(withoutStep(a)) === canonical(withoutStep(b));
}
