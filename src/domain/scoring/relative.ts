/**
 * Relative (ipsative) strengths and development points within one section: the person's dimensions
 * compared with their own mean over that section, never with other people.
 */
import type { RelativeRule } from '../bank/schema';
import type { DimensionScore } from './dimensions';

/**
 * A section's relative profile. `status` is `profile` when at least one strength or development point
 * qualifies, `balanced` when none does, and `insufficient` when fewer than two dimensions have a score.
 */
export interface SectionProfile {
  readonly section: string;
  readonly status: 'profile' | 'balanced' | 'insufficient';
  /** The person's own mean over the section: the mean of the scored dimensions' means. */
  readonly mean: number | null;
  /** Dimension ids, strongest first. */
  readonly strengths: readonly string[];
  /** Dimension ids, lowest first. */
  readonly development: readonly string[];
  readonly threshold: number;
}

const EPSILON = 1e-9;

type Scored = DimensionScore & { readonly mean: number };

/**
 * Ranks the section's scored leaf dimensions (parents are aggregates and take no part) against the
 * person's own mean over them. A dimension is a strength when its mean is at least `threshold` scale
 * points above that mean, a development point when at least `threshold` below; at most `maxStrengths` /
 * `maxDevelopment` are kept.
 *
 * Ties are broken deterministically: equal means (within 1e-9) are ordered by more answered items first
 * (more evidence), then by the dimension's order in the bank.
 */
export function relativeProfile(rule: RelativeRule, leafScores: readonly DimensionScore[]): SectionProfile {
  const scored = leafScores.filter((score): score is Scored => score.mean !== null);
  const base = { section: rule.section, threshold: rule.threshold ?? 0 };
  if (scored.length < 2)
    return { ...base, status: 'insufficient', mean: null, strengths: [], development: [] };
  const personal = scored.reduce((total, score) => total + score.mean, 0) / scored.length;
  const order = new Map(leafScores.map((score, position) => [score.id, position]));
  const compare = (direction: 1 | -1) => (a: Scored, b: Scored) => {
    if (Math.abs(a.mean - b.mean) > EPSILON) return direction * (b.mean - a.mean);
    if (a.answered !== b.answered) return b.answered - a.answered;
    return (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  };
  const strengths = scored
    .filter((score) => score.mean - personal >= base.threshold - EPSILON)
    .sort(compare(1))
    .slice(0, rule.maxStrengths)
    .map((score) => score.id);
  const development = scored
    .filter((score) => personal - score.mean >= base.threshold - EPSILON)
    .sort(compare(-1))
    .slice(0, rule.maxDevelopment)
    .map((score) => score.id);
  const status = strengths.length + development.length > 0 ? 'profile' : 'balanced';
  return { ...base, status, mean: personal, strengths, development };
}
