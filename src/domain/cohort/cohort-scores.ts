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
  const scored: number[] = [];
  const answered: number[] = [];
  for (let person = 0; person < persons; person += 1) {
    scored.length = 0;
    answered.length = 0;
    let total = 0;
    for (let position = 0; position < leaves.length; position += 1) {
      const leaf = leaves[position];
      const mean = leaf?.means[person] ?? Number.NaN;
      if (Number.isNaN(mean)) continue;
      scored.push(position);
      answered.push(leaf?.answered[person] ?? 0);
      total += mean;
    }
    if (scored.length < 2) continue;
    const sectionMean = total / scored.length;
    const distance = distances(scored, answered);
    for (const [kind, direction, most] of [
      ['strengths', 1, rule.maxStrengths],
      ['development', -1, rule.maxDevelopment],
    ] as const) {
      const qualifying: Standing[] = [];
      scored.forEach((leaf, i) => {
        const deviation = (leaves[leaf]?.means[person] ?? 0) - sectionMean;
        if (direction * deviation >= (distance[i] ?? Infinity) - EPSILON)
          qualifying.push({ leaf, deviation, answered: answered[i] ?? 0 });
      });
      const kept = qualifying.length > most ? qualifying.sort(ranking(direction)).slice(0, most) : qualifying;
      for (const { leaf } of kept) {
        const id = leaves[leaf]?.dimension.id ?? '';
        counts[kind].set(id, (counts[kind].get(id) ?? 0) + 1);
      }
    }
  }
}

/**
 * The distance a member's scored leaves must lie from the member's section mean to be labelled, per scored
 * leaf: the rule's threshold, or (method `critical-difference`, with a measurement model for every scored
 * leaf) the critical difference, which depends only on which leaves are scored and how many items each has
 * answered, so it is worked out once per such pattern; `Infinity` when there is none.
 */
function labelDistances(
  index: BankIndex,
  rule: RelativeRule,
  leaves: readonly DimensionColumns[],
): (scored: readonly number[], answered: readonly number[]) => readonly number[] {
  const method = rule.method ?? 'threshold';
  const familyAlpha = index.bank.scoring.measurement?.familyAlpha ?? null;
  if (method === 'threshold' || familyAlpha === null) {
    const distance = method === 'threshold' ? (rule.threshold ?? 0) : Infinity;
    const all = leaves.map(() => distance);
    return () => all;
  }
  // Per leaf, the standard error of its mean by the number of items answered (scoreDimension's `se`).
  const errors = leaves.map(({ dimension, items }) => {
    const model = modelFor(index, dimension);
    return Array.from({ length: items + 1 }, (_, answered) =>
      model === null ? null : standardError(model, items, answered),
    );
  });
  const known = new Map<string, readonly number[]>();
  return (scored, answered) => {
    const pattern = scored.map((leaf, i) => `${String(leaf)}:${String(answered[i] ?? 0)}`).join(',');
    const found = known.get(pattern);
    if (found !== undefined) return found;
    const ses = scored.map((leaf, i) => errors[leaf]?.[answered[i] ?? 0] ?? null);
    const plain = ses.map((se) => se ?? 0);
    const z = ses.every((se) => se !== null) ? zForFamily(familyAlpha, scored.length) : null;
    const distances = scored.map((_, i) => (z === null ? Infinity : z * deviationError(plain, i)));
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
