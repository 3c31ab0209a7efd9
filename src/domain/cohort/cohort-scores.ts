/**
 * Scoring a whole cohort at once, from its answer matrix: every member's dimension means and how often each
 * dimension came out as a relative strength or development point, the same figures as scoring each person
 * with `profileAnswers` (scoring/score.ts) gives, summed in the same order, but with each dimension's items,
 * scale range and measurement model looked up once for the cohort instead of once per person. Pure.
 */
import { dimensionRange, type BankIndex } from '../bank/model';
import type { Dimension, RelativeRule } from '../bank/schema';
import { itemsNeeded } from '../scoring/dimensions';
import { deviationError, modelFor, standardError, zForFamily } from '../scoring/measurement';
import type { AnswerMatrix } from './answer-matrix';

export interface CohortScores {
  /** Per dimension, in bank order: each member's mean score (as `scoreDimension` gives it), `NaN` for none. */
  readonly means: readonly Float64Array[];
  /**
   * Per dimension of a section with a relative rule, how many members had it among their relative strengths
   * (development points); dimensions no member had are not listed.
   */
  readonly strengths: ReadonlyMap<string, number>;
  readonly development: ReadonlyMap<string, number>;
}

/** Distances within this count as equal, as in scoring/relative.ts. */
const EPSILON = 1e-9;

/** One dimension's scores over the cohort. */
interface DimensionColumns {
  readonly dimension: Dimension;
  /** Items beneath the dimension. */
  readonly items: number;
  /** Per member, the items answered with a value. */
  readonly answered: Int32Array;
  readonly means: Float64Array;
}

/**
 * Each member's score on one dimension, as `scoreDimension` computes it: over every item beneath it, each
 * reverse-keyed answer recoded `min + max − answer`, summed in item order; a mean only when at least the
 * bank's minimum answered share has a value.
 */
function scoreColumns(index: BankIndex, matrix: AnswerMatrix, dimension: Dimension): DimensionColumns {
  const { persons } = matrix;
  const items = index.itemsBeneath.get(dimension.id) ?? [];
  const { min, max } = dimensionRange(index, dimension.id);
  const answered = new Int32Array(persons);
  const sums = new Float64Array(persons);
  for (const item of items) {
    const column = matrix.values.get(item.id);
    if (column === undefined) continue;
    const reverse = item.reverse === true;
    for (let person = 0; person < persons; person += 1) {
      const value = column[person] ?? Number.NaN;
      if (Number.isNaN(value)) continue;
      answered[person] = (answered[person] ?? 0) + 1;
      sums[person] = (sums[person] ?? 0) + (reverse ? min + max - value : value);
    }
  }
  const needed = itemsNeeded(items.length, index.bank.scoring.minAnsweredShare);
  const means = new Float64Array(persons);
  for (let person = 0; person < persons; person += 1) {
    const count = answered[person] ?? 0;
    means[person] = items.length > 0 && count >= needed ? (sums[person] ?? 0) / count : Number.NaN;
  }
  return { dimension, items: items.length, answered, means };
}

/** The members' scores on every dimension of the bank, and their relative strengths and development points. */
export function scoreCohort(index: BankIndex, matrix: AnswerMatrix): CohortScores {
  const scored = index.bank.dimensions.map((dimension) => scoreColumns(index, matrix, dimension));
  const byId = new Map(scored.map((columns) => [columns.dimension.id, columns]));
  const strengths = new Map<string, number>();
  const development = new Map<string, number>();
  for (const rule of index.bank.scoring.relative) {
    const leaves = (index.sectionDimensions.get(rule.section) ?? [])
      .filter((dimension) => !index.children.has(dimension.id))
      .flatMap((dimension) => byId.get(dimension.id) ?? []);
    countLabels(index, rule, leaves, matrix.persons, { strengths, development });
  }
  return { means: scored.map((columns) => columns.means), strengths, development };
}

/** One scored leaf dimension's standing in a member's section (see `sectionStandings`). */
interface Standing {
  /** The leaf's position among the section's leaves. */
  readonly leaf: number;
  readonly deviation: number;
  readonly answered: number;
}

/**
 * Counts, per leaf dimension of the rule's section, the members for whom `relativeProfile` labels it a
 * strength or a development point: each member's scored leaves compared with the member's own mean over
 * them, beyond the rule's threshold or the critical difference, at most `maxStrengths` / `maxDevelopment`
 * (ranked as `relativeProfile` ranks them when more qualify).
 */
