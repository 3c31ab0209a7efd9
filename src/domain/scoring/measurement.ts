/**
 * The measurement model behind every label and interval: how far a person's observed dimension score may
 * lie from their true score by measurement error alone. A bank declares a reliability and a spread per
 * dimension (assumed before a pilot, or measured in a cohort: a bank's norms carry measured reliabilities,
 * which then take precedence). The standard error of a full dimension score is sd·√(1 − reliability);
 * with fewer items answered it grows as √(items / answered) (the error variance of a mean of parallel items
 * is inversely proportional to their number).
 */
import type { BankIndex } from '../bank/model';
import type { Dimension, MeasurementModel } from '../bank/schema';
import { normalQuantile } from './normal';

/** The model that applies to a dimension: its own, else one from the norms, else the bank's default. */
export function modelFor(index: BankIndex, dimension: Dimension): MeasurementModel | null {
  if (dimension.measurement) return dimension.measurement;
  const norm = index.bank.norms?.entries.find((entry) => entry.dimension === dimension.id);
  const measured = norm?.omega ?? norm?.alpha;
  if (norm && measured !== undefined && measured > 0 && measured < 1 && norm.sd > 0)
    return { reliability: measured, sd: norm.sd };
  const fallback = index.bank.scoring.measurement;
  return fallback ? { reliability: fallback.reliability, sd: fallback.sd } : null;
}

/**
 * The standard error, in scale points, of a dimension mean over `answered` of its `items` items;
 * `null` when nothing was answered.
 */
export function standardError(model: MeasurementModel, items: number, answered: number): number | null {
  if (answered <= 0 || items <= 0) return null;
  return model.sd * Math.sqrt(1 - model.reliability) * Math.sqrt(items / answered);
}

/** The two-sided normal critical value for a confidence `level` (0.9 → 1.645). */
export function zForLevel(level: number): number {
  return normalQuantile(1 - (1 - level) / 2);
}

/**
 * The critical value for each of `comparisons` two-sided tests that together keep the chance of any false
 * label at `familyAlpha` (Bonferroni): Φ⁻¹(1 − familyAlpha / (2·comparisons)).
 */
export function zForFamily(familyAlpha: number, comparisons: number): number {
  return normalQuantile(1 - familyAlpha / (2 * Math.max(1, comparisons)));
}

/**
 * The standard deviation, from measurement error alone, of one dimension's distance from the mean of the
 * section's `ses.length` scored dimensions (errors independent between dimensions):
 * Var(Xⱼ − X̄) = SEⱼ²·(1 − 2/d) + ΣSEᵢ²/d².
 */
export function deviationError(ses: readonly number[], position: number): number {
  const d = ses.length;
  const own = ses[position] ?? 0;
  const total = ses.reduce((sum, se) => sum + se * se, 0);
  return Math.sqrt(Math.max(0, own * own * (1 - 2 / d) + total / (d * d)));
}
