/**
 * What the report says beyond the scores: cross-layer flags, the roles the chosen network phase calls for,
 * and soft answer-quality notes.
 */
import { answerState, type Answers, type ContextAnswers } from '../answers';
import { scaleRange, type BankIndex } from '../bank/model';
import { own } from '../problems';
import type { DimensionScore } from './dimensions';

/** A cross-layer flag that fired: `high` is at least the rule's gap above `low`. */
export interface FlagHit {
  readonly id: string;
  readonly kind: 'mindset-skill' | 'role-balance';
  readonly high: string;
  readonly low: string;
  /** `mean(high) − mean(low)`, in scale points. */
  readonly gap: number;
}

/** A soft note on how the answers were given; never used to hide results. */
export type QualityNote =
  | {
      readonly kind: 'straight-lining';
      readonly section: string;
      /** The one value given to every answered item of the section. */
      readonly value: number;
      readonly count: number;
    }
  | { readonly kind: 'twin-agreement'; readonly item: string; readonly reverse: string };

/** The phase the participant chose, and the dimensions (roles) the bank says that phase calls for. */
export interface PhaseHints {
  readonly phase: string | null;
  readonly dimensions: readonly string[];
}

const EPSILON = 1e-9;

/** Flags from the bank's pairs whose `high` mean is at least `minGap` above the `low` mean (both scored). */
export function crossLayerFlags(index: BankIndex, scores: ReadonlyMap<string, DimensionScore>): FlagHit[] {
  const hits: FlagHit[] = [];
  for (const rule of index.bank.scoring.flags) {
    const high = scores.get(rule.high)?.mean ?? null;
    const low = scores.get(rule.low)?.mean ?? null;
    if (high === null || low === null) continue;
    const gap = high - low;
    if (rule.minGap !== undefined && gap >= rule.minGap - EPSILON)
      hits.push({ id: rule.id, kind: rule.kind, high: rule.high, low: rule.low, gap });
  }
  return hits;
}

/** The dimensions whose `phases` include the option chosen for the bank's phase question, in bank order. */
export function phaseHints(index: BankIndex, context: ContextAnswers): PhaseHints {
  const question = index.bank.scoring.phaseQuestion;
  const chosen = question === undefined ? undefined : own(context, question);
  if (chosen === undefined) return { phase: null, dimensions: [] };
  const dimensions = index.bank.dimensions
    .filter((d) => d.phases?.includes(chosen) === true)
    .map((d) => d.id);
  return { phase: chosen, dimensions };
}

/**
 * Answer-quality notes. Straight-lining: every answered item of a section got the same raw answer, with at
 * least `straightLiningMinItems` (default 5) answers. Twin agreement: an item and its reverse-worded twin
 * were both answered above the midpoint of the scale (agreeing, or "often", with both poles).
 */
export function qualityNotes(index: BankIndex, answers: Answers): QualityNote[] {
  const notes: QualityNote[] = [];
  const minItems = index.bank.scoring.straightLiningMinItems ?? 5;
  for (const section of index.bank.sections) {
    const values: number[] = [];
    for (const item of index.sectionItems.get(section.id) ?? []) {
      const state = answerState(index, answers, item.id);
      if (state.kind === 'value') values.push(state.value);
    }
    const first = values[0];
    if (first !== undefined && values.length >= minItems && values.every((value) => value === first))
      notes.push({ kind: 'straight-lining', section: section.id, value: first, count: values.length });
  }
  for (const twin of index.bank.scoring.twins ?? []) {
    const a = answerState(index, answers, twin.item);
    const b = answerState(index, answers, twin.reverse);
    const scale = index.itemScale.get(twin.item);
    if (a.kind !== 'value' || b.kind !== 'value' || !scale) continue;
    const { min, max } = scaleRange(scale);
    const midpoint = (min + max) / 2;
    if (a.value > midpoint && b.value > midpoint)
      notes.push({ kind: 'twin-agreement', item: twin.item, reverse: twin.reverse });
  }
  return notes;
}
