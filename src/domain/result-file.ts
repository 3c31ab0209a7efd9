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

const isoDate = z
  .string()
  .max(40)
  .refine((value) => ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)), { error: 'date-format' });

/** Text as it is kept: invisible control and direction-override characters removed. */
const cleanText = (max: number) => z.string().max(max).transform(plainText);

export const ResultFileSchema = z.strictObject({
  format: z.literal(RESULT_FORMAT),
  formatVersion: z.literal(RESULT_FORMAT_VERSION),
  bank: z.strictObject({
    id: Id,
    version: z.string().max(40),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'sha-format' }),
  }),
  language: LanguageCode,
  startedAt: isoDate.nullable().optional(),
  /** `null` for answers exported before the questionnaire was finished (e.g. when storage was full). */
  completedAt: isoDate.nullable(),
  exportedAt: isoDate,
  name: cleanText(200).optional(),
  answers: z.record(Id, z.number().nullable()),
  context: z.record(Id, Id),
  reflections: z.record(Id, z.union([cleanText(100_000), z.number()])),
  /** Roles in context: per situation, the roles chosen (in the order chosen). */
  choices: z.record(Id, z.array(Id).max(10)).optional(),
  coachNotes: cleanText(100_000).optional(),
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
  for (const key of ['startedAt', 'completedAt', 'exportedAt'] as const) {
    const value = result[key];
    if (typeof value === 'string' && Date.parse(value) > latest) collector.report([key], 'date-future');
  }
  const started = result.startedAt ?? null;
  const completed = result.completedAt;
  if (started !== null && completed !== null && Date.parse(started) > Date.parse(completed))
    collector.report(['startedAt'], 'started-after-completed');
  if (completed !== null && Date.parse(completed) > Date.parse(result.exportedAt) + CLOCK_SLACK_MS)
    collector.report(['completedAt'], 'started-after-completed');
}

/**
 * Reads a parsed value as a result file: refuses anything that is not one (saying why), a newer format
 * than this app knows, or one that breaks the format, including dates that are not ISO dates, a start after
 * the completion or dates in the future (every problem with its path, in file order). Never throws.
 */
export function readResultValue(value: unknown, now: Date = new Date()): ResultReading {
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return { ok: false, reason: 'not-result' };
    const record = value as Record<string, unknown>;
    if (record.format !== RESULT_FORMAT) return { ok: false, reason: 'not-result' };
    if (typeof record.formatVersion === 'number' && record.formatVersion > RESULT_FORMAT_VERSION)
      return { ok: false, reason: 'newer-format', formatVersion: record.formatVersion };
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
    checkDates(parsed.data, now, collector);
    if (collector.size > 0) return { ok: false, reason: 'invalid', problems: collector.finish(value) };
    return { ok: true, result: parsed.data };
  } catch (error) {
    return {
      ok: false,
      reason: 'invalid',
      problems: [{ path: '', code: 'unchecked', values: { detail: String(error).slice(0, 120) } }],
    };
  }
}

/** Reads the text of a result file (size limit, JSON, then {@link readResultValue}). Never throws. */
export function readResultText(text: string, now: Date = new Date()): ResultReading {
  if (text.length > MAX_RESULT_CHARS) return { ok: false, reason: 'too-large', chars: text.length };
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, reason: 'not-json', problem: parsed.problem };
  return readResultValue(parsed.value, now);
}

/** Reads a result file from its bytes: it must be UTF-8 text (see `decodeTextFile`). Never throws. */
export function readResultBytes(bytes: Uint8Array, now: Date = new Date()): ResultReading {
  if (bytes.length > MAX_RESULT_CHARS * 4) return { ok: false, reason: 'too-large', chars: bytes.length };
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return { ok: false, reason: 'not-json', problem: decoded.problem };
  return readResultText(decoded.text, now);
}
