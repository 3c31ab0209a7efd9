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
  const sorted = [...values].sort((a, b) => a - b);
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

/** The five-number summary of the values; `null` for no values. */
export function fiveNumbers(values: readonly number[]): FiveNumbers | null {
  if (values.length === 0) return null;
  return {
    min: Math.min(...values),
    q1: quantile(values, 0.25) ?? 0,
    median: quantile(values, 0.5) ?? 0,
    q3: quantile(values, 0.75) ?? 0,
    max: Math.max(...values),
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
  if (k < 2 || rows.length < 2) return null;
  let itemVariances = 0;
  for (let item = 0; item < k; item += 1) itemVariances += variance(rows.map((row) => row[item] ?? 0)) ?? 0;
  const total = variance(rows.map((row) => row.reduce((sum, value) => sum + value, 0)));
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
