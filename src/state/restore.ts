/**
 * Tolerant restore of the saved assessment: named migrations from older saved versions, then a field-by-
 * field check that keeps every valid answer and drops (and reports) only what cannot be used.
 */

/** The saved assessment, as persisted in localStorage. Scores are never saved: they are derived. */
export interface SavedAssessment {
  /** The bank this assessment is taken on. */
  readonly bank: { readonly id: string; readonly version: string } | null;
  readonly answers: Readonly<Record<string, number | null>>;
  readonly context: Readonly<Record<string, string>>;
  readonly reflections: Readonly<Record<string, string | number>>;
  /** Roles in context: situation id → the roles chosen. */
  readonly choices: Readonly<Record<string, readonly string[]>>;
  /** Optional name of the participant, for the report. */
  readonly name: string;
  /** The questionnaire step the participant is on (0-based). */
  readonly step: number;
  readonly startedAt: string | null;
  readonly updatedAt: string | null;
  readonly completedAt: string | null;
  /**
   * When this assessment began (ms since 1970): set by starting, starting over and switching banks. Two
   * copies of different epochs are different assessments (the later replaces the earlier); copies of one
   * epoch are merged per answer.
   */
  readonly epoch: number;
  /**
   * When each answer or field last changed (ms since 1970), by `answers.<id>`, `context.<id>`,
   * `reflections.<id>`, `choices.<id>`, `name`, `step` and `completedAt`; a change time without a value
   * is a removal. Two copies of one assessment (two tabs, or a copy that missed a crash) merge by these.
   */
  readonly stamps: Readonly<Record<string, number>>;
}

/** The version of {@link SavedAssessment} this app writes. */
export const SAVED_VERSION = 2;

export const EMPTY_ASSESSMENT: SavedAssessment = {
  bank: null,
  answers: {},
  context: {},
  reflections: {},
  choices: {},
  name: '',
  step: 0,
  startedAt: null,
  updatedAt: null,
  completedAt: null,
  epoch: 0,
  stamps: {},
};

/** The maps of a saved assessment that merge entry by entry. */
export const KEYED_FIELDS = ['answers', 'context', 'reflections', 'choices'] as const;
/** The single fields that merge by their own change time. */
export const STAMPED_FIELDS = ['name', 'step', 'completedAt'] as const;

const STAMP_KEY =
  /^(?:(?:answers|context|reflections|choices)\.[A-Za-z0-9][A-Za-z0-9._-]{0,63}|name|step|completedAt)$/;

function timeOf(value: unknown): number {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isFinite(time) ? time : 0;
}

