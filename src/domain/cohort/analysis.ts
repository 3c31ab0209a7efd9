/**
 * The cohort analysis: many participants' results of one bank, as a group profile (per dimension the
 * group's mean, spread and distribution, how often it came out as a strength or development point, the
 * context answers) and as scale quality for the bank's next version (Cronbach's alpha per dimension, and per
 * item its mean, spread, share of "not applicable" and item–rest correlation). Pure; no individual result
 * appears in it, only counts and statistics.
 */
import type { Answers, ContextAnswers } from '../answers';
import { dimensionRange, type BankIndex } from '../bank/model';
import { answerMatrix, type AnswerMatrix } from './answer-matrix';
import { scoreCohort } from './cohort-scores';
import { omegaOfColumns, type OmegaResult } from './factor';
import {
  alphaIfDroppedOfColumns,
  alphaIntervalOfColumns,
  correlationMatrixOfColumns,
  floorCeiling,
  meanInterItemOfColumns,
  type FloorCeiling,
  type Interval,
} from './reliability';
import {
  alphaOfColumns,
  fiveNumbers,
  itemRestOfColumns,
  mean,
  quantileOfSorted,
  sd,
  sortedCopy,
  type FiveNumbers,
} from './stats';

/** One participant's answers, as the cohort view reads them from a result file. */
export interface CohortMember {
  readonly answers: Answers;
  readonly context: ContextAnswers;
}

export interface DimensionGroupStats {
  readonly id: string;
  readonly section: string;
  /** Participants with a score on this dimension. */
  readonly n: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly five: FiveNumbers | null;
  /** The scores at the 10th, 25th, 50th, 75th and 90th percentile (R's default quantile type 7). */
  readonly percentiles: {
    readonly p10: number;
    readonly p25: number;
    readonly p50: number;
    readonly p75: number;
    readonly p90: number;
  } | null;
  /**
   * How many participants had it among their relative strengths / development points; `null` when the bank
   * names no strengths or development points in this dimension's section.
   */
  readonly strengths: number | null;
  readonly development: number | null;
}

export interface ItemStats {
  readonly id: string;
  readonly dimension: string;
  readonly reverse: boolean;
  /** Participants who answered with a value on the scale. */
  readonly n: number;
  /** Mean and spread of the answers, reverse-keyed items recoded (as they are scored). */
  readonly mean: number | null;
  readonly sd: number | null;
  readonly notApplicable: number;
  /** "Not applicable" answers as a share of the participants (0–1). */
  readonly notApplicableShare: number;
  /** Correlation with the sum of the dimension's other items (complete cases); `null` when undefined. */
  readonly itemRest: number | null;
  /** Cronbach's alpha of the dimension without this item (complete cases); `null` when undefined. */
  readonly alphaIfDropped: number | null;
  /** How many participants gave each answer of the item's scale (raw answers, in the scale's order). */
  readonly distribution: readonly { readonly value: number; readonly count: number }[];
}

export interface ScaleQuality {
  readonly dimension: string;
  readonly section: string;
  /** Participants who answered every item of the dimension with a value (the cases alpha is computed on). */
  readonly completeCases: number;
  readonly alpha: number | null;
  /** Feldt's 95 % confidence interval for alpha (as psych's alpha.ci); `null` where alpha is undefined. */
  readonly alphaInterval: Interval | null;
  /** McDonald's omega total from a one-factor ML fit, or why it cannot be given. */
  readonly omega: OmegaResult;
  /** The mean correlation between the dimension's items (complete cases). */
  readonly meanInterItem: number | null;
  /** Shares of the item answers (recoded, as scored) at the scale's lowest and highest point. */
  readonly floorCeiling: FloorCeiling | null;
  readonly items: readonly ItemStats[];
}

