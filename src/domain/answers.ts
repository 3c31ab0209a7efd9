/**
 * The participant's scored answers and their checks. `null` means "not applicable"; a missing key means
 * unanswered. Context and reflection answers live apart (they are never scored).
 */
import type { BankIndex } from './bank/model';
import { own } from './own';
import type { PathSegment, ProblemCollector } from './problems';

/** Scored answers: item id → the chosen scale value, or `null` for "not applicable". */
export type Answers = Readonly<Record<string, number | null>>;

/** Context answers: context question id → chosen option id. */
export type ContextAnswers = Readonly<Record<string, string>>;

/** Reflection answers: prompt id → the written text, or the slider position. */
export type ReflectionAnswers = Readonly<Record<string, string | number>>;

/** Roles in context: situation id → the dimension ids (roles) chosen, in the order chosen. */
export type RoleChoices = Readonly<Record<string, readonly string[]>>;

/** One person's assessment as the results page and the report show it (from the store or a result file). */
export interface AssessmentData {
  readonly answers: Answers;
  readonly context: ContextAnswers;
  readonly reflections: ReflectionAnswers;
  readonly choices: RoleChoices;
  /** The participant's name, possibly empty. */
  readonly name: string;
  readonly startedAt: string | null;
  readonly completedAt: string;
}

/** How an item's stored answer counts for scoring. */
export type AnswerState =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'not-applicable' }
  | { readonly kind: 'unanswered' }
  | { readonly kind: 'invalid' };

/**
 * Reads item `itemId`'s answer: a value only when it is one of the scale's point values; `null` only counts
 * as "not applicable" when the scale offers it. Anything else is `invalid` (and is scored as unanswered).
 */
export function answerState(index: BankIndex, answers: Answers, itemId: string): AnswerState {
  if (!Object.hasOwn(answers, itemId)) return { kind: 'unanswered' };
  const value = own(answers, itemId);
  const scale = index.itemScale.get(itemId);
  if (!scale) return { kind: 'invalid' };
  if (value === null) return scale.notApplicable ? { kind: 'not-applicable' } : { kind: 'invalid' };
  if (typeof value === 'number' && scale.points.some((point) => point.value === value))
    return { kind: 'value', value };
  return { kind: 'invalid' };
}

/**
 * Reports the problems of an answer set for a bank to `collector`: answers to items the bank does not have,
 * values that are not on the item's scale, and "not applicable" where the scale does not offer it. Paths
 * start with `prefix` (`answers` in a result file, nothing in a bare answers file).
 */
export function checkAnswers(
  index: BankIndex,
  answers: unknown,
  collector: ProblemCollector,
  prefix: readonly PathSegment[] = [],
): void {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    collector.report(prefix, 'answers-not-object');
    return;
  }
  for (const [itemId, value] of Object.entries(answers as Record<string, unknown>)) {
    const path = [...prefix, itemId];
    const scale = index.itemScale.get(itemId);
    if (!index.items.has(itemId) || !scale) {
      collector.report(path, 'not-an-item');
      continue;
    }
    if (value === null) {
      if (!scale.notApplicable) collector.report(path, 'not-applicable-not-offered', { scale: scale.id });
      continue;
    }
    if (typeof value !== 'number' || !scale.points.some((point) => point.value === value))
      collector.report(path, scale.notApplicable ? 'not-on-scale-or-na' : 'not-on-scale', {
        values: scale.points.map((p) => p.value).join(', '),
        answer: JSON.stringify(value),
      });
  }
}
