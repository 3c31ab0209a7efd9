/**
 * The result file: what a participant exports and a coach imports (also carried inside share links).
 * It holds answers, never scores: scores are always recomputed from the answers and the bank, so a result
 * can never disagree with itself. Reading one checks everything and explains every refusal; it never
 * throws, whatever the input. Texts are cleaned of invisible control and direction characters here, where
 * the file enters, so no view has to remember to.
 */
import { z } from 'zod';
import type { Answers, AssessmentData, ContextAnswers, ReflectionAnswers, RoleChoices } from './answers';
import { Id, LanguageCode } from './bank/schema';
import { plainText } from './bank/texts';
import { parseJson } from './json-syntax';
import { findOversized, findReservedKeys, MAX_PROBLEMS, ProblemCollector, type Problem } from './problems';
import { decodeTextFile } from './text-file';
import { problemsFromZod } from './zod-problems';

/** The `format` name every result file carries. */
export const RESULT_FORMAT = 'network-leadership-result';
/** The result-file format version this app writes and reads. */
export const RESULT_FORMAT_VERSION = 1;
/** Largest result file accepted, in characters of its text. */
export const MAX_RESULT_CHARS = 5_000_000;
/** Most entries of any list or object of a result file. */
const MAX_CONTAINER = 20_000;

/** An ISO 8601 date and time with a time zone, as the app writes them (`2026-11-27T10:00:00.000Z`). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
/** A bank fingerprint: SHA-256 in lowercase hex. */
const SHA256 = /^[0-9a-f]{64}$/;

// The limits of the schema, shared with the fast path of `readResultText` (see `wellFormedResult`).
const MAX_DATE_CHARS = 40;
const MAX_VERSION_CHARS = 40;
const MAX_NAME_CHARS = 200;
const MAX_TEXT_CHARS = 100_000;
const MAX_CHOSEN_ROLES = 10;

/** Whether a text of at most {@link MAX_DATE_CHARS} is an ISO date and time that `Date.parse` reads. */
const isIsoDate = (value: string) => ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));

const isoDate = z.string().max(MAX_DATE_CHARS).refine(isIsoDate, { error: 'date-format' });

/** Text as it is kept: invisible control and direction-override characters removed. */
const cleanText = (max: number) => z.string().max(max).transform(plainText);

export const ResultFileSchema = z.strictObject({
  format: z.literal(RESULT_FORMAT),
  formatVersion: z.literal(RESULT_FORMAT_VERSION),
  bank: z.strictObject({
    id: Id,
    version: z.string().max(MAX_VERSION_CHARS),
    sha256: z.string().regex(SHA256, { error: 'sha-format' }),
  }),
  language: LanguageCode,
  startedAt: isoDate.nullable().optional(),
  /** `null` for answers exported before the questionnaire was finished (e.g. when storage was full). */
  completedAt: isoDate.nullable(),
  exportedAt: isoDate,
  name: cleanText(MAX_NAME_CHARS).optional(),
  answers: z.record(Id, z.number().nullable()),
  context: z.record(Id, Id),
  reflections: z.record(Id, z.union([cleanText(MAX_TEXT_CHARS), z.number()])),
  /** Roles in context: per situation, the roles chosen (in the order chosen). */
  choices: z.record(Id, z.array(Id).max(MAX_CHOSEN_ROLES)).optional(),
  coachNotes: cleanText(MAX_TEXT_CHARS).optional(),
  /**
   * 360° feedback: the round and the raters' responses that count in its figures, still encrypted (only
   * the round's key opens them), in id order: never names, never the order they came in.
   */
  feedback: z
    .strictObject({
      roundId: z.string().regex(/^[A-Za-z0-9_-]{22}$/, { error: 'round-format' }),
      responses: z
        .array(
          z
            .string()
            .max(100_000)
            .regex(/^v[0-9]+\./, { error: 'token-format' }),
        )
        .max(500),
    })
    .optional(),
});

/** A result file, as written and read. */
export type ResultFile = z.infer<typeof ResultFileSchema>;

/** Why a text was refused as a result file. */
export type ResultRefusal =
  | { readonly reason: 'too-large'; readonly chars: number }
  | { readonly reason: 'not-json'; readonly problem: Problem }
  | { readonly reason: 'not-result' }
  | { readonly reason: 'newer-format'; readonly formatVersion: number }
  | { readonly reason: 'invalid'; readonly problems: readonly Problem[] };