/** The correlations between the dimension scores, over participants with both scores. */
export interface DimensionCorrelations {
  /** Dimension ids, in bank order; `matrix[i][j]` belongs to dimensions[i] and dimensions[j]. */
  readonly dimensions: readonly string[];
  readonly matrix: readonly (readonly (number | null)[])[];
  /** Pairs of different dimensions (not one within the other) correlating above {@link DISTINCT_THRESHOLD}. */
  readonly close: readonly { readonly a: string; readonly b: string; readonly r: number }[];
}

/** One subgroup of a context question: its size and, when large enough to show, its dimension figures. */
export interface Subgroup {
  readonly option: string;
  readonly n: number;
  /** Per dimension n, mean and SD; `null` for a subgroup under {@link MIN_SUBGROUP} (never computed). */
  readonly dimensions:
    | readonly {
        readonly id: string;
        readonly n: number;
        readonly mean: number | null;
        readonly sd: number | null;
      }[]
    | null;
}

/** The cohort split by the answers to one context question. */
export interface SubgroupComparison {
  readonly question: string;
  readonly groups: readonly Subgroup[];
}

export interface ContextDistribution {
  readonly question: string;
  /** Participants per option id, in the bank's option order. */
  readonly counts: readonly { readonly option: string; readonly count: number }[];
  /** Participants who gave no answer. */
  readonly none: number;
}

export interface CohortAnalysis {
  readonly n: number;
  readonly dimensions: readonly DimensionGroupStats[];
  readonly quality: readonly ScaleQuality[];
  readonly context: readonly ContextDistribution[];
  readonly correlations: DimensionCorrelations;
  readonly subgroups: readonly SubgroupComparison[];
}

/**
 * The smallest group whose profile may leave the view as a PDF: below it, group figures come too close to
 * one person's answers.
 */
export const MIN_GROUP_FOR_PROFILE = 5;

/** The smallest subgroup whose figures are shown: smaller ones come too close to one person's answers. */
export const MIN_SUBGROUP = 5;

/** Dimension scores correlating above this may not measure different things. */
export const DISTINCT_THRESHOLD = 0.85;

/** The fewest participants with both scores for a correlation between two dimensions. */
export const MIN_PAIRS_FOR_CORRELATION = 10;

/** Conventional thresholds the view marks: alpha below .70, item–rest below .30. */
export const ALPHA_THRESHOLD = 0.7;
export const ITEM_REST_THRESHOLD = 0.3;

