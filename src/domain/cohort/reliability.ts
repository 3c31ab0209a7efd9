/**
 * Further scale-quality figures for the cohort view, next to Cronbach's alpha and the item–rest correlations
 * of stats.ts: Feldt's confidence interval for alpha, alpha if an item is dropped, the mean inter-item
 * correlation, floor and ceiling shares, and a pairwise-complete correlation matrix. Omega is in factor.ts.
 * Pure; every function returns `null` (never NaN or a throw) for a figure the data do not define.
 *
 * `rows` are complete cases: persons × items, every row the same length, every value finite. Each figure
 * has a form over the same cases as {@link Columns} too (see stats.ts), which the rows are turned into.
 */
import { fQuantile } from './distributions';
import { alphaOfColumns, columnsOf, pairwisePearson, pearson, type Columns, type Values } from './stats';

/** A two-sided confidence interval; lower ≤ upper. */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * Feldt's confidence interval for Cronbach's alpha at the given level (0 < level < 1, default .95), exactly
 * as `psych::alpha.ci(alpha, n.obs, n.var, p.val = 1 − level)`: with F quantiles on n − 1 and
 * (n − 1)(k − 1) degrees of freedom, lower = 1 − (1 − α)·F(1 − p/2) and upper = 1 − (1 − α)·F(p/2). Both
 * ends are ≤ 1 and may be far below 0 for small or incoherent scales. `null` when alpha is undefined
 * (fewer than two items or persons, or no variance in the total) or the level is out of range.
 */
export function alphaInterval(rows: readonly (readonly number[])[], level = 0.95): Interval | null {
  return alphaIntervalOfColumns(columnsOf(rows), level);
}

/** {@link alphaInterval} of complete cases as columns. */
export function alphaIntervalOfColumns(columns: Columns, level = 0.95): Interval | null {
  if (!(level > 0 && level < 1)) return null;
  const alpha = alphaOfColumns(columns);
  const n = columns[0]?.length ?? 0;
  const k = columns.length;
  if (alpha === null || n < 2 || k < 2) return null;
  const tail = (1 - level) / 2;
  const df1 = n - 1;
  const df2 = (n - 1) * (k - 1);
  const high = fQuantile(1 - tail, df1, df2);
  const low = fQuantile(tail, df1, df2);
  if (high === null || low === null) return null;
  return { lower: 1 - (1 - alpha) * high, upper: 1 - (1 - alpha) * low };
}

/**
 * For each item, Cronbach's alpha of the other items (psych's `alpha.drop$raw_alpha`), in item order. All
 * `null` with fewer than three items (one item left has no alpha; psych reports a different quantity there);
 * single entries `null` where the remaining items' total does not vary.
 */
export function alphaIfDropped(rows: readonly (readonly number[])[]): (number | null)[] {
  return alphaIfDroppedOfColumns(columnsOf(rows));
}

/** {@link alphaIfDropped} of complete cases as columns (no copy of the values: the others are the same). */
export function alphaIfDroppedOfColumns(columns: Columns): (number | null)[] {
  const k = columns.length;
  if (k < 3) return Array.from({ length: k }, () => null);
  return columns.map((_, item) => alphaOfColumns(columns.filter((_, j) => j !== item)));
}

/**
 * The mean of the k(k − 1)/2 Pearson correlations between different items, in [−1, 1] (psych's `average_r`
 * for raw data). `null` with fewer than two items or three persons, or when an item does not vary.
 */
export function meanInterItemCorrelation(rows: readonly (readonly number[])[]): number | null {
  return meanInterItemOfColumns(columnsOf(rows));
}

/** {@link meanInterItemCorrelation} of complete cases as columns. */
export function meanInterItemOfColumns(columns: Columns): number | null {
  const k = columns.length;
  if (k < 2) return null;
  let sum = 0;
  for (let i = 0; i < k; i += 1) {
    for (let j = i + 1; j < k; j += 1) {
      const r = pearson(columns[i] ?? [], columns[j] ?? []);
      if (r === null) return null;
      sum += r;
    }
  }
  return sum / ((k * (k - 1)) / 2);
}

/** Shares (0–1) of answers at the bottom and the top of a scale. */
export interface FloorCeiling {
  readonly floor: number;
  readonly ceiling: number;
}

/**
 * The shares (0–1 each) of the values equal to the scale's lowest value `min` and its highest `max`; with
 * min = max both shares are the same. `null` for no values or a min above max.
 */
export function floorCeiling(values: Values, min: number, max: number): FloorCeiling | null {
  if (values.length === 0 || !(min <= max)) return null;
  const n = values.length;
  let floor = 0;
  let ceiling = 0;
  for (let i = 0; i < n; i += 1) {
    const value = values[i];
    if (value === min) floor += 1;
    if (value === max) ceiling += 1;
  }
  return { floor: floor / values.length, ceiling: ceiling / values.length };
}

/**
 * Pearson correlations between variables over pairwise-complete cases, as R's
 * `cor(x, use = "pairwise.complete.obs")`: `columns[v][person]`, `null` (or a non-finite number, or a
 * position past the column's end) marking a missing value. The result is symmetric, k × k, each entry in
 * [−1, 1] or `null` where the pair has fewer than `minPairs` complete pairs (never fewer than 3) or one of
 * the two does not vary over them. The diagonal is 1 under the same conditions for the variable alone.
 */
export function correlationMatrix(
  columns: readonly (readonly (number | null)[])[],
  minPairs: number,
): (number | null)[][] {
  const persons = Math.max(0, ...columns.map((column) => column.length));
  const finite = columns.map((column) =>
    Float64Array.from({ length: persons }, (_, person) => {
      const x = column[person];
      return typeof x === 'number' && Number.isFinite(x) ? x : Number.NaN;
    }),
  );
  return correlationMatrixOfColumns(finite, minPairs);
}

/**
 * {@link correlationMatrix} of variables as typed columns of the same length, `NaN` marking a missing value
 * (every other value finite). Each pair is read where it is, without copying its complete pairs out.
 */
export function correlationMatrixOfColumns(
  columns: readonly Float64Array[],
  minPairs: number,
): (number | null)[][] {
  const k = columns.length;
  const needed = Math.max(3, Math.ceil(minPairs));
  const matrix: (number | null)[][] = Array.from({ length: k }, () => new Array<number | null>(k).fill(null));
  for (let i = 0; i < k; i += 1) {
    for (let j = i; j < k; j += 1) {
      const r = pairwisePearson(columns[i] ?? new Float64Array(), columns[j] ?? new Float64Array(), needed);
      const entry = r === null ? null : i === j ? 1 : Math.max(-1, Math.min(1, r));
      (matrix[i] ?? [])[j] = entry;
      (matrix[j] ?? [])[i] = entry;
    }
  }
  return matrix;
}
