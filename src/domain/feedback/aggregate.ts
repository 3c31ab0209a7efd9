/**
 * 360° feedback: the participant's own scores beside how their rater groups see them, dimension by
 * dimension, under rules that keep every rater anonymous within their group.
 *
 * Anonymity (the only figures any view, file or PDF can show come from here):
 * - a group is shown on its own only when at least its `minimum` raters answered (3 unless the bank says
 *   otherwise; a group allowed 1, such as a manager, is then "one person's view"); and per dimension only
 *   when at least that many of them could score it;
 * - "all others" pools every counted rater of every group and is shown only when at least
 *   {@link OTHERS_MINIMUM} raters (and at least the minimum of every group folded into it) answered;
 * - a group below its minimum is folded into "all others" when "all others" is shown, and left out
 *   altogether otherwise (its answers then count nowhere, not even in the comments);
 * - never one rater's answers: every figure is a mean or a spread over at least the minimum number.
 *
 * Labels ("clearly" means beyond measurement error under the bank's model, as everywhere else):
 * - blind spot: self above all others by at least the critical difference; hidden strength: all others
 *   above self by at least it. The critical difference is z·√(SE_self² + SE_others²), with z from the
 *   bank's family alpha over the section's compared dimensions (Bonferroni, as for "clear change"), SE_self
 *   the participant's standard error and SE_others = √(Σ SE_r²) / n the error of the raters' mean (each
 *   rater's own standard error from the same model and the number of statements they could answer);
 * - raters disagree: r_wg of the raters' dimension scores below {@link DISAGREEMENT_RWG}, where
 *   r_wg = 1 − s² / σ²_EU and σ²_EU = (A² − 1) / 12 is the variance of uniformly random answers on an
 *   A-point scale (James, Demaree & Wolf, 1984; below .50 is "weak agreement" or less in LeBreton & Senter,
 *   2008).
 */
import type { Answers } from '../answers';
import type { BankIndex } from '../bank/model';
import { type DimensionScore, scoreDimension } from '../scoring/dimensions';
import { zForFamily } from '../scoring/measurement';
import { ratedSections, type RaterAnswerSet } from './payload';
import { groupMinimum } from './rater';

/** Fewest raters in "all others" before it is shown. */
export const OTHERS_MINIMUM = 3;
/** Below this r_wg, the raters of a dimension are said to disagree. */
export const DISAGREEMENT_RWG = 0.5;

/** How a rater group's responses are used. */
export type GroupUse =
  /** Reached its minimum: shown on its own (and counted in "all others"). */
  | 'own'
  /** Below its minimum: counted only in "all others". */
  | 'folded'
  /** Below its minimum and "all others" is not shown: counted nowhere. */
  | 'left-out'
  /** No responses yet. */
  | 'none';

export interface GroupStatus {
  readonly id: string;
  /** Responses in (each counted once). */
  readonly responses: number;
  /** Responses needed before the group is shown on its own. */
  readonly minimum: number;
  readonly use: GroupUse;
  /** Shown on its own with a minimum of 1 and one response: "one person's view". */
  readonly single: boolean;
}

/** One group's (or all others') figure on one dimension: `mean` is `null` when too few could score it. */
export interface FeedbackCell {
  readonly mean: number | null;
  /** Raters whose answers gave the dimension a score. */
  readonly raters: number;
  /** Standard error of the raters' mean under the bank's model (`null` without one or without a mean). */
  readonly se: number | null;
}

export interface FeedbackRow {
  readonly dimension: string;
  readonly section: string;
  /** The participant's own score, and its standard error. */
  readonly self: number | null;
  readonly selfSe: number | null;
  /** Each group shown on its own (in bank order), by group id. */
  readonly groups: ReadonlyMap<string, FeedbackCell>;
  /** All counted raters together; `null` when "all others" is not shown. */
  readonly others: FeedbackCell | null;
  /** Self minus all others, when both have a score. */
  readonly difference: number | null;
  /** The difference beyond which it is more than measurement error (`null`: not known). */
  readonly critical: number | null;
  readonly label: 'blind-spot' | 'hidden-strength' | null;
  /** The standard deviation of the raters' scores in "all others" (`null` under the minimum). */
  readonly spread: number | null;
  /** r_wg of those scores (`null` with `spread`). */
  readonly agreement: number | null;
  readonly disagree: boolean;
  readonly min: number;
  readonly max: number;
}

export interface FeedbackAggregate {
  /** Every group of the bank, in bank order. */
  readonly groups: readonly GroupStatus[];
  /** Responses counted in the figures (groups shown on their own or folded). */
  readonly counted: number;
  /** Whether "all others" is shown. */
  readonly othersShown: boolean;
  /** One row per dimension of the rated sections, in bank order. */
  readonly rows: readonly FeedbackRow[];
  /** The comments of the counted responses per rated section, in an order unrelated to who wrote them. */
  readonly comments: readonly { readonly section: string; readonly texts: readonly string[] }[];
}