/** Analyses the members' results on one bank. */
export function analyseCohort(index: BankIndex, members: readonly CohortMember[]): CohortAnalysis {
  const { bank } = index;
  const matrix = answerMatrix(
    index,
    members.map((member) => member.answers),
  );
  // Every member's dimension means (columns, in bank order) and relative labels, scored at once.
  const scores = scoreCohort(index, matrix);
  const ruled = new Set(bank.scoring.relative.map((rule) => rule.section));
  const dimensions = bank.dimensions.map((dimension, position): DimensionGroupStats => {
    const values = given(scores.means[position] ?? new Float64Array());
    const relative = ruled.has(dimension.section);
    const sorted = sortedCopy(values);
    return {
      id: dimension.id,
      section: dimension.section,
      n: values.length,
      mean: mean(values),
      sd: sd(values),
      five: fiveNumbers(sorted),
      percentiles: percentilesOf(sorted),
      strengths: relative ? (scores.strengths.get(dimension.id) ?? 0) : null,
      development: relative ? (scores.development.get(dimension.id) ?? 0) : null,
    };
  });

  const scored = scoredItems(index, matrix);
  const quality = bank.dimensions.map((dimension): ScaleQuality => {
    const items = index.itemsBeneath.get(dimension.id) ?? [];
    const columns = items.map(
      (item) => scored.get(item.id) ?? new Float64Array(matrix.persons).fill(Number.NaN),
    );
    const { count, complete } = completeCases(columns, matrix.persons);
    const itemRest = itemRestOfColumns(complete);
    const dropped = alphaIfDroppedOfColumns(complete);
    const { min, max } = dimensionRange(index, dimension.id);
    const answers = columns.map(given);
    return {
      dimension: dimension.id,
      section: dimension.section,
      completeCases: count,
      alpha: alphaOfColumns(complete),
      alphaInterval: alphaIntervalOfColumns(complete, 0.95),
      omega: omegaOfColumns(complete),
      meanInterItem: meanInterItemOfColumns(complete),
      floorCeiling: floorCeiling(concatenated(answers), min, max),
      items: items.map((item, position): ItemStats => {
        const values = answers[position] ?? new Float64Array();
        const notApplicable = matrix.notApplicable.get(item.id) ?? 0;
        const points = index.itemScale.get(item.id)?.points ?? [];
        // Raw answers per scale point: a reverse-keyed item's recoded value maps back to the answer given.
        const counts = answerCounts(
          values,
          points.map((point) => point.value),
          item.reverse === true ? min + max : null,
        );
        return {
          id: item.id,
          dimension: item.dimension,
          reverse: item.reverse === true,
          n: values.length,
          mean: mean(values),
          sd: sd(values),
          notApplicable,
          notApplicableShare: members.length === 0 ? 0 : notApplicable / members.length,
          itemRest: itemRest[position] ?? null,
          alphaIfDropped: dropped[position] ?? null,
          distribution: points.map((point, p) => ({ value: point.value, count: counts[p] ?? 0 })),
        };
      }),
    };
  });

  // Per context question, each member's answer (`undefined` for none), and the members per answer given.
  const answered = bank.context.map((question) => {
    const chosen = members.map((member) =>
      Object.hasOwn(member.context, question.id) ? member.context[question.id] : undefined,
    );
    const byAnswer = new Map<string | undefined, number[]>();
    chosen.forEach((answer, person) => {
      const persons = byAnswer.get(answer);
      if (persons === undefined) byAnswer.set(answer, [person]);
      else persons.push(person);
    });
    return { question, chosen, byAnswer };
  });
  const context = answered.map(({ question, chosen, byAnswer }): ContextDistribution => ({
    question: question.id,
    counts: question.options.map((option) => ({
      option: option.id,
      count: byAnswer.get(option.id)?.length ?? 0,
    })),
    none: chosen.filter((c) => c === undefined || !question.options.some((option) => option.id === c)).length,
  }));

  // Dimension scores per participant, as columns (one per dimension), for correlations and subgroups.
  const columns = scores.means;
  const matrixOfR = correlationMatrixOfColumns(columns, MIN_PAIRS_FOR_CORRELATION);
  const nested = (a: string, b: string) => ancestors(index, a).has(b) || ancestors(index, b).has(a);
  const close: { a: string; b: string; r: number }[] = [];
  bank.dimensions.forEach((first, i) =>
    bank.dimensions.forEach((second, j) => {
      const r = matrixOfR[i]?.[j] ?? null;
      if (j > i && r !== null && r > DISTINCT_THRESHOLD && !nested(first.id, second.id))
        close.push({ a: first.id, b: second.id, r });
    }),
  );

  const subgroups = answered.map(({ question, byAnswer }): SubgroupComparison => ({
    question: question.id,
    groups: question.options.map((option): Subgroup => {
      const inGroup = byAnswer.get(option.id) ?? [];
      return {
        option: option.id,
        n: inGroup.length,
        dimensions:
          inGroup.length < MIN_SUBGROUP
            ? null
            : bank.dimensions.map((dimension, position) => {
                const values = given(picked(columns[position] ?? new Float64Array(), inGroup));
                return { id: dimension.id, n: values.length, mean: mean(values), sd: sd(values) };
              }),
      };
    }),
  }));

  return {
    n: members.length,
    dimensions,
    quality,
    context,
    correlations: { dimensions: bank.dimensions.map((d) => d.id), matrix: matrixOfR, close },
    subgroups,
  };
}

/**
 * Per item id, each member's answer as scored in the statement statistics: recoded on the scale of the
 * item's own dimension when reverse-keyed, `NaN` where there is no value.
 */
