/**
 * Where a participant's score stands in a bank's norm group, by the norm group's percentiles. Pure; used by
 * the results view only when the bank carries norms.
 */

/** The percentiles a norms entry gives, in order, with the percent each stands for. */
const EDGES = [
  ['p10', 10],
  ['p25', 25],
  ['p50', 50],
  ['p75', 75],
  ['p90', 90],
] as const;

/**
 * Where a score stands in the norm group: the percentile band of its interval's low end to that of its
 * high end (so a band never claims more than the measurement error allows). `below`/`above` are the
 * percents bounding it (`null`: no bound on that side, below the 10th or above the 90th).
 */
export interface NormStanding {
  readonly above: number | null;
  readonly below: number | null;
}

/** The band of `low`–`high` among the norm group's percentiles; `null` without percentiles. */
export function normStanding(
  percentiles: Readonly<Record<(typeof EDGES)[number][0], number>> | undefined,
  low: number,
  high: number,
): NormStanding | null {
  if (!percentiles) return null;
  // The highest percentile at or below the low end, and the lowest at or above the high end.
  let above: number | null = null;
  let below: number | null = null;
  for (const [key, percent] of EDGES) if (percentiles[key] <= low) above = percent;
  for (const [key, percent] of [...EDGES].reverse()) if (percentiles[key] >= high) below = percent;
  return { above, below };
}
