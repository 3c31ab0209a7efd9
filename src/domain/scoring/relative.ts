/**
 * Relative (ipsative) strengths and development points within one section: the person's dimensions
 * compared with their own mean over that section, never with other people. With the critical-difference
 * method a dimension is labelled only when its distance from the person's mean is larger than measurement
 * error could make it, for all comparisons of the section together (see `questionnaires/README.md`).
 */
import type { RelativeRule } from '../bank/schema';
import type { DimensionScore } from './dimensions';
import { deviationError, zForFamily } from './measurement';

/** One scored dimension's standing in its section: its distance from the person's own section mean. */
export interface Standing {
  readonly id: string;
  /** `mean − section mean`, in scale points. */
  readonly deviation: number;
  /**
   * The distance beyond which the deviation is more than measurement error (the critical difference), in
   * scale points; `null` when the section has no measurement model.
   */
  readonly critical: number | null;
}

/** The standings of a section's scored leaf dimensions, and their mean. */
export interface SectionStandings {
  readonly section: string;
  /** The person's own mean over the section: the mean of the scored dimensions' means. */
  readonly mean: number | null;
  readonly standings: readonly Standing[];
}

/**
 * A section's relative profile. `status` is `profile` when at least one strength or development point
 * qualifies, `balanced` when none does, and `insufficient` when fewer than two dimensions have a score.
 */
export interface SectionProfile {
  readonly section: string;
  readonly status: 'profile' | 'balanced' | 'insufficient';
  readonly method: 'threshold' | 'critical-difference';
  /** The person's own mean over the section. */
  readonly mean: number | null;
  /** Dimension ids, strongest first. */
  readonly strengths: readonly string[];
  /** Dimension ids, lowest first. */
  readonly development: readonly string[];
  /** For method `threshold`: the fixed distance in scale points. */
  readonly threshold: number | null;
  readonly standings: readonly Standing[];
}

const EPSILON = 1e-9;

type Scored = DimensionScore & { readonly mean: number };

/**
 * The standings of the section's scored leaf dimensions (parents are aggregates and take no part). The
 * critical difference of each is z·SD(Xⱼ − X̄), where z keeps the chance of any label on a flat profile at
 * `familyAlpha` for the d comparisons of the section together (Bonferroni, two-sided).
 */
export function sectionStandings(
  section: string,
  leafScores: readonly DimensionScore[],
  familyAlpha: number | null,
): SectionStandings {
  const scored = leafScores.filter((score): score is Scored => score.mean !== null);
  if (scored.length === 0) return { section, mean: null, standings: [] };
  const mean = scored.reduce((total, score) => total + score.mean, 0) / scored.length;
  const ses = scored.map((score) => score.se ?? 0);
  const modelled = familyAlpha !== null && scored.every((score) => score.se !== null);
  const z = modelled ? zForFamily(familyAlpha, scored.length) : null;
  return {
    section,
    mean,
    standings: scored.map((score, position) => ({
      id: score.id,
      deviation: score.mean - mean,
      critical: z === null || !modelled ? null : z * deviationError(ses, position),
    })),
  };
}

/**
 * Ranks the section's scored leaf dimensions against the person's own mean over them. A dimension is a
 * strength when its mean lies beyond the rule's distance above that mean (a fixed `threshold` in scale
 * points, or the critical difference of its standing), a development point when beyond it below; at most
 * `maxStrengths` / `maxDevelopment` are kept.
 *
 * Ties are broken deterministically: equal distances (within 1e-9) are ordered by more answered items first
 * (more evidence), then by the dimension's order in the bank.
 */
export function relativeProfile(
  rule: RelativeRule,
  leafScores: readonly DimensionScore[],
  familyAlpha: number | null,
): SectionProfile {
  const method = rule.method ?? 'threshold';
  const threshold = method === 'threshold' ? (rule.threshold ?? 0) : null;
  const { mean, standings } = sectionStandings(
    rule.section,
    leafScores,
    method === 'threshold' ? null : familyAlpha,
  );
  const base = { section: rule.section, method, threshold, standings };
  if (standings.length < 2)
    return { ...base, status: 'insufficient', mean: null, strengths: [], development: [] };
  const distance = (standing: Standing) => threshold ?? standing.critical ?? Infinity;
  const byId = new Map(leafScores.map((score, position) => [score.id, { score, position }]));
  const compare = (direction: 1 | -1) => (a: Standing, b: Standing) => {
    if (Math.abs(a.deviation - b.deviation) > EPSILON) return direction * (b.deviation - a.deviation);
    const answered = (byId.get(b.id)?.score.answered ?? 0) - (byId.get(a.id)?.score.answered ?? 0);
    if (answered !== 0) return answered;
    return (byId.get(a.id)?.position ?? 0) - (byId.get(b.id)?.position ?? 0);
  };
  const strengths = standings
    .filter((standing) => standing.deviation >= distance(standing) - EPSILON)
    .sort(compare(1))
    .slice(0, rule.maxStrengths)
    .map((standing) => standing.id);
  const development = standings
    .filter((standing) => -standing.deviation >= distance(standing) - EPSILON)
    .sort(compare(-1))
    .slice(0, rule.maxDevelopment)
    .map((standing) => standing.id);
  const status = strengths.length + development.length > 0 ? 'profile' : 'balanced';
  return { ...base, status, mean, strengths, development };
}
