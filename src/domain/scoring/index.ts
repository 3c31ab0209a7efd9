/**
 * The scoring engine: pure functions from (bank, answers, context) to everything the results page and the
 * report show. Scores are never stored; they are always recomputed from the answers and the bank.
 */
import type { Answers, ContextAnswers } from '../answers';
import { indexBank, type BankIndex } from '../bank/model';
import type { Bank } from '../bank/schema';
import { scoreDimension, type DimensionScore } from './dimensions';
import { relativeProfile, type SectionProfile } from './relative';
import {
  crossLayerFlags,
  phaseHints,
  qualityNotes,
  type FlagHit,
  type PhaseHints,
  type QualityNote,
} from './signals';

export { bandFor, round, scoreDimension, type DimensionScore } from './dimensions';
export { relativeProfile, type SectionProfile } from './relative';
export { compareScores, type ComparisonRow } from './compare';
export {
  crossLayerFlags,
  phaseHints,
  qualityNotes,
  type FlagHit,
  type PhaseHints,
  type QualityNote,
} from './signals';

/** Everything computed from one set of answers. */
export interface Scores {
  /** Every dimension, in bank order. */
  readonly dimensions: readonly DimensionScore[];
  /** The relative profile of every section that has a relative rule, in the order of the rules. */
  readonly sections: readonly SectionProfile[];
  readonly flags: readonly FlagHit[];
  readonly hints: PhaseHints;
  readonly quality: readonly QualityNote[];
}

/**
 * Scores an answer set. Accepts a bank or a prebuilt {@link BankIndex} (cheaper when scoring many answer
 * sets against one bank). Answers not on an item's scale are treated as unanswered; use `checkAnswers` to
 * report them.
 */
export function scoreAnswers(bank: Bank | BankIndex, answers: Answers, context: ContextAnswers = {}): Scores {
  const index = 'bank' in bank ? bank : indexBank(bank);
  const dimensions = index.bank.dimensions.map((dimension) => scoreDimension(index, answers, dimension));
  const byId = new Map(dimensions.map((score) => [score.id, score]));
  const sections = index.bank.scoring.relative.map((rule) => {
    const leaves = (index.sectionDimensions.get(rule.section) ?? []).filter((d) => !index.children.has(d.id));
    return relativeProfile(
      rule,
      leaves.map((d) => byId.get(d.id)).filter((score): score is DimensionScore => score !== undefined),
    );
  });
  return {
    dimensions,
    sections,
    flags: crossLayerFlags(index, byId),
    hints: phaseHints(index, context),
    quality: qualityNotes(index, answers),
  };
}
