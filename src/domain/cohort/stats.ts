/**
 * Descriptive and reliability statistics for the cohort view. Pure functions over plain numbers; every
 * function returns `null` (never NaN or a throw) when its figure is undefined for the data given.
 */

/** The arithmetic mean; `null` for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** The sample variance (divisor n − 1); `null` for fewer than two values. */
export function variance(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || values.length < 2) return null;
  let sum = 0;
  for (const value of values) sum += (value - m) ** 2;
  return sum / (values.length - 1);
}

/** The sample standard deviation (divisor n − 1); `null` for fewer than two values. */
export function sd(values: readonly number[]): number | null {
  const v = variance(values);
  return v === null ? null : Math.sqrt(v);
}

/**
 * The `p`-quantile (0 ≤ p ≤ 1) by linear interpolation between order statistics (type 7, the default of R
 * and of spreadsheet QUARTILE.INC); `null` for no values.
 */
export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  return quantileOfSorted(sortedCopy(values), p);
}

/** The values sorted ascending, in a new typed array (sorted numerically, without a comparator). */
export function sortedCopy(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** The `p`-quantile (type 7, as {@link quantile}) of values already sorted ascending; `null` for none. */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? 0;
  const b = sorted[high] ?? a;
  return a + (b - a) * (position - low);
}

/** Minimum, quartiles and maximum: what a box plot draws. */
export interface FiveNumbers {
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

/** The five-number summary of the values (or of a {@link sortedCopy} of them); `null` for no values. */
export function fiveNumbers(values: readonly number[] | Float64Array): FiveNumbers | null {
  if (values.length === 0) return null;
  // Sorted once (and never spread into an argument list: that overflows the stack for large cohorts).
  const sorted = values instanceof Float64Array ? values : sortedCopy(values);
  return {
    min: sorted[0] ?? 0,
    q1: quantileOfSorted(sorted, 0.25) ?? 0,
    median: quantileOfSorted(sorted, 0.5) ?? 0,
    q3: quantileOfSorted(sorted, 0.75) ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
  };
}

/** Pearson's correlation of paired values; `null` for fewer than three pairs or a constant variable. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = Math.min(x.length, y.length);
  if (n < 3) return null;
  const mx = mean(x.slice(0, n)) ?? 0;
  const my = mean(y.slice(0, n)) ?? 0;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Cronbach's alpha of a scale from complete cases: `rows` are persons, each a value per item (all the same
 * length). α = k / (k − 1) · (1 − Σ var(item) / var(total)), with sample variances. `null` when there are
 * fewer than two items or two persons, or when the total does not vary.
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  const k = rows[0]?.length ?? 0;
  const n = rows.length;
  if (k < 2 || n < 2) return null;
  // Two passes over the rows, summing in the same order as `variance` over each column would (person by
  // person), without copying a column per item.
  const sums = new Float64Array(k);
  const totals = new Float64Array(n);
  rows.forEach((row, person) => {
    let total = 0;
    for (let item = 0; item < k; item += 1) {
      const value = row[item] ?? 0;
      sums[item] = (sums[item] ?? 0) + value;
      total += value;
    }
    totals[person] = total;
  });
  const squares = new Float64Array(k);
  for (const row of rows)
    for (let item = 0; item < k; item += 1) {
      const deviation = (row[item] ?? 0) - (sums[item] ?? 0) / n;
      squares[item] = (squares[item] ?? 0) + deviation ** 2;
    }
  let itemVariances = 0;
  for (let item = 0; item < k; item += 1) itemVariances += (squares[item] ?? 0) / (n - 1);
  const total = variance(Array.from(totals));
  if (total === null || total === 0) return null;
  return (k / (k - 1)) * (1 - itemVariances / total);
}

/**
 * The item–rest (corrected item–total) correlation of each item: Pearson's r between the item and the sum
 * of the other items, over complete cases. `null` where undefined (fewer than two items, fewer than three
 * persons, or no variance).
 */
export function itemRestCorrelations(rows: readonly (readonly number[])[]): (number | null)[] {
  const k = rows[0]?.length ?? 0;
  if (k < 2) return Array.from({ length: k }, () => null);
  return Array.from({ length: k }, (_, item) =>
    pearson(
      rows.map((row) => row[item] ?? 0),
      rows.map((row) => row.reduce((sum, value, other) => (other === item ? sum : sum + value), 0)),
    ),
  );
}