export type ResultReading =
  { readonly ok: true; readonly result: ResultFile } | ({ readonly ok: false } & ResultRefusal);

/** What the participant's saved assessment contributes to a result file. */
export interface ResultSource {
  readonly bank: { readonly id: string; readonly version: string };
  readonly bankSha256: string;
  readonly language: string;
  readonly startedAt: string | null;
  readonly completedAt: string | null;
  readonly name: string;
  readonly answers: Answers;
  readonly context: ContextAnswers;
  readonly reflections: ReflectionAnswers;
  readonly choices?: RoleChoices;
  readonly coachNotes?: string;
  /** A feedback round's counted responses (encrypted tokens), carried for the coach. */
  readonly feedback?: { readonly roundId: string; readonly responses: readonly string[] };
}

/** Builds a result file (no scores) from an assessment; `now` is the export time. */
export function buildResultFile(source: ResultSource, now: Date = new Date()): ResultFile {
  const name = source.name.trim();
  const notes = source.coachNotes?.trim() ?? '';
  const choices = source.choices ?? {};
  return {
    format: RESULT_FORMAT,
    formatVersion: RESULT_FORMAT_VERSION,
    bank: { id: source.bank.id, version: source.bank.version, sha256: source.bankSha256 },
    language: source.language,
    startedAt: source.startedAt,
    completedAt: source.completedAt,
    exportedAt: now.toISOString(),
    ...(name === '' ? {} : { name }),
    answers: { ...source.answers },
    context: { ...source.context },
    reflections: { ...source.reflections },
    ...(Object.keys(choices).length === 0
      ? {}
      : { choices: Object.fromEntries(Object.entries(choices).map(([id, roles]) => [id, [...roles]])) }),
    ...(notes === '' ? {} : { coachNotes: notes }),
    ...(source.feedback === undefined || source.feedback.responses.length === 0
      ? {}
      : { feedback: { roundId: source.feedback.roundId, responses: [...source.feedback.responses].sort() } }),
  };
}

/** When a result was made: its completion time, or its export time when it was not finished. */
export function resultDate(result: ResultFile): string {
  return result.completedAt ?? result.exportedAt;
}

/** A result file's contents as the results view takes them. */
export function assessmentOf(result: ResultFile): AssessmentData {
  return {
    answers: result.answers,
    context: result.context,
    reflections: result.reflections,
    choices: result.choices ?? {},
    name: result.name ?? '',
    startedAt: result.startedAt ?? null,
    completedAt: resultDate(result),
  };
}

/** A result file as pretty JSON text (what the export downloads). */
export function resultFileText(result: ResultFile): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** How far ahead of this device's clock a result's dates may be (clocks differ a little). */
const CLOCK_SLACK_MS = 36 * 3600 * 1000;

function checkDates(result: ResultFile, now: Date, collector: ProblemCollector): void {
  const latest = now.getTime() + CLOCK_SLACK_MS;
  // Each date read once (`null` when there is none).
  const time = (value: string | null | undefined) => (typeof value === 'string' ? Date.parse(value) : null);
  const started = time(result.startedAt);
  const completed = time(result.completedAt);
  const exported = time(result.exportedAt);
  if (started !== null && started > latest) collector.report(['startedAt'], 'date-future');
  if (completed !== null && completed > latest) collector.report(['completedAt'], 'date-future');
  if (exported !== null && exported > latest) collector.report(['exportedAt'], 'date-future');
  if (started !== null && completed !== null && started > completed)
    collector.report(['startedAt'], 'started-after-completed');
  if (completed !== null && exported !== null && completed > exported + CLOCK_SLACK_MS)
    collector.report(['completedAt'], 'started-after-completed');
}

/**
 * Reads a parsed value as a result file: refuses anything that is not one (saying why), a newer format
 * than this app knows, or one that breaks the format, including dates that are not ISO dates, a start after
 * the completion or dates in the future (every problem with its path, in file order). Never throws.
 */
export function readResultValue(value: unknown, now: Date = new Date()): ResultReading {
  return readValue(value, now, false);
}

