/**
 * What a rater sends back (inside the encrypted response): which bank they answered, their answers to the
 * rated statements and an optional comment per rated section. No name, no group (the group is in the
 * response's authenticated header), no time. Checked against the round's bank when a response is opened,
 * so a view only ever sees clean answer sets.
 */
import { z } from 'zod';
import type { Answers } from '../answers';
import type { BankIndex } from '../bank/model';
import { Id } from '../bank/schema';
import { plainText } from '../bank/texts';
import { findReservedKeys } from '../problems';

/** The payload format version this app writes and reads. */
export const RATER_PAYLOAD_VERSION = 1;
/** Longest comment per section, in characters. */
export const MAX_COMMENT_CHARS = 2_000;
/** Most answers a payload may hold (far above any bank's rated statements). */
const MAX_ANSWERS = 2_000;

/** A rater's payload as written and read. */
export const RaterPayloadSchema = z.strictObject({
  formatVersion: z.literal(RATER_PAYLOAD_VERSION),
  bank: z.strictObject({ id: Id, version: z.string().max(40) }),
  /** Rated item id → the chosen scale value, or `null`: "I could not observe this". */
  answers: z
    .record(Id, z.number().nullable())
    .refine((answers) => Object.keys(answers).length <= MAX_ANSWERS),
  /** Rated section id → the comment, as written (cleaned of control and direction characters). */
  comments: z.record(Id, z.string().max(MAX_COMMENT_CHARS).transform(plainText)),
});

export type RaterPayload = z.infer<typeof RaterPayloadSchema>;

/** A rater's answers as the aggregation takes them, with the group that sent them. */
export interface RaterAnswerSet {
  readonly groupId: string;
  readonly answers: Answers;
  /** Rated section id → comment (trimmed, never empty). */
  readonly comments: Readonly<Record<string, string>>;
}

/** The items raters answer: those of the sections marked `rated`, in questionnaire order. */
export function ratedItems(index: BankIndex) {
  return index.questionnaireItems.filter((item) => {
    const dimension = index.dimensions.get(item.dimension);
    return dimension !== undefined && index.sections.get(dimension.section)?.rated === true;
  });
}

/** The sections raters answer, in bank order. */
export function ratedSections(index: BankIndex) {
  return index.bank.sections.filter((section) => section.rated === true);
}

/** Whether a bank offers 360° feedback: it has rater groups and at least one rated statement. */
export function offersFeedback(index: BankIndex): boolean {
  return index.bank.raters !== undefined && ratedItems(index).length > 0;
}

/** Builds the payload a rater seals: only rated items, only non-empty trimmed comments of rated sections. */
export function buildRaterPayload(
  index: BankIndex,
  answers: Answers,
  comments: Readonly<Record<string, string>>,
): RaterPayload {
  const items = ratedItems(index);
  const sections = new Set(ratedSections(index).map((section) => section.id));
  const kept: Record<string, number | null> = {};
  for (const item of items) if (Object.hasOwn(answers, item.id)) kept[item.id] = answers[item.id] ?? null;
  const said: Record<string, string> = {};
  for (const [section, text] of Object.entries(comments)) {
    const clean = plainText(text).trim().slice(0, MAX_COMMENT_CHARS);
    if (sections.has(section) && clean !== '') said[section] = clean;
  }
  return {
    formatVersion: RATER_PAYLOAD_VERSION,
    bank: { id: index.bank.id, version: index.bank.version },
    answers: kept,
    comments: said,
  };
}

/**
 * Why an opened payload was refused: `not-feedback` (not a rater payload of this format), `newer-format`,
 * `other-bank` (answers to another bank or bank version than the round's), `invalid` (an answer to a
 * statement raters are not asked, a value not on its scale, or a comment on a section that is not rated).
 */
export type PayloadRefusal = 'not-feedback' | 'newer-format' | 'other-bank' | 'invalid';

export type PayloadReading =
  | { readonly ok: true; readonly payload: RaterPayload }
  | { readonly ok: false; readonly reason: PayloadRefusal };

/**
 * Reads a decrypted payload for the round's bank: every field checked, and every answer against the
 * bank's rated statements and their scales. Never throws.
 */
export function readRaterPayload(value: unknown, index: BankIndex): PayloadReading {
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return { ok: false, reason: 'not-feedback' };
    if (findReservedKeys(value).length > 0) return { ok: false, reason: 'not-feedback' };
    const version = (value as Record<string, unknown>).formatVersion;
    if (typeof version === 'number' && version > RATER_PAYLOAD_VERSION)
      return { ok: false, reason: 'newer-format' };
    const parsed = RaterPayloadSchema.safeParse(value);
    if (!parsed.success) return { ok: false, reason: 'not-feedback' };
    const payload = parsed.data;
    if (payload.bank.id !== index.bank.id || payload.bank.version !== index.bank.version)
      return { ok: false, reason: 'other-bank' };
    const rated = new Set(ratedItems(index).map((item) => item.id));
    for (const [itemId, answer] of Object.entries(payload.answers)) {
      if (!rated.has(itemId)) return { ok: false, reason: 'invalid' };
      const scale = index.itemScale.get(itemId);
      if (answer !== null && !scale?.points.some((point) => point.value === answer))
        return { ok: false, reason: 'invalid' };
    }
    const sections = new Set(ratedSections(index).map((section) => section.id));
    for (const section of Object.keys(payload.comments))
      if (!sections.has(section)) return { ok: false, reason: 'invalid' };
    return { ok: true, payload };
  } catch {
    return { ok: false, reason: 'not-feedback' };
  }
}

/** The answer set a checked payload gives the aggregation (empty comments dropped). */
export function answerSetOf(groupId: string, payload: RaterPayload): RaterAnswerSet {
  const comments: Record<string, string> = {};
  for (const [section, text] of Object.entries(payload.comments))
    if (text.trim() !== '') comments[section] = text.trim();
  return { groupId, answers: payload.answers, comments };
}
