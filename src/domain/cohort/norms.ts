/**
 * Programme norms from a cohort, and back into the bank: a norms block (per dimension n, mean, SD, alpha,
 * omega and percentiles, with the group, the source and the period), and the bank's next version that
 * carries it. With norms, the measurement model uses the measured reliabilities and spreads instead of its
 * assumptions (see `modelFor` in scoring/measurement.ts), so the new version states that in its
 * measurement's basis; the version number is the one the change needs (see diff.ts). Pure.
 */
import { diffBanks } from '../bank/diff';
import type { Bank, LocalizedText, Norms } from '../bank/schema';
import type { CohortAnalysis } from './analysis';

/** The fewest results of one bank version a norms block is made from. */
export const MIN_NORM_GROUP = 100;

/** What the facilitator says of the norm group. */
export interface NormsSource {
  /** Who the norm group is, per bank language ("participants of the 2026 programme"). */
  readonly group: LocalizedText;
  /** Where the figures come from, per bank language (shown as "compared with <source>"). */
  readonly source: LocalizedText;
  /** The period the results were collected in, e.g. "2026-01-12 – 2026-11-30". */
  readonly collected: string;
}

/**
 * The norms block of `analysis`: one entry per dimension scored by at least {@link MIN_NORM_GROUP}
 * participants, with its reliabilities (omega only where the one-factor fit is proper); `null` when no
 * dimension has that many.
 */
export function buildNorms(analysis: CohortAnalysis, source: NormsSource): Norms | null {
  const entries = analysis.dimensions.flatMap((stats) => {
    if (stats.n < MIN_NORM_GROUP || stats.mean === null || stats.sd === null) return [];
    const quality = analysis.quality.find((q) => q.dimension === stats.id);
    return [
      {
        dimension: stats.id,
        mean: stats.mean,
        sd: stats.sd,
        n: stats.n,
        ...(quality?.alpha === null || quality?.alpha === undefined ? {} : { alpha: quality.alpha }),
        ...(quality?.omega.status === 'ok' ? { omega: quality.omega.omega } : {}),
        ...(stats.percentiles === null ? {} : { percentiles: stats.percentiles }),
      },
    ];
  });
  if (entries.length === 0) return null;
  return { group: source.group, source: source.source, collected: source.collected.slice(0, 40), entries };
}

/** The period the results were made in: first and last day, as written in the result files. */
export function collectedPeriod(dates: readonly string[]): string {
  const days = dates.map((date) => date.slice(0, 10)).sort();
  const first = days[0] ?? '';
  const last = days[days.length - 1] ?? '';
  return first === last ? first : `${first} – ${last}`;
}

/** The next version number after `version` for a change of size `bump`. */
export function nextVersion(version: string, bump: 'major' | 'minor' | 'patch'): string {
  const [major = 0, minor = 0, patch = 0] = version.split(/[.-]/).map(Number);
  if (bump === 'major') return `${String(major + 1)}.0.0`;
  if (bump === 'minor') return `${String(major)}.${String(minor + 1)}.0`;
  return `${String(major)}.${String(minor)}.${String(patch + 1)}`;
}

/**
 * The bank's next version carrying `norms`: its measurement model (when it has one) now based on the
 * cohort, with `measurementSource` saying so, and numbered as the change needs.
 */
export function bankWithNorms(bank: Bank, norms: Norms, measurementSource: LocalizedText): Bank {
  const measurement = bank.scoring.measurement;
  const draft: Bank = {
    ...bank,
    scoring: measurement
      ? { ...bank.scoring, measurement: { ...measurement, basis: 'cohort', source: measurementSource } }
      : bank.scoring,
    norms,
  };
  return { ...draft, version: nextVersion(bank.version, diffBanks(bank, draft).needed ?? 'minor') };
}
