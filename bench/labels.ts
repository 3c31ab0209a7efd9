/**
 * How often the relative labels (strength, development point) are right, by simulation under a bank's own
 * error model: a participant's true profile is drawn, item answers are that profile plus measurement error,
 * rounded to the scale's points and kept within it, and the bank's rule labels the result. Two figures:
 * - false labels: a perfectly flat true profile (every dimension the same) that still gets any label in any
 *   section with a relative rule;
 * - detection: one dimension truly 1.25 scale points above the others of its section, labelled a strength.
 * Deterministic (seeded), so the same call always gives the same figures.
 */
import { indexBank, type BankIndex } from '../src/domain/bank/model';
import type { Bank, MeasurementModel } from '../src/domain/bank/schema';
import { modelFor } from '../src/domain/scoring/measurement';
import { scoreAnswers } from '../src/domain/scoring/score';
import { normal, random } from '../tests/helpers/random';

/** The model used to simulate a bank that declares none (1.0.0): the same assumption as 2.0.0's. */
const FALLBACK: MeasurementModel = { reliability: 0.75, sd: 0.6 };

/**
 * The error of one item answer before it is rounded to a scale point: the model's error of a full dimension
 * score, times √items, less the variance rounding to whole points adds (1/12 of a point squared), so the
 * answers as given carry the model's error (and not more).
 */
function itemError(index: BankIndex, dimension: string): number {
  const d = index.dimensions.get(dimension);
  const model = (d ? modelFor(index, d) : null) ?? FALLBACK;
  const items = index.itemsBeneath.get(dimension)?.length ?? 1;
  const observed = model.sd * Math.sqrt(1 - model.reliability) * Math.sqrt(items);
  return Math.sqrt(Math.max(0, observed * observed - 1 / 12));
}

/** Answers for true dimension scores `truth` (scored direction), with the bank's measurement error. */
function simulate(
  index: BankIndex,
  truth: (dimension: string) => number,
  next: () => number,
): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const item of index.bank.items) {
    const scale = index.itemScale.get(item.id);
    if (!scale) continue;
    const points = scale.points.map((p) => p.value);
    const min = points[0] ?? 1;
    const max = points.at(-1) ?? 5;
    const value = truth(item.dimension) + itemError(index, item.dimension) * normal(next);
    // The nearest point of the scale, within the scale.
    const scored = points.reduce((best, p) => (Math.abs(p - value) < Math.abs(best - value) ? p : best), min);
    answers[item.id] = item.reverse === true ? min + max - scored : scored;
  }
  return answers;
}

export interface LabelRates {
  /** Share (0–1) of flat profiles with any label in any ranked section. */
  readonly falseLabels: number;
  /** Share (0–1) of profiles with one dimension 1.25 points above the rest where that dimension is a strength. */
  readonly detection: number;
  readonly runs: number;
}

/** Simulates `runs` flat and `runs` one-high participants on `bank` and gives both rates. */
export function labelRates(bank: Bank, runs = 4000, seed = 7): LabelRates {
  const index = indexBank(bank);
  const next = random(seed);
  const ranked = index.bank.scoring.relative.map((rule) => rule.section);
  const leaves = ranked.flatMap((section) =>
    (index.sectionDimensions.get(section) ?? []).filter((d) => !index.children.has(d.id)).map((d) => d.id),
  );
  let flagged = 0;
  let found = 0;
  for (let run = 0; run < runs; run += 1) {
    // True levels away from the scale's ends, where clipping would hide error.
    const level = 2.25 + next();
    const flat = scoreAnswers(
      index,
      simulate(index, () => level, next),
    );
    if (flat.sections.some((profile) => profile.strengths.length + profile.development.length > 0))
      flagged += 1;
    const high = leaves[run % leaves.length] ?? '';
    const base = 1.75 + next() * 0.75;
    const scores = scoreAnswers(
      index,
      simulate(index, (d) => (d === high ? base + 1.25 : base), next),
    );
    if (scores.sections.some((profile) => profile.strengths.includes(high))) found += 1;
  }
  return { falseLabels: flagged / runs, detection: found / runs, runs };
}
