/**
 * Moving an assessment in progress to a newer version of its bank: answers to items whose ids are unchanged
 * (and whose answers still fit the item's scale) are kept; the rest are new.
 */
import { answerState, type Answers } from './answers';
import type { BankIndex } from './bank/model';

export interface CarryOver {
  readonly answers: Answers;
  /** Answers kept (items present in both versions, answer still valid). */
  readonly kept: number;
  /** Items of the new version without a kept answer. */
  readonly fresh: number;
  /** Old answers that could not be kept (item gone, or answer no longer on its scale). */
  readonly dropped: number;
}

/** Keeps the answers of `answers` that are valid answers to items of the new bank; counts the rest. */
export function carryOverAnswers(answers: Answers, next: BankIndex): CarryOver {
  const kept: Record<string, number | null> = {};
  for (const [itemId, value] of Object.entries(answers)) {
    const state = answerState(next, { [itemId]: value }, itemId);
    if (state.kind === 'value' || state.kind === 'not-applicable') kept[itemId] = value;
  }
  const keptCount = Object.keys(kept).length;
  return {
    answers: kept,
    kept: keptCount,
    fresh: next.bank.items.length - keptCount,
    dropped: Object.keys(answers).length - keptCount,
  };
}
