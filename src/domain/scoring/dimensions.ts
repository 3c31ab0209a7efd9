/**
 * Per-dimension scores: reverse keying, "not applicable" and unanswered left out, the minimum answered
 * share, mean, sum, percentage of the scale range and band.
 */
import { answerState, type Answers } from '../answers';
import { scaleRange, type BankIndex } from '../bank/model';
import type { Band, Dimension } from '../bank/schema';

/** One dimension's score. `mean`, `sum`, `percent` and `band` are `null` when there are not enough answers. */
export interface DimensionScore {
  readonly id: string;
  readonly section: string;
  /** Number of items beneath the dimension (its own and its descendants'). */
  readonly items: number;
  /** Items answered with a value on the scale (the count the mean is over). */
  readonly answered: number;
  /** Items answered "not applicable". */
  readonly notApplicable: number;
  /** Whether `answered / items` reaches the bank's minimum answered share. */
  readonly enough: boolean;
  /** Sum of the (reverse-recoded) answers. */
  readonly sum: number | null;
  /** Mean of the (reverse-recoded) answers, on the scale (between `min` and `max`). */
  readonly mean: number | null;
  /** The mean as a percentage of the scale range: 0 at `min`, 100 at `max`. */
  readonly percent: number | null;
  /** The id of the band the score falls in (see {@link bandFor}). */
  readonly band: string | null;
  /** The scale's lowest and highest value. */
  readonly min: number;
  readonly max: number;
}

const EPSILON = 1e-9;

/** Rounds to `digits` decimals, half away from zero, robust against binary noise (3.95 → 4.0). */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Math.abs(value) * factor;
  return (Math.sign(value) * Math.round(scaled + EPSILON * Math.max(1, scaled))) / factor;
}

/**
 * The band a score falls in. Bands are listed high to low; the first whose `min` the score reaches wins,
 * and the last band (without `min`) takes the rest. With basis `mean`, the mean is first rounded to one
 * decimal, as it is shown (so a shown 4.0 is always in the band that starts at 4.0); with basis `percent`,
 * the percentage is rounded to a whole number.
 */
export function bandFor(
  bands: readonly Band[],
  basis: 'mean' | 'percent',
  mean: number,
  percent: number,
): string | null {
  const value = basis === 'mean' ? round(mean, 1) : round(percent, 0);
  for (const band of bands) if (band.min === undefined || value >= band.min - EPSILON) return band.id;
  return null;
}

/**
 * Scores one dimension over every item beneath it. Reverse-keyed items are recoded `min + max - answer`
 * before anything else; "not applicable", unanswered and invalid answers are left out. The dimension gets a
 * score only when at least `minAnsweredShare` of its items have a value.
 */
export function scoreDimension(index: BankIndex, answers: Answers, dimension: Dimension): DimensionScore {
  const { scoring } = index.bank;
  const items = index.itemsBeneath.get(dimension.id) ?? [];
  const firstScale = items[0] ? index.itemScale.get(items[0].id) : undefined;
  const { min, max } = firstScale ? scaleRange(firstScale) : { min: 0, max: 0 };
  let answered = 0;
  let notApplicable = 0;
  let sum = 0;
  for (const item of items) {
    const state = answerState(index, answers, item.id);
    if (state.kind === 'not-applicable') notApplicable += 1;
    if (state.kind !== 'value') continue;
    answered += 1;
    sum += item.reverse === true ? min + max - state.value : state.value;
  }
  const enough =
    items.length > 0 && answered > 0 && answered / items.length >= scoring.minAnsweredShare - EPSILON;
  const mean = enough ? sum / answered : null;
  const percent = mean === null ? null : max > min ? ((mean - min) / (max - min)) * 100 : 0;
  // One object literal, no spreads: a cohort scores this a hundred thousand times.
  return {
    id: dimension.id,
    section: dimension.section,
    items: items.length,
    answered,
    notApplicable,
    enough,
    sum: enough ? sum : null,
    mean,
    percent,
    band:
      mean === null || percent === null
        ? null
        : bandFor(scoring.bands, scoring.bandBasis ?? 'mean', mean, percent),
    min,
    max,
  };
}
