/**
 * How a bank is presented as a questionnaire: pages of a handful of items per section, progress, the
 * items still open, and the time it takes.
 */
import { answerState, type Answers } from './answers';
import type { BankIndex } from './bank/model';
import type { Item } from './bank/schema';
import { itemsNeeded } from './scoring/dimensions';

/** One page of the questionnaire: consecutive items of one section. */
export interface QuestionPage {
  readonly section: string;
  /** 1-based position of this page within its section, and the section's page count. */
  readonly part: number;
  readonly parts: number;
  readonly items: readonly Item[];
}

/** Most items on one page: long enough to keep pace, short enough to stay in view. */
export const MAX_ITEMS_PER_PAGE = 7;

/**
 * Splits each section's items (in bank order) into pages of at most `maxPerPage` items, as evenly as
 * possible (24 items → 4 pages of 6; 20 → 7, 7, 6). Sections keep the bank's order; empty sections get no page.
 */
export function paginate(index: BankIndex, maxPerPage: number = MAX_ITEMS_PER_PAGE): QuestionPage[] {
  const pages: QuestionPage[] = [];
  const size = Math.max(1, Math.floor(maxPerPage));
  for (const section of index.bank.sections) {
    const items = index.sectionItems.get(section.id) ?? [];
    if (items.length === 0) continue;
    const parts = Math.ceil(items.length / size);
    const base = Math.floor(items.length / parts);
    const extra = items.length % parts;
    let start = 0;
    for (let part = 0; part < parts; part += 1) {
      const count = base + (part < extra ? 1 : 0);
      pages.push({ section: section.id, part: part + 1, parts, items: items.slice(start, start + count) });
      start += count;
    }
  }
  return pages;
}

/** Whether the item has a usable answer: a value on its scale or "not applicable" where allowed. */
export function isAnswered(index: BankIndex, answers: Answers, itemId: string): boolean {
  const kind = answerState(index, answers, itemId).kind;
  return kind === 'value' || kind === 'not-applicable';
}

/** The scored items without a usable answer, in questionnaire order (see `BankIndex.questionnaireItems`). */
export function unansweredItems(index: BankIndex, answers: Answers): Item[] {
  return index.questionnaireItems.filter((item) => !isAnswered(index, answers, item.id));
}

/**
 * The dimensions of a section that every answer has been given for and that still get no score, because
 * too many were "not applicable": what the questionnaire warns about before the participant leaves the
 * section. In bank order.
 */
export function unscorableDimensions(index: BankIndex, answers: Answers, section: string): string[] {
  const share = index.bank.scoring.minAnsweredShare;
  return (index.sectionDimensions.get(section) ?? []).flatMap((dimension) => {
    const items = index.itemsBeneath.get(dimension.id) ?? [];
    if (items.length === 0 || !items.every((item) => isAnswered(index, answers, item.id))) return [];
    const values = items.filter((item) => answerState(index, answers, item.id).kind === 'value').length;
    return values >= itemsNeeded(items.length, share) ? [] : [dimension.id];
  });
}

/** How many scored items have a usable answer, of how many. */
export function progress(
  index: BankIndex,
  answers: Answers,
): { readonly answered: number; readonly total: number } {
  const total = index.bank.items.length;
  return { answered: total - unansweredItems(index, answers).length, total };
}

/** Seconds a participant needs per statement and per context question, and per situation, on average. */
const SECONDS_PER_ITEM = 10;
const SECONDS_PER_SITUATION = 25;

/**
 * The time the questionnaire takes, in minutes, from its number of statements and context questions (about
 * ten seconds each) and situations (about 25 seconds each: a few sentences to read and roles to choose),
 * rounded to the nearest 5 minutes (at least 5). The unscored reflections come on top.
 */
export function estimateMinutes(index: BankIndex): number {
  const seconds =
    (index.bank.items.length + index.bank.context.length) * SECONDS_PER_ITEM +
    (index.bank.situations?.prompts.length ?? 0) * SECONDS_PER_SITUATION;
  return Math.max(5, Math.round(seconds / 60 / 5) * 5);
}
