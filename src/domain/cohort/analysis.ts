/**
 * The cohort analysis: many participants' results of one bank, as a group profile (per dimension the
 * group's mean, spread and distribution, how often it came out as a strength or development point, the
 * context answers) and as scale quality for the bank's next version (Cronbach's alpha per dimension, and per
 * item its mean, spread, share of "not applicable" and item–rest correlation). Pure; no individual result
 * appears in it, only counts and statistics.
 */
import type { Answers, ContextAnswers } from '../answers';
import { dimensionRange, type BankIndex } from '../bank/model';
import { profileAnswers } from '../scoring/score';
import { omegaTotal, type OmegaResult } from './factor';
import {
  alphaIfDropped,
  alphaInterval,
  correlationMatrix,
  floorCeiling,
  meanInterItemCorrelation,
  type FloorCeiling,
  type Interval,
} from './reliability';
import {
  cronbachAlpha,
  fiveNumbers,
  itemRestCorrelations,
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

/**
 * Reads items' answers as scored: the recoded value, `null` for "not applicable", `undefined` otherwise
 * (unanswered, or not an answer the scale offers: as `answerState` reads them). Each item's scale is looked
 * up once, so reading a cohort's answers costs a hash lookup per answer.
 */
function scorer(index: BankIndex): (answers: Answers, itemId: string) => number | null | undefined {
  const items = new Map(
    [...index.items.values()].map((item) => {
      const scale = index.itemScale.get(item.id);
      const { min, max } = dimensionRange(index, item.dimension);
      return [
        item.id,
        {
          points: new Set(scale?.points.map((point) => point.value) ?? []),
          notApplicable: scale?.notApplicable !== undefined,
          reverse: item.reverse === true ? min + max : null,
          known: scale !== undefined,
        },
      ] as const;
    }),
  );
  return (answers, itemId) => {
    const item = items.get(itemId);
    if (!item?.known || !Object.hasOwn(answers, itemId)) return undefined;
    const value = answers[itemId];
    if (value === null) return item.notApplicable ? null : undefined;
    if (typeof value !== 'number' || !item.points.has(value)) return undefined;
    return item.reverse === null ? value : item.reverse - value;
  };
}

/** Analyses the members' results on one bank. */
export function analyseCohort(index: BankIndex, members: readonly CohortMember[]): CohortAnalysis {
  const { bank } = index;
  const scoredValue = scorer(index);
  const scores = members.map((member) => profileAnswers(index, member.answers));
  // Per dimension, the members who had it as a strength / development point: one pass over the profiles.
  const labelled = { strengths: new Map<string, number>(), development: new Map<string, number>() };
  for (const score of scores)
    for (const profile of score.sections)
      for (const kind of ['strengths', 'development'] as const)
        for (const id of profile[kind]) labelled[kind].set(id, (labelled[kind].get(id) ?? 0) + 1);
  const ruled = new Set(bank.scoring.relative.map((rule) => rule.section));
  // Scores list dimensions in bank order, so a dimension's score is at its position in every member's list.
  const dimensions = bank.dimensions.map((dimension, position): DimensionGroupStats => {
    const values: number[] = [];
    for (const s of scores) {
      const value = s.dimensions[position]?.mean;
      if (value !== null && value !== undefined) values.push(value);
    }
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
      strengths: relative ? (labelled.strengths.get(dimension.id) ?? 0) : null,
      development: relative ? (labelled.development.get(dimension.id) ?? 0) : null,
    };
  });

  const quality = bank.dimensions.map((dimension): ScaleQuality => {
    const items = index.itemsBeneath.get(dimension.id) ?? [];
    const values = members.map((member) => items.map((item) => scoredValue(member.answers, item.id)));
    const complete = values.filter((row): row is number[] => row.every((value) => typeof value === 'number'));
    const itemRest = itemRestCorrelations(complete);
    const dropped = alphaIfDropped(complete);
    const { min, max } = dimensionRange(index, dimension.id);
    const answered: number[] = [];
    for (const row of values) for (const value of row) if (typeof value === 'number') answered.push(value);
    return {
      dimension: dimension.id,
      section: dimension.section,
      completeCases: complete.length,
      alpha: cronbachAlpha(complete),
      alphaInterval: alphaInterval(complete, 0.95),
      omega: omegaTotal(complete),
      meanInterItem: meanInterItemCorrelation(complete),
      floorCeiling: floorCeiling(answered, min, max),
      items: items.map((item, position): ItemStats => {
        const given: number[] = [];
        let notApplicable = 0;
        for (const row of values) {
          const value = row[position];
          if (typeof value === 'number') given.push(value);
          else if (value === null) notApplicable += 1;
        }
        const points = index.itemScale.get(item.id)?.points ?? [];
        // Raw answers per scale point: a reverse-keyed item's recoded value maps back to the answer given.
        const counts = new Map<number, number>();
        for (const value of given) {
          const raw = item.reverse === true ? min + max - value : value;
          counts.set(raw, (counts.get(raw) ?? 0) + 1);
        }
        return {
          id: item.id,
          dimension: item.dimension,
          reverse: item.reverse === true,
          n: given.length,
          mean: mean(given),
          sd: sd(given),
          notApplicable,
          notApplicableShare: members.length === 0 ? 0 : notApplicable / members.length,
          itemRest: itemRest[position] ?? null,
          alphaIfDropped: dropped[position] ?? null,
          distribution: points.map((point) => ({ value: point.value, count: counts.get(point.value) ?? 0 })),
        };
      }),
    };
  });

  const context = bank.context.map((question): ContextDistribution => {
    const chosen = members.map((member) =>
      Object.hasOwn(member.context, question.id) ? member.context[question.id] : undefined,
    );
    return {
      question: question.id,
      counts: question.options.map((option) => ({
        option: option.id,
        count: chosen.filter((c) => c === option.id).length,
      })),
      none: chosen.filter((c) => c === undefined || !question.options.some((option) => option.id === c))
        .length,
    };
  });

  // Dimension scores per participant, as columns (one per dimension), for correlations and subgroups.
  const columns = bank.dimensions.map((_, position) =>
    scores.map((score) => score.dimensions[position]?.mean ?? null),
  );
  const matrix = correlationMatrix(columns, MIN_PAIRS_FOR_CORRELATION);
  const nested = (a: string, b: string) => ancestors(index, a).has(b) || ancestors(index, b).has(a);
  const close: { a: string; b: string; r: number }[] = [];
  bank.dimensions.forEach((first, i) =>
    bank.dimensions.forEach((second, j) => {
      const r = matrix[i]?.[j] ?? null;
      if (j > i && r !== null && r > DISTINCT_THRESHOLD && !nested(first.id, second.id))
        close.push({ a: first.id, b: second.id, r });
    }),
  );

  const subgroups = bank.context.map((question): SubgroupComparison => ({
    question: question.id,
    groups: question.options.map((option): Subgroup => {
      const inGroup: number[] = [];
      members.forEach((member, person) => {
        if (Object.hasOwn(member.context, question.id) && member.context[question.id] === option.id)
          inGroup.push(person);
      });
      return {
        option: option.id,
        n: inGroup.length,
        dimensions:
          inGroup.length < MIN_SUBGROUP
            ? null
            : bank.dimensions.map((dimension, position) => {
                const column = columns[position] ?? [];
                const values: number[] = [];
                for (const person of inGroup) {
                  const value = column[person];
                  if (typeof value === 'number') values.push(value);
                }
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
    correlations: { dimensions: bank.dimensions.map((d) => d.id), matrix, close },
    subgroups,
  };
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