/** {@link readResultValue}; for a value that `JSON.parse` made (`fromJson`), first its fast path. */
function readValue(value: unknown, now: Date, fromJson: boolean): ResultReading {
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return { ok: false, reason: 'not-result' };
    const record = value as Record<string, unknown>;
    if (record.format !== RESULT_FORMAT) return { ok: false, reason: 'not-result' };
    if (typeof record.formatVersion === 'number' && record.formatVersion > RESULT_FORMAT_VERSION)
      return { ok: false, reason: 'newer-format', formatVersion: record.formatVersion };
    const quick = fromJson ? wellFormedResult(value) : null;
    if (quick !== null) return withCheckedDates(quick, value, now);
    const collector = new ProblemCollector(MAX_PROBLEMS);
    const reserved = findReservedKeys(value);
    for (const path of reserved) collector.report(path, 'reserved-key');
    if (reserved.length === 0)
      for (const { path } of findOversized(value, MAX_CONTAINER, MAX_CONTAINER))
        collector.report(path, 'too-many-entries', { count: MAX_CONTAINER });
    if (collector.size > 0) return { ok: false, reason: 'invalid', problems: collector.finish(value) };
    const parsed = ResultFileSchema.safeParse(value);
    if (!parsed.success) {
      for (const problem of problemsFromZod(parsed.error.issues, value))
        collector.report(problem.path, problem.code, problem.values);
      return { ok: false, reason: 'invalid', problems: collector.finish(value) };
    }
    return withCheckedDates(parsed.data, value, now);
  } catch (error) {
    return {
      ok: false,
      reason: 'invalid',
      problems: [{ path: '', code: 'unchecked', values: { detail: String(error).slice(0, 120) } }],
    };
  }
}

/** A result that fits the schema, read once its dates are checked (`value`: the input, for the paths). */
function withCheckedDates(result: ResultFile, value: unknown, now: Date): ResultReading {
  const collector = new ProblemCollector(MAX_PROBLEMS);
  checkDates(result, now, collector);
  if (collector.size > 0) return { ok: false, reason: 'invalid', problems: collector.finish(value) };
  return { ok: true, result };
}

// ------------------------------------------------------------------------------------------ the fast path

/**
 * A check by the schema, remembered for the strings it accepts: the fast path asks zod once per distinct id
 * or language code (a cohort's results repeat the same few hundred). At most `limit` are remembered; past
 * that, strings are still checked, one call each.
 */
function acceptedBy(schema: z.ZodType, limit = 10_000): (value: unknown) => boolean {
  const accepted = new Set<string>();
  return (value) => {
    if (typeof value !== 'string') return false;
    if (accepted.has(value)) return true;
    if (!schema.safeParse(value).success) return false;
    if (accepted.size < limit) accepted.add(value);
    return true;
  };
}

const isId = acceptedBy(Id);
const isLanguage = acceptedBy(LanguageCode);

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_DATE_CHARS && isIsoDate(value);
const isText = (max: number) => (value: unknown) => typeof value === 'string' && value.length <= max;
const isNameText = isText(MAX_NAME_CHARS);
const isLongText = isText(MAX_TEXT_CHARS);
const isAnswer = (value: unknown) => value === null || isFiniteNumber(value);
const isReflection = (value: unknown) => isLongText(value) || isFiniteNumber(value);
const isRoles = (value: unknown) =>
  Array.isArray(value) && value.length <= MAX_CHOSEN_ROLES && value.every(isId);

const RESULT_KEYS: ReadonlySet<string> = new Set(Object.keys(ResultFileSchema.shape));
const BANK_KEYS: ReadonlySet<string> = new Set(Object.keys(ResultFileSchema.shape.bank.shape));

/** Whether `value` is an object of at most {@link MAX_CONTAINER} entries, each keyed by an id and `valid`. */
function isIdRecord(value: unknown, valid: (entry: unknown) => boolean): value is JsonObject {
  if (!isObject(value)) return false;
  let entries = 0;
  for (const key in value) {
    entries += 1;
    if (entries > MAX_CONTAINER || !isId(key) || !valid(value[key])) return false;
  }
  return true;
}

