/**
 * The scoring engine: pure functions from (bank, answers, context) to everything the results page and the
 * report show. Scores are never stored; they are always recomputed from the answers and the bank.
 */
import type { Answers, ContextAnswers } from '../answers';
import { indexBank, type BankIndex } from '../bank/model';
import type { Bank } from '../bank/schema';
import { scoreDimension, type DimensionScore } from './dimensions';
import { relativeProfile, sectionStandings, type SectionProfile, type SectionStandings } from './relative';
import {
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
  /** Every section's standings (distances from the person's own section mean), in bank order. */
  readonly standings: readonly SectionStandings[];
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
  const { dimensions, sections, byId, leavesOf, familyAlpha } = profileOf(index, answers);
  const standings = index.bank.sections.map((section) =>
    sectionStandings(section.id, leavesOf(section.id), familyAlpha),
  );
  return {
    dimensions,
    sections,
    standings,
    flags: crossLayerFlags(index, byId, new Map(standings.map((s) => [s.section, s]))),
    hints: phaseHints(index, context, byId),
    quality: qualityNotes(index, answers),
  };
}

/**
 * The dimension scores and the relative profiles of an answer set, and nothing else (the same figures
 * {@link scoreAnswers} gives, for a fraction of its work): what a cohort's analysis needs of each person,
 * which `scoreCohort` (cohort/cohort-scores.ts) works out for a whole cohort at once and is tested against.
 */
export function profileAnswers(index: BankIndex, answers: Answers): Pick<Scores, 'dimensions' | 'sections'> {
  const { dimensions, sections } = profileOf(index, answers);
  return { dimensions, sections };
}

function profileOf(index: BankIndex, answers: Answers) {
  const { scoring } = index.bank;
  const dimensions = index.bank.dimensions.map((dimension) => scoreDimension(index, answers, dimension));
  const byId = new Map(dimensions.map((score) => [score.id, score]));
  const leavesOf = (section: string) =>
    (index.sectionDimensions.get(section) ?? [])
      .filter((d) => !index.children.has(d.id))
      .map((d) => byId.get(d.id))
      .filter((score): score is DimensionScore => score !== undefined);
  const familyAlpha = scoring.measurement?.familyAlpha ?? null;
  const sections = scoring.relative.map((rule) => relativeProfile(rule, leavesOf(rule.section), familyAlpha));
  return { dimensions, sections, byId, leavesOf, familyAlpha };
}
