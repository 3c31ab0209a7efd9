/**
 * Before/after: the same person's scores on two occasions, dimension by dimension. Only dimensions measured
 * by the same items in both results are compared (two versions of a bank may have changed a dimension's
 * statements, and then its two scores are not comparable); a change is called clear only when it is larger
 * than measurement error could make it.
 */
import type { BankIndex } from '../bank/model';
import { zForFamily } from './measurement';
import type { Scores } from './score';

export interface ComparisonRow {
  readonly dimension: string;
  readonly section: string;
  /** Mean before, or `null` when there were not enough answers then. */
  readonly before: number | null;
  readonly after: number | null;
  /** `after − before` in scale points, when both are scored. */
  readonly change: number | null;
  /**
   * The change beyond which it is more than measurement error, for all compared dimensions of the section
   * together (Bonferroni); `null` without a measurement model or a score on either side.
   */
  readonly critical: number | null;
  /** Whether the change is clear: `up`, `down`, or `null` (within measurement error, or not known). */
  readonly clear: 'up' | 'down' | null;
  /** The scale range of the dimension. */
  readonly min: number;
  readonly max: number;
}

/** Why a dimension was left out of a comparison. */
export type ExclusionReason = 'items-differ' | 'only-before' | 'only-after';

export interface ComparisonRows {
  /** The compared dimensions, in the order of the later result's bank. */
  readonly rows: readonly ComparisonRow[];
  /** Dimensions left out, and why. */
  readonly excluded: readonly { readonly dimension: string; readonly reason: ExclusionReason }[];
}

/** A dimension's items as compared: id, keying and scale range of each item beneath it, in id order. */
function itemSignature(index: BankIndex, dimension: string): string {
  return (index.itemsBeneath.get(dimension) ?? [])
    .map((item) => {
      const scale = index.itemScale.get(item.id);
      const range = scale ? `${String(scale.points[0]?.value)}-${String(scale.points.at(-1)?.value)}` : '';
      return `${item.id}:${item.reverse === true ? 'r' : ''}:${range}`;
    })
    .sort()
    .join('|');
}

/**
 * Compares two score sets of one bank, or of two versions of a bank: dimensions are matched by id, and only
 * those with the same items (ids, keying, scale) in both are compared; the rest are listed as excluded.
 * `familyAlpha` is the bank's chance of a false "clear change" per section (`null`: no measurement model).
 */
export function compareScores(
  beforeIndex: BankIndex,
  before: Scores,
  afterIndex: BankIndex,
  after: Scores,
): ComparisonRows {
  const earlier = new Map(before.dimensions.map((score) => [score.id, score]));
  const later = new Set(after.dimensions.map((score) => score.id));
  const excluded: { dimension: string; reason: ExclusionReason }[] = [];
  const compared = after.dimensions.filter((score) => {
    if (!earlier.has(score.id)) {
      excluded.push({ dimension: score.id, reason: 'only-after' });
      return false;
    }
    if (itemSignature(beforeIndex, score.id) !== itemSignature(afterIndex, score.id)) {
      excluded.push({ dimension: score.id, reason: 'items-differ' });
      return false;
    }
    return true;
  });
  for (const score of before.dimensions)
    if (!later.has(score.id)) excluded.push({ dimension: score.id, reason: 'only-before' });
  const familyAlpha = afterIndex.bank.scoring.measurement?.familyAlpha ?? null;
  const perSection = new Map<string, number>();
  for (const score of compared) perSection.set(score.section, (perSection.get(score.section) ?? 0) + 1);
  const rows = compared.map((score): ComparisonRow => {
    const previous = earlier.get(score.id);
    const change = previous?.mean == null || score.mean === null ? null : score.mean - previous.mean;
    const critical =
      change === null || familyAlpha === null || previous?.se == null || score.se === null
        ? null
        : zForFamily(familyAlpha, perSection.get(score.section) ?? 1) * Math.hypot(previous.se, score.se);
    return {
      dimension: score.id,
      section: score.section,
      before: previous?.mean ?? null,
      after: score.mean,
      change,
      critical,
      clear:
        change === null || critical === null
          ? null
          : change >= critical
            ? 'up'
            : change <= -critical
              ? 'down'
              : null,
      min: score.min,
      max: score.max,
    };
  });
  return { rows, excluded };
}
