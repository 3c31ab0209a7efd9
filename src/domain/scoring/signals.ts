/**
 * What the report says beyond the scores: cross-layer flags, the roles the chosen network phase calls for,
 * and soft answer-quality notes.
 */
import { answerState, type Answers, type ContextAnswers } from '../answers';
import { scaleRange, type BankIndex } from '../bank/model';
import { own } from '../problems';
import type { DimensionScore } from './dimensions';
import { zForFamily } from './measurement';
import type { SectionStandings } from './relative';

/** A cross-layer flag that fired: `high` stands clearly above `low` on the rule's footing. */
export interface FlagHit {
  readonly id: string;
  readonly kind: 'mindset-skill' | 'role-balance';
  readonly footing: 'raw' | 'within-section' | 'same-scale';
  readonly high: string;
  readonly low: string;
  /**
   * The gap the rule compared, in scale points: `mean(high) − mean(low)` for footings `raw` and
   * `same-scale`; for `within-section`, the high dimension's distance above its section mean plus the low
   * one's distance below its own.
   */
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
  | {
      readonly kind: 'twin-agreement';
      readonly item: string;
      readonly reverse: string;
      /** The kind of scale both were answered on (words the note: "often" or "agreed"). */
      readonly scale: 'frequency' | 'agreement' | 'other';
    };

/** The phase the participant chose, and the dimensions (roles) the bank says that phase calls for. */
export interface PhaseHints {
  readonly phase: string | null;
  readonly dimensions: readonly string[];
}

const EPSILON = 1e-9;

/**
 * Flags from the bank's pairs whose `high` stands clearly above `low` (both scored), on the rule's footing:
 * `raw` compares the means (at least `minGap` apart); `within-section` asks that each stands beyond its
 * critical difference in its own section, high above its section mean and low below its own (so scales of
 * different kinds are never subtracted); `same-scale` asks that high minus low exceeds the critical
 * difference of that pair, z·√(SEₕ² + SEₗ²).
 */
export function crossLayerFlags(
  index: BankIndex,
  scores: ReadonlyMap<string, DimensionScore>,
  standings: ReadonlyMap<string, SectionStandings>,
): FlagHit[] {
  const hits: FlagHit[] = [];
  const familyAlpha = index.bank.scoring.measurement?.familyAlpha ?? null;
  const standingOf = (id: string) => {
    const section = scores.get(id)?.section ?? '';
    return standings.get(section)?.standings.find((standing) => standing.id === id);
  };
  for (const rule of index.bank.scoring.flags) {
    const high = scores.get(rule.high);
    const low = scores.get(rule.low);
    if (high?.mean == null || low?.mean == null) continue;
    const footing = rule.footing ?? 'raw';
    const hit = (gap: number) =>
      hits.push({ id: rule.id, kind: rule.kind, footing, high: rule.high, low: rule.low, gap });
    if (footing === 'raw') {
      const gap = high.mean - low.mean;
      if (rule.minGap !== undefined && gap >= rule.minGap - EPSILON) hit(gap);
    } else if (footing === 'same-scale') {
      if (familyAlpha === null || high.se === null || low.se === null) continue;
      const gap = high.mean - low.mean;
      if (gap >= zForFamily(familyAlpha, 1) * Math.hypot(high.se, low.se) - EPSILON) hit(gap);
    } else {
      const up = standingOf(rule.high);
      const down = standingOf(rule.low);
      if (up?.critical == null || down?.critical == null) continue;
      if (up.deviation >= up.critical - EPSILON && -down.deviation >= down.critical - EPSILON)
        hit(up.deviation - down.deviation);
    }
  }
  return hits;
}

/**
 * The dimensions whose `phases` include the option chosen for the bank's phase question, in bank order;
 * only dimensions with a score are named (a hint about a role without a score would say nothing).
 */
export function phaseHints(
  index: BankIndex,
  context: ContextAnswers,
  scores: ReadonlyMap<string, DimensionScore>,
): PhaseHints {
  const question = index.bank.scoring.phaseQuestion;
  const chosen = question === undefined ? undefined : own(context, question);
  if (chosen === undefined) return { phase: null, dimensions: [] };
  const dimensions = index.bank.dimensions
    .filter((d) => d.phases?.includes(chosen) === true && scores.get(d.id)?.mean != null)
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
      notes.push({
        kind: 'twin-agreement',
        item: twin.item,
        reverse: twin.reverse,
        scale: scale.kind ?? 'other',
      });
  }
  return notes;
}
