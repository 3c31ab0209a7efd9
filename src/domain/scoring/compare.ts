/** Before/after: the same person's scores on two occasions, dimension by dimension. */
import type { Scores } from './index';

export interface ComparisonRow {
  readonly dimension: string;
  readonly section: string;
  /** Mean before, or `null` when there were not enough answers then. */
  readonly before: number | null;
  readonly after: number | null;
  /** `after − before` in scale points, when both are scored. */
  readonly change: number | null;
  /** The scale range of the dimension. */
  readonly min: number;
  readonly max: number;
}

/**
 * Compares two score sets of the same bank (or of two versions of one bank: dimensions are matched by id,
 * in the order of `after`; a dimension missing on one side has `null` there).
 */
export function compareScores(before: Scores, after: Scores): ComparisonRow[] {
  const earlier = new Map(before.dimensions.map((score) => [score.id, score]));
  return after.dimensions.map((score) => {
    const previous = earlier.get(score.id)?.mean ?? null;
    return {
      dimension: score.id,
      section: score.section,
      before: previous,
      after: score.mean,
      change: previous === null || score.mean === null ? null : score.mean - previous,
      min: score.min,
      max: score.max,
    };
  });
}
