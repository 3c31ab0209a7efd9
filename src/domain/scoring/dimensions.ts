/**
 * Per-dimension scores: reverse keying, "not applicable" and unanswered left out, the minimum answered
 * share, mean, sum, percentage of the scale range, band (or position zone), and the score's uncertainty
 * under the bank's measurement model.
 */
import { answerState, type Answers } from '../answers';
import { dimensionRange, type BankIndex } from '../bank/model';
import type { Band, Dimension } from '../bank/schema';
import { round } from '../rounding';
import { modelFor, standardError, zForLevel } from './measurement';

/** An interval on the scale, in scale points, clipped to the scale's range. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

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
  /** How many items must be answered with a value for a score. */
  readonly needed: number;
  /** Sum of the (reverse-recoded) answers. */
  readonly sum: number | null;
  /** Mean of the (reverse-recoded) answers, on the scale (between `min` and `max`). */
  readonly mean: number | null;
  /** The mean as a percentage of the scale range: 0 at `min`, 100 at `max`. */
  readonly percent: number | null;
  /**
   * The id of the zone the score falls in: a band of `scoring.bands` for a section read as levels, a zone
   * of `scoring.positions` for a section read as positions (see {@link bandFor}).
   */
  readonly band: string | null;
  /** Standard error of the mean in scale points, under the bank's measurement model (`null` without one). */
  readonly se: number | null;
  /** The interval at the model's confidence level around the mean, clipped to the scale. */
  readonly interval: Interval | null;
  /** The scale's lowest and highest value. */
  readonly min: number;
  readonly max: number;
}

const EPSILON = 1e-9;

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

/** The number of a dimension's `items` that must be answered with a value: ⌈items · share⌉. */
export function itemsNeeded(items: number, share: number): number {
  return Math.max(1, Math.ceil(items * share - EPSILON));
}

/**
 * Scores one dimension over every item beneath it. Reverse-keyed items are recoded `min + max - answer`
 * before anything else; "not applicable", unanswered and invalid answers are left out. The dimension gets a
 * score only when at least `minAnsweredShare` of its items have a value.
 */
export function scoreDimension(index: BankIndex, answers: Answers, dimension: Dimension): DimensionScore {
  const { scoring } = index.bank;
  const items = index.itemsBeneath.get(dimension.id) ?? [];
  const { min, max } = dimensionRange(index, dimension.id);
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
  const needed = itemsNeeded(items.length, scoring.minAnsweredShare);
  const enough = items.length > 0 && answered >= needed;
  const mean = enough ? sum / answered : null;
  const percent = mean === null ? null : max > min ? ((mean - min) / (max - min)) * 100 : 0;
  const model = modelFor(index, dimension);
  const se = mean === null || model === null ? null : standardError(model, items.length, answered);
  const half = se === null ? null : zForLevel(scoring.measurement?.level ?? 0.9) * se;
  const position = index.sections.get(dimension.section)?.presentation === 'position';
  const zones = position ? (scoring.positions ?? []) : scoring.bands;
  // One object literal, no spreads: a cohort scores this a hundred thousand times.
  return {
    id: dimension.id,
    section: dimension.section,
    items: items.length,
    answered,
    notApplicable,
    enough,
    needed,
    sum: enough ? sum : null,
    mean,
    percent,
    band:
      mean === null || percent === null
        ? null
        : bandFor(zones, position ? 'mean' : (scoring.bandBasis ?? 'mean'), mean, percent),
    se,
    interval:
      mean === null || half === null
        ? null
        : { low: Math.max(min, mean - half), high: Math.min(max, mean + half) },
    min,
    max,
  };
}
