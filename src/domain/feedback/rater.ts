/**
 * What the rater's flow takes from a bank beyond the payload: the group they answer as and its rule, how
 * long the statements take, and their progress as saved in the browser (read tolerantly: whatever does not
 * fit the bank is dropped, a value that is not progress at all is refused as a whole).
 */
import type { Answers } from '../answers';
import type { BankIndex } from '../bank/model';
import type { Item, Raters, Section } from '../bank/schema';
import { pickText } from '../bank/texts';
import { own } from '../own';
import { MAX_COMMENT_CHARS, ratedItems, ratedSections } from './payload';

/** One rater group of a bank: its id, its name and how many responses it needs. */
export type RaterGroup = Raters['groups'][number];

/** Responses a group needs before it is shown on its own, when the bank does not say (the schema's default). */
export const DEFAULT_GROUP_MINIMUM = 3;

/** Seconds a rater needs per statement: short behaviour descriptions, one scale, no context questions. */
const SECONDS_PER_RATED_STATEMENT = 7;

/** The rater group `groupId` of the bank; `undefined` when the bank has no such group (or no 360). */
export function raterGroup(index: BankIndex, groupId: string): RaterGroup | undefined {
  return index.bank.raters?.groups.find((group) => group.id === groupId);
}

/** The name of rater group `groupId` in `language` (the bank's fallback otherwise); its id when unknown. */
export function raterGroupName(index: BankIndex, groupId: string, language: string): string {
  const group = raterGroup(index, groupId);
  return group ? pickText(group.name, language, index.bank.languages) : groupId;
}

/** Responses the group needs before it is shown on its own (≥ 1; 1 means each response is shown alone). */
export function groupMinimum(group: RaterGroup): number {
  return Math.max(1, group.minimum ?? DEFAULT_GROUP_MINIMUM);
}

/**
 * The time the rated statements take, in whole minutes: 7 seconds per statement, rounded up (at least 1).
 * Bank 2.0.0's 85 statements: 595 s → 10 minutes, as its rater intro says.
 */
export function raterMinutes(index: BankIndex): number {
  return Math.max(1, Math.ceil((ratedItems(index).length * SECONDS_PER_RATED_STATEMENT) / 60));
}

/** One page of the rater's statements: a rated section with its rated items, in questionnaire order. */
export interface RaterPage {
  readonly section: Section;
  readonly items: readonly Item[];
}

/** The rater's pages: each rated section on its own, in bank order (sections without rated items left out). */
export function raterPages(index: BankIndex): RaterPage[] {
  const items = ratedItems(index);
  return ratedSections(index)
    .map((section) => ({
      section,
      items: items.filter((item) => index.dimensions.get(item.dimension)?.section === section.id),
    }))
    .filter((page) => page.items.length > 0);
}

/** The version of the saved progress format this app writes. */
export const RATER_PROGRESS_VERSION = 1;

/** A rater's progress: their answers so far, their comments per rated section, and the page they are on. */
export interface RaterProgress {
  readonly answers: Answers;
  readonly comments: Readonly<Record<string, string>>;
  /** 0 = the intro, 1… = the rated sections in bank order. */
  readonly page: number;
}

/** What is saved: the progress with its format version. */
export function savedProgress(progress: RaterProgress): RaterProgress & { readonly formatVersion: number } {
  return { formatVersion: RATER_PROGRESS_VERSION, ...progress };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Reads saved progress for a bank: answers only to its rated statements with values on their scales (or
 * `null`, "could not observe"), comments only of rated sections (cut to the limit), the page clamped to the
 * flow. `null` when the value is not progress of this format at all (corrupt, or written by a newer app).
 * Never throws.
 */
export function readRaterProgress(value: unknown, index: BankIndex): RaterProgress | null {
  if (!isRecord(value) || value.formatVersion !== RATER_PROGRESS_VERSION) return null;
  const { answers, comments, page } = value;
  if (!isRecord(answers) || !isRecord(comments)) return null;
  const kept: Record<string, number | null> = {};
  for (const item of ratedItems(index)) {
    const answer = own(answers, item.id);
    const scale = index.itemScale.get(item.id);
    if (answer === null) kept[item.id] = null;
    else if (typeof answer === 'number' && scale?.points.some((point) => point.value === answer))
      kept[item.id] = answer;
  }
  const said: Record<string, string> = {};
  for (const section of ratedSections(index)) {
    const text = own(comments, section.id);
    if (typeof text === 'string' && text !== '') said[section.id] = text.slice(0, MAX_COMMENT_CHARS);
  }
  const pages = raterPages(index).length;
  const at = typeof page === 'number' && Number.isInteger(page) ? Math.min(Math.max(0, page), pages) : 0;
  return { answers: kept, comments: said, page: at };
}