/** A named, pure step from saved version `from` to `from + 1`. */
export interface Migration {
  readonly name: string;
  readonly from: number;
  readonly up: (state: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

/**
 * Every migration, in order of `from`. Each is pure (it never changes its input) and has its own test in
 * tests/unit/state/restore.test.ts, which fails for a migration without one.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    // Version 2 merges two copies per answer: every answer and field gets the change time of the last saved
    // change (the best that version 1 knew), and the assessment its epoch from its start.
    name: 'per-answer-change-times',
    from: 1,
    up: (state) => {
      const changed = timeOf(state.updatedAt);
      const stamps: Record<string, number> = {};
      for (const field of KEYED_FIELDS) {
        const entries = state[field];
        if (isPlainObject(entries))
          for (const key of Object.keys(entries)) stamps[`${field}.${key}`] = changed;
      }
      for (const field of STAMPED_FIELDS) if (state[field] !== undefined) stamps[field] = changed;
      return { ...state, epoch: timeOf(state.startedAt), stamps };
    },
  },
];

/** The outcome of restoring: usable state, plus what had to be dropped (empty when nothing was). */
export interface Restored {
  /**
   * The usable state. Fields this version does not know (written by a newer one) are kept as they were, so
   * they survive a round trip through this version.
   */
  readonly state: SavedAssessment & Readonly<Record<string, unknown>>;
  readonly dropped: readonly string[];
}

/** The fields of {@link SavedAssessment}: everything else in saved state is kept untouched. */
const KNOWN_FIELDS = new Set(Object.keys(EMPTY_ASSESSMENT));

const ID_LIKE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const MAX_TEXT = 20_000;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function cleanRecord<T>(
  value: unknown,
  field: string,
  accept: (entry: unknown) => entry is T,
  dropped: string[],
  keys: RegExp = ID_LIKE,
): Record<string, T> {
  const out: Record<string, T> = {};
  if (value === undefined) return out;
  if (!isPlainObject(value)) {
    dropped.push(field);
    return out;
  }
  for (const [key, entry] of Object.entries(value)) {
    if (keys.test(key) && accept(entry)) out[key] = entry;
    else dropped.push(`${field}.${key.slice(0, 40)}`);
  }
  return out;
}

const isStamp = (entry: unknown): entry is number =>
  typeof entry === 'number' && Number.isFinite(entry) && entry >= 0;
const isAnswer = (entry: unknown): entry is number | null =>
  entry === null || (typeof entry === 'number' && Number.isFinite(entry));
const isOption = (entry: unknown): entry is string => typeof entry === 'string' && ID_LIKE.test(entry);
const isChoice = (entry: unknown): entry is string[] =>
  Array.isArray(entry) && entry.length <= 10 && entry.every((role) => isOption(role));
const isReflection = (entry: unknown): entry is string | number =>
  (typeof entry === 'string' && entry.length <= MAX_TEXT) ||
  (typeof entry === 'number' && Number.isFinite(entry));

function cleanTime(value: unknown, field: string, dropped: string[]): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
  dropped.push(field);
  return null;
}

/**
 * Migrates saved state of version `version` up to {@link SAVED_VERSION} with the named migrations. Returns
 * `null` for a version this app cannot read (newer than it, or not a known version).
 */
export function migrate(
  state: unknown,
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SAVED_VERSION,
): Record<string, unknown> | null {
  if (!Number.isInteger(version) || version < 1 || version > target || !isPlainObject(state)) return null;
  let current: Record<string, unknown> = state;
  for (const migration of migrations) if (migration.from >= version) current = migration.up(current);
  return current;
}

/**
 * Turns migrated saved state into a {@link SavedAssessment}, keeping every valid field and answer and
 * listing what was dropped. Never throws.
 */
export function sanitize(state: unknown): Restored {
  const dropped: string[] = [];
  if (!isPlainObject(state)) return { state: { ...EMPTY_ASSESSMENT }, dropped: ['everything'] };
  let bank: SavedAssessment['bank'] = null;
  if (isPlainObject(state.bank) && isOption(state.bank.id) && typeof state.bank.version === 'string')
    bank = { id: state.bank.id, version: state.bank.version.slice(0, 40) };
  else if (state.bank !== null && state.bank !== undefined) dropped.push('bank');
  const step =
    typeof state.step === 'number' && Number.isInteger(state.step) && state.step >= 0 ? state.step : 0;
  if (state.step !== undefined && step !== state.step) dropped.push('step');
  const name = typeof state.name === 'string' ? state.name.slice(0, 200) : '';
  if (state.name !== undefined && typeof state.name !== 'string') dropped.push('name');
  const unknown = Object.fromEntries(Object.entries(state).filter(([key]) => !KNOWN_FIELDS.has(key)));
  const epoch =
    typeof state.epoch === 'number' && Number.isFinite(state.epoch) && state.epoch >= 0 ? state.epoch : 0;
  if (state.epoch !== undefined && epoch !== state.epoch) dropped.push('epoch');
  const stamps = cleanRecord(state.stamps, 'stamps', isStamp, dropped, STAMP_KEY);
  return {
    state: {
      ...unknown,
      bank,
      answers: cleanRecord(state.answers, 'answers', isAnswer, dropped),
      context: cleanRecord(state.context, 'context', isOption, dropped),
      reflections: cleanRecord(state.reflections, 'reflections', isReflection, dropped),
      choices: cleanRecord(state.choices, 'choices', isChoice, dropped),
      name,
      step,
      startedAt: cleanTime(state.startedAt, 'startedAt', dropped),
      updatedAt: cleanTime(state.updatedAt, 'updatedAt', dropped),
      completedAt: cleanTime(state.completedAt, 'completedAt', dropped),
      epoch,
      stamps,
    },
    dropped,
  };
}
