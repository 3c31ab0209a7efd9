/**
 * Moving an assessment in progress to another version of its bank: answers to items whose ids are unchanged
 * (and whose answers still fit the item's scale) are kept; the rest are new. What changed between the two
 * versions is counted against their items, not against what was answered.
 */
import { answerState, type Answers } from './answers';
import type { BankIndex } from './bank/model';
import type { Item } from './bank/schema';

export interface CarryOver {
  readonly answers: Answers;
  /** Answers kept (items present in both versions, answer still valid). */
  readonly kept: number;
  /** Old answers that could not be kept (item gone, or answer no longer on its scale). */
  readonly dropped: number;
  /** Items of the new version that are new or changed (another text, dimension, keying or scale). */
  readonly changed: number;
  /** Items of the new version that are the same as in the old one. */
  readonly unchanged: number;
}

/** The identity of an item for comparing versions: dimension, keying, scale and every text. */
function signature(index: BankIndex, item: Item): string {
  const scale = index.itemScale.get(item.id);
  return JSON.stringify([
    item.dimension,
    item.reverse === true,
    scale?.points.map((point) => point.value) ?? [],
    scale?.notApplicable !== undefined,
    Object.entries(item.text).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ]);
}

/**
 * Keeps the answers of `answers` that are valid answers to items of the new bank, and counts the items of
 * the new version that are new or changed compared with the old one.
 */
export function carryOverAnswers(answers: Answers, previous: BankIndex, next: BankIndex): CarryOver {
  const kept: Record<string, number | null> = {};
  for (const [itemId, value] of Object.entries(answers)) {
    const state = answerState(next, { [itemId]: value }, itemId);
    if (state.kind === 'value' || state.kind === 'not-applicable') kept[itemId] = value;
  }
  let changed = 0;
  for (const item of next.bank.items) {
    const old = previous.items.get(item.id);
    if (!old || signature(previous, old) !== signature(next, item)) changed += 1;
  }
  const keptCount = Object.keys(kept).length;
  return {
    answers: kept,
    kept: keptCount,
    dropped: Object.keys(answers).length - keptCount,
    changed,
    unchanged: next.bank.items.length - changed,
  };
}