function countLabels(
  index: BankIndex,
  rule: RelativeRule,
  leaves: readonly DimensionColumns[],
  persons: number,
  counts: { readonly strengths: Map<string, number>; readonly development: Map<string, number> },
): void {
  const distances = labelDistances(index, rule, leaves);
  // One member's scored leaves at a time: their positions, answered items and deviations.
  const scored = new Int32Array(leaves.length);
  const answered = new Int32Array(leaves.length);
  const deviations = new Float64Array(leaves.length);
  const qualifying: Standing[] = [];
  const tally = (
    kind: 'strengths' | 'development',
    direction: 1 | -1,
    count: number,
    distance: Distances,
  ) => {
    qualifying.length = 0;
    for (let i = 0; i < count; i += 1) {
      const deviation = deviations[i] ?? 0;
      if (direction * deviation >= (distance[i] ?? Infinity) - EPSILON)
        qualifying.push({ leaf: scored[i] ?? 0, deviation, answered: answered[i] ?? 0 });
    }
    const most = kind === 'strengths' ? rule.maxStrengths : rule.maxDevelopment;
    const kept = qualifying.length > most ? qualifying.sort(ranking(direction)).slice(0, most) : qualifying;
    for (const { leaf } of kept) {
      const id = leaves[leaf]?.dimension.id ?? '';
      counts[kind].set(id, (counts[kind].get(id) ?? 0) + 1);
    }
  };
  for (let person = 0; person < persons; person += 1) {
    let count = 0;
    let total = 0;
    for (let position = 0; position < leaves.length; position += 1) {
      const leaf = leaves[position];
      const mean = leaf?.means[person] ?? Number.NaN;
      if (Number.isNaN(mean)) continue;
      scored[count] = position;
      answered[count] = leaf?.answered[person] ?? 0;
      deviations[count] = mean;
      count += 1;
      total += mean;
    }
    if (count < 2) continue;
    const sectionMean = total / count;
    for (let i = 0; i < count; i += 1) deviations[i] = (deviations[i] ?? 0) - sectionMean;
    const distance = distances(scored, answered, count);
    tally('strengths', 1, count, distance);
    tally('development', -1, count, distance);
  }
}

/** Per scored leaf of a member, in order, the distance beyond which it is labelled. */
type Distances = ArrayLike<number>;

/**
 * The distance a member's scored leaves must lie from the member's section mean to be labelled, per scored
 * leaf: the rule's threshold, or (method `critical-difference`, with a measurement model for every scored
 * leaf) the critical difference, which depends only on which leaves are scored and how many items each has
 * answered, so it is worked out once per such pattern; `Infinity` when there is none. The pattern is a
 * number (a digit per leaf: 0 unscored, else 1 + the items answered) when that fits in a double exactly.
 */
function labelDistances(
  index: BankIndex,
  rule: RelativeRule,
  leaves: readonly DimensionColumns[],
): (scored: Int32Array, answered: Int32Array, count: number) => Distances {
  const method = rule.method ?? 'threshold';
  const familyAlpha = index.bank.scoring.measurement?.familyAlpha ?? null;
  if (method === 'threshold' || familyAlpha === null) {
    const all = leaves.map(() => (method === 'threshold' ? (rule.threshold ?? 0) : Infinity));
    return () => all;
  }
  // Per leaf, the standard error of its mean by the number of items answered (scoreDimension's `se`).
  const errors = leaves.map(({ dimension, items }) => {
    const model = modelFor(index, dimension);
    return Array.from({ length: items + 1 }, (_, answered) =>
      model === null ? null : standardError(model, items, answered),
    );
  });
  const base = Math.max(0, ...leaves.map((leaf) => leaf.items)) + 2;
  const numeric = base ** leaves.length <= Number.MAX_SAFE_INTEGER;
  const known = new Map<number | string, Distances>();
  return (scored, answered, count) => {
    let pattern: number | string = numeric ? 0 : '';
    for (let i = 0, leaf = 0; leaf < leaves.length; leaf += 1) {
      const digit = i < count && scored[i] === leaf ? (answered[i++] ?? 0) + 1 : 0;
      pattern = typeof pattern === 'number' ? pattern * base + digit : `${pattern},${String(digit)}`;
    }
    const found = known.get(pattern);
    if (found !== undefined) return found;
    const ses = Array.from({ length: count }, (_, i) => errors[scored[i] ?? 0]?.[answered[i] ?? 0] ?? null);
    const plain = ses.map((se) => se ?? 0);
    const z = ses.every((se) => se !== null) ? zForFamily(familyAlpha, count) : null;
    const distances = ses.map((_, i) => (z === null ? Infinity : z * deviationError(plain, i)));
    known.set(pattern, distances);
    return distances;
  };
}

/**
 * `relativeProfile`'s order of qualifying standings: the farthest first (equal within 1e-9: more answered
 * items first, then the bank's order).
 */
const ranking = (direction: 1 | -1) => (a: Standing, b: Standing) => {
  if (Math.abs(a.deviation - b.deviation) > EPSILON) return direction * (b.deviation - a.deviation);
  const answered = b.answered - a.answered;
  if (answered !== 0) return answered;
  return a.leaf - b.leaf;
};