/** The record with its texts cleaned (see `plainText`): itself when none changes, else a copy. */
function withCleanTexts(record: JsonObject): JsonObject {
  let copy: JsonObject | null = null;
  for (const key in record) {
    const value = record[key];
    if (typeof value !== 'string') continue;
    const clean = plainText(value);
    if (clean !== value) (copy ??= { ...record })[key] = clean;
  }
  return copy ?? record;
}

/**
 * The fast path of reading a result file, for a value `JSON.parse` made (plain objects and arrays, own
 * enumerable keys, finite numbers): the result exactly as `ResultFileSchema` would give it (the same keys in
 * the same order, texts cleaned), when the value is certainly a well-formed result file; `null` whenever it
 * is not, or might not be, so that the schema reads it and words its problems. It accepts nothing that
 * {@link readResultValue}'s checks before and in the schema refuse: no reserved key (an unknown key
 * anywhere, and `__proto__` is never an id), no container over {@link MAX_CONTAINER} entries, every limit
 * and pattern of the schema (ids and language codes asked of the schema itself). The records are kept as
 * they came (the schema would copy them unchanged), so a cohort's results cost no copy; the dates against
 * the clock are checked after, as for the schema's result. Exported for the test of its agreement with the
 * schema.
 */
export function wellFormedResult(value: unknown): ResultFile | null {
  if (!isObject(value)) return null;
  for (const key in value) if (!RESULT_KEYS.has(key)) return null;
  const { bank, language, startedAt, completedAt, exportedAt, name, answers, context, reflections } = value;
  const { choices, coachNotes } = value;
  // A result that carries 360° feedback is rare: the schema reads it, feedback part and all.
  if (value.feedback !== undefined) return null;
  if (value.format !== RESULT_FORMAT || value.formatVersion !== RESULT_FORMAT_VERSION) return null;
  if (!isObject(bank)) return null;
  for (const key in bank) if (!BANK_KEYS.has(key)) return null;
  const { id, version, sha256 } = bank;
  if (!isId(id) || typeof version !== 'string' || version.length > MAX_VERSION_CHARS) return null;
  if (typeof sha256 !== 'string' || !SHA256.test(sha256) || !isLanguage(language)) return null;
  if (!(startedAt === undefined || startedAt === null || isDate(startedAt))) return null;
  if (!(completedAt === null || isDate(completedAt)) || !isDate(exportedAt)) return null;
  if (!(name === undefined || isNameText(name)) || !(coachNotes === undefined || isLongText(coachNotes)))
    return null;
  if (!isIdRecord(answers, isAnswer) || !isIdRecord(context, isId)) return null;
  if (!isIdRecord(reflections, isReflection)) return null;
  if (!(choices === undefined || isIdRecord(choices, isRoles))) return null;
  // The schema's keys in the schema's order, the optional ones only when given.
  const result: JsonObject = { format: RESULT_FORMAT, formatVersion: RESULT_FORMAT_VERSION };
  result.bank = { id, version, sha256 };
  result.language = language;
  if (startedAt !== undefined) result.startedAt = startedAt;
  result.completedAt = completedAt;
  result.exportedAt = exportedAt;
  if (typeof name === 'string') result.name = plainText(name);
  result.answers = answers;
  result.context = context;
  result.reflections = withCleanTexts(reflections);
  if (choices !== undefined) result.choices = choices;
  if (typeof coachNotes === 'string') result.coachNotes = plainText(coachNotes);
  return result as ResultFile;
}

/** Reads the text of a result file (size limit, JSON, then {@link readResultValue}). Never throws. */
export function readResultText(text: string, now: Date = new Date()): ResultReading {
  if (text.length > MAX_RESULT_CHARS) return { ok: false, reason: 'too-large', chars: text.length };
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, reason: 'not-json', problem: parsed.problem };
  return readValue(parsed.value, now, true);
}

/** Reads a result file from its bytes: it must be UTF-8 text (see `decodeTextFile`). Never throws. */
export function readResultBytes(bytes: Uint8Array, now: Date = new Date()): ResultReading {
  if (bytes.length > MAX_RESULT_CHARS * 4) return { ok: false, reason: 'too-large', chars: bytes.length };
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return { ok: false, reason: 'not-json', problem: decoded.problem };
  return readResultText(decoded.text, now);
}