function scoredItems(index: BankIndex, matrix: AnswerMatrix): Map<string, Float64Array> {
  const scored = new Map<string, Float64Array>();
  for (const item of index.items.values()) {
    const column = matrix.values.get(item.id) ?? new Float64Array(matrix.persons).fill(Number.NaN);
    if (item.reverse !== true) {
      scored.set(item.id, column);
      continue;
    }
    const { min, max } = dimensionRange(index, item.dimension);
    const reverse = min + max;
    scored.set(
      item.id,
      column.map((value) => reverse - value),
    );
  }
  return scored;
}

/**
 * The complete cases of a dimension's items: how many members have a value for every item (all of them
 * when there are no items), and those values as columns, in the members' order; no columns at all when no
 * member is complete, as rows would then have no first row to count the items of.
 */
function completeCases(
  columns: readonly Float64Array[],
  persons: number,
): { count: number; complete: Float64Array[] } {
  const isCase = new Uint8Array(persons).fill(1);
  for (const column of columns)
    for (let person = 0; person < persons; person += 1)
      if (Number.isNaN(column[person] ?? Number.NaN)) isCase[person] = 0;
  let count = 0;
  for (let person = 0; person < persons; person += 1) count += isCase[person] ?? 0;
  const complete = columns.map((column) => {
    const values = new Float64Array(count);
    let at = 0;
    for (let person = 0; person < persons; person += 1)
      if (isCase[person] === 1) values[at++] = column[person] ?? 0;
    return values;
  });
  return { count, complete: count === 0 ? [] : complete };
}

/** The values of a column that are not `NaN`, in order. */
function given(column: Float64Array): Float64Array {
  const n = column.length;
  let count = 0;
  for (let i = 0; i < n; i += 1) if (!Number.isNaN(column[i])) count += 1;
  const values = new Float64Array(count);
  let at = 0;
  for (let i = 0; i < n; i += 1) {
    const value = column[i] ?? Number.NaN;
    if (!Number.isNaN(value)) values[at++] = value;
  }
  return values;
}

/** A column's values of the persons at the given positions, in their order. */
function picked(column: Float64Array, persons: readonly number[]): Float64Array {
  const n = persons.length;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i += 1) values[i] = column[persons[i] ?? 0] ?? Number.NaN;
  return values;
}

/**
 * How many of the values (recoded by `reverse − value` when `reverse` is given) equal each of the scale's
 * point values, in the points' order (a value repeated among the points counts at each).
 */
function answerCounts(values: Float64Array, points: readonly number[], reverse: number | null): number[] {
  const first = new Float64Array(points);
  const counts = new Float64Array(points.length);
  const n = values.length;
  for (let i = 0; i < n; i += 1) {
    const value = values[i] ?? Number.NaN;
    const raw = reverse === null ? value : reverse - value;
    for (let p = 0; p < first.length; p += 1)
      if (first[p] === raw) {
        counts[p] = (counts[p] ?? 0) + 1;
        break;
      }
  }
  return points.map((point) => counts[points.indexOf(point)] ?? 0);
}

/** Typed arrays one after the other. */
function concatenated(parts: readonly Float64Array[]): Float64Array {
  const all = new Float64Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/** The 10th to 90th percentiles of values sorted ascending; `null` for none. */
function percentilesOf(sorted: Float64Array): DimensionGroupStats['percentiles'] {
  const at = (p: number) => quantileOfSorted(sorted, p);
  const p10 = at(0.1);
  const p25 = at(0.25);
  const p50 = at(0.5);
  const p75 = at(0.75);
  const p90 = at(0.9);
  if (p10 === null || p25 === null || p50 === null || p75 === null || p90 === null) return null;
  return { p10, p25, p50, p75, p90 };
}

/** The dimensions above `id` (its parent, the parent's parent, …). */
function ancestors(index: BankIndex, id: string): Set<string> {
  const found = new Set<string>();
  let current = index.dimensions.get(id)?.parent;
  while (current !== undefined && !found.has(current)) {
    found.add(current);
    current = index.dimensions.get(current)?.parent;
  }
  return found;
}
