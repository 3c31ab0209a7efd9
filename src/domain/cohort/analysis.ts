/**
 * The cohort analysis: many participants' results of one bank, as a group profile (per dimension the
 * group's mean, spread and distribution, how often it came out as a strength or development point, the
 * context answers) and as scale quality for the bank's next version (Cronbach's alpha per dimension, and per
 * item its mean, spread, share of "not applicable" and item–rest correlation). Pure; no individual result
 * appears in it, only counts and statistics.
 */
import { answerState, type Answers, type ContextAnswers } from '../answers';
import { dimensionRange, type BankIndex } from '../bank/model';
import { scoreAnswers } from '../scoring/score';
import { cronbachAlpha, fiveNumbers, itemRestCorrelations, mean, sd, type FiveNumbers } from './stats';

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
}

export interface ScaleQuality {
  readonly dimension: string;
  readonly section: string;
  /** Participants who answered every item of the dimension with a value (the cases alpha is computed on). */
  readonly completeCases: number;
  readonly alpha: number | null;
  readonly items: readonly ItemStats[];
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
}

/**
 * The smallest group whose profile may leave the view as a PDF: below it, group figures come too close to
 * one person's answers.
 */
export const MIN_GROUP_FOR_PROFILE = 5;

/** Conventional thresholds the view marks: alpha below .70, item–rest below .30. */
export const ALPHA_THRESHOLD = 0.7;
export const ITEM_REST_THRESHOLD = 0.3;

/** An item's answer as scored: the recoded value, `null` for "not applicable", `undefined` otherwise. */
function scoredValue(index: BankIndex, answers: Answers, itemId: string): number | null | undefined {
  const state = answerState(index, answers, itemId);
  if (state.kind === 'not-applicable') return null;
  if (state.kind !== 'value') return undefined;
  const item = index.items.get(itemId);
  if (item?.reverse !== true) return state.value;
  const { min, max } = dimensionRange(index, item.dimension);
  return min + max - state.value;
}

/** Analyses the members' results on one bank. */
export function analyseCohort(index: BankIndex, members: readonly CohortMember[]): CohortAnalysis {
  const { bank } = index;
  const scores = members.map((member) => scoreAnswers(index, member.answers, member.context));
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
    return {
      id: dimension.id,
      section: dimension.section,
      n: values.length,
      mean: mean(values),
      sd: sd(values),
      five: fiveNumbers(values),
      strengths: relative ? (labelled.strengths.get(dimension.id) ?? 0) : null,
      development: relative ? (labelled.development.get(dimension.id) ?? 0) : null,
    };
  });

  const quality = bank.dimensions.map((dimension): ScaleQuality => {
    const items = index.itemsBeneath.get(dimension.id) ?? [];
    const values = members.map((member) => items.map((item) => scoredValue(index, member.answers, item.id)));
    const complete = values.filter((row): row is number[] => row.every((value) => typeof value === 'number'));
    const itemRest = itemRestCorrelations(complete);
    return {
      dimension: dimension.id,
      section: dimension.section,
      completeCases: complete.length,
      alpha: cronbachAlpha(complete),
      items: items.map((item, position): ItemStats => {
        const answered = values.flatMap((row) => (typeof row[position] === 'number' ? [row[position]] : []));
        const notApplicable = values.filter((row) => row[position] === null).length;
        return {
          id: item.id,
          dimension: item.dimension,
          reverse: item.reverse === true,
          n: answered.length,
          mean: mean(answered),
          sd: sd(answered),
          notApplicable,
          notApplicableShare: members.length === 0 ? 0 : notApplicable / members.length,
          itemRest: itemRest[position] ?? null,
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

  return { n: members.length, dimensions, quality, context };
}