/** FNV-1a of a text: the comments' order, which depends on nothing but their words. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The mean of the raters' scores, with its standard error, when at least `minimum` have one. */
function cellOf(scores: readonly DimensionScore[], minimum: number): FeedbackCell {
  const scored = scores.filter((score) => score.mean !== null);
  if (scored.length < Math.max(1, minimum)) return { mean: null, raters: scored.length, se: null };
  const mean = scored.reduce((sum, score) => sum + (score.mean ?? 0), 0) / scored.length;
  const ses = scored.flatMap((score) => (score.se === null ? [] : [score.se]));
  const se =
    ses.length === scored.length
      ? Math.sqrt(ses.reduce((sum, value) => sum + value * value, 0)) / scored.length
      : null;
  return { mean, raters: scored.length, se };
}

/** The sample standard deviation of the raters' scores and their r_wg on an A-point scale. */
function spreadOf(
  scores: readonly DimensionScore[],
  points: number,
): { spread: number | null; agreement: number | null } {
  const values = scores.flatMap((score) => (score.mean === null ? [] : [score.mean]));
  if (values.length < OTHERS_MINIMUM) return { spread: null, agreement: null };
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  const uniform = (points * points - 1) / 12;
  return { spread: Math.sqrt(variance), agreement: uniform > 0 ? 1 - variance / uniform : null };
}

/** How each group of the bank is used, given the responses per group (see the module comment). */
export function groupStatuses(
  index: BankIndex,
  sets: readonly RaterAnswerSet[],
): { readonly groups: readonly GroupStatus[]; readonly othersShown: boolean } {
  const groups = index.bank.raters?.groups ?? [];
  const counts = new Map<string, number>();
  for (const set of sets) counts.set(set.groupId, (counts.get(set.groupId) ?? 0) + 1);
  const total = groups.reduce((sum, group) => sum + (counts.get(group.id) ?? 0), 0);
  const below = groups.filter((group) => {
    const count = counts.get(group.id) ?? 0;
    return count > 0 && count < groupMinimum(group);
  });
  const needed = Math.max(OTHERS_MINIMUM, ...below.map(groupMinimum));
  const othersShown = total >= needed;
  return {
    othersShown,
    groups: groups.map((group): GroupStatus => {
      const responses = counts.get(group.id) ?? 0;
      const minimum = groupMinimum(group);
      const use: GroupUse =
        responses === 0 ? 'none' : responses >= minimum ? 'own' : othersShown ? 'folded' : 'left-out';
      return { id: group.id, responses, minimum, use, single: use === 'own' && responses === 1 };
    }),
  };
}

/**
 * The 360° figures of a participant's own answers and their raters' answer sets (each response once;
 * sets of groups the bank does not offer are ignored). Pure: the same inputs give the same figures, in any
 * order of the sets.
 */
export function aggregateFeedback(
  index: BankIndex,
  selfAnswers: Answers,
  sets: readonly RaterAnswerSet[],
): FeedbackAggregate {
  const { groups, othersShown } = groupStatuses(index, sets);
  const use = new Map(groups.map((group) => [group.id, group]));
  const counted = sets.filter((set) => {
    const status = use.get(set.groupId)?.use;
    return status === 'own' || status === 'folded';
  });
  const shownGroups = groups.filter((group) => group.use === 'own');
  const familyAlpha = index.bank.scoring.measurement?.familyAlpha ?? null;
  const rows: FeedbackRow[] = [];
  for (const section of ratedSections(index)) {
    const dimensions = index.sectionDimensions.get(section.id) ?? [];
    const z = familyAlpha === null ? null : zForFamily(familyAlpha, dimensions.length);
    for (const dimension of dimensions) {
      const self = scoreDimension(index, selfAnswers, dimension);
      const scores = counted.map((set) => ({
        groupId: set.groupId,
        score: scoreDimension(index, set.answers, dimension),
      }));
      const cells = new Map<string, FeedbackCell>();
      for (const group of shownGroups)
        cells.set(
          group.id,
          cellOf(
            scores.filter((entry) => entry.groupId === group.id).map((entry) => entry.score),
            group.minimum,
          ),
        );
      const all = scores.map((entry) => entry.score);
      const others = othersShown ? cellOf(all, OTHERS_MINIMUM) : null;
      const difference = self.mean === null || others?.mean == null ? null : self.mean - others.mean;
      const critical =
        difference === null || z === null || self.se === null || others?.se == null
          ? null
          : z * Math.hypot(self.se, others.se);
      const firstItem = index.itemsBeneath.get(dimension.id)?.[0];
      const points = (firstItem && index.itemScale.get(firstItem.id)?.points.length) ?? 0;
      const { spread, agreement } = othersShown ? spreadOf(all, points) : { spread: null, agreement: null };
      rows.push({
        dimension: dimension.id,
        section: section.id,
        self: self.mean,
        selfSe: self.se,
        groups: cells,
        others,
        difference,
        critical,
        label:
          difference === null || critical === null
            ? null
            : difference >= critical
              ? 'blind-spot'
              : -difference >= critical
                ? 'hidden-strength'
                : null,
        spread,
        agreement,
        disagree: agreement !== null && agreement < DISAGREEMENT_RWG,
        min: self.min,
        max: self.max,
      });
    }
  }
  const comments = ratedSections(index).map((section) => ({
    section: section.id,
    texts: counted
      .flatMap((set) => {
        const text = set.comments[section.id];
        return text === undefined || text === '' ? [] : [text];
      })
      .sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : a > b ? 1 : 0)),
  }));
  return { groups, counted: counted.length, othersShown, rows, comments };
}
