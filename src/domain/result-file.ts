/**
 * The result file: what a participant exports and a coach imports (also carried inside share links).
 * It holds answers, never scores: scores are always recomputed from the answers and the bank, so a result
 * can never disagree with itself. Reading one checks everything and explains every refusal; it never
 * throws, whatever the input.
 */
import { z } from 'zod';
import type { Answers, ContextAnswers, ReflectionAnswers } from './answers';
import { Id, LanguageCode } from './bank/schema';
import { capProblems, findReservedKeys, formatPath, jsonProblem, type Problem } from './problems';
import { problemsFromZod } from './zod-problems';

/** The `format` name every result file carries. */
export const RESULT_FORMAT = 'network-leadership-result';
/** The result-file format version this app writes and reads. */
export const RESULT_FORMAT_VERSION = 1;
/** Largest result file accepted, in characters of its text. */
export const MAX_RESULT_CHARS = 5_000_000;

const isoDate = z
  .string()
  .max(40)
  .refine((value) => !Number.isNaN(Date.parse(value)), { error: 'date-format' });

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
  name: z.string().max(200).optional(),
  answers: z.record(Id, z.number().nullable()),
  context: z.record(Id, Id),
  reflections: z.record(Id, z.union([z.string().max(100_000), z.number()])),
  coachNotes: z.string().max(100_000).optional(),
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
  readonly coachNotes?: string;
}

/** Builds a result file (no scores) from an assessment; `now` is the export time. */
export function buildResultFile(source: ResultSource, now: Date = new Date()): ResultFile {
  const name = source.name.trim();
  const notes = source.coachNotes?.trim() ?? '';
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
    ...(notes === '' ? {} : { coachNotes: notes }),
  };
}

/** When a result was made: its completion time, or its export time when it was not finished. */
export function resultDate(result: ResultFile): string {
  return result.completedAt ?? result.exportedAt;
}

/** A result file as pretty JSON text (what the export downloads). */
export function resultFileText(result: ResultFile): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/**
 * Reads a parsed value as a result file: refuses anything that is not one (saying why), a newer format
 * than this app knows, or one that breaks the format (with every problem and its path). Never throws.
 */
export function readResultValue(value: unknown): ResultReading {
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return { ok: false, reason: 'not-result' };
    const record = value as Record<string, unknown>;
    if (record.format !== RESULT_FORMAT) return { ok: false, reason: 'not-result' };
    if (typeof record.formatVersion === 'number' && record.formatVersion > RESULT_FORMAT_VERSION)
      return { ok: false, reason: 'newer-format', formatVersion: record.formatVersion };
    const reserved = findReservedKeys(value);
    if (reserved.length > 0)
      return {
        ok: false,
        reason: 'invalid',
        problems: reserved.map((path) => ({ path: formatPath(path), code: 'reserved-key' })),
      };
    const parsed = ResultFileSchema.safeParse(value);
    if (!parsed.success)
      return {
        ok: false,
        reason: 'invalid',
        problems: capProblems(problemsFromZod(parsed.error.issues, value)),
      };
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
export function readResultText(text: string): ResultReading {
  if (text.length > MAX_RESULT_CHARS) return { ok: false, reason: 'too-large', chars: text.length };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, reason: 'not-json', problem: jsonProblem(text, error) };
  }
  return readResultValue(value);
}
