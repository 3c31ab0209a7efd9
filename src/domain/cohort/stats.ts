/**
 * Descriptive and reliability statistics for the cohort view. Pure functions over plain numbers (arrays or
 * typed arrays); every function returns `null` (never NaN or a throw) when its figure is undefined for the
 * data given.
 *
 * The scale statistics come in two forms: over `rows` (persons × items, as tests and small callers have
 * them) and over {@link Columns} (an array of values per item, as a cohort's answers are kept). The row form
 * turns its rows into columns and gives exactly the same figures: both sum in the same order.
 */

/** Numbers, as an array or a typed array. */
export type Values = readonly number[] | Float64Array;

/** Complete cases as columns: one array per item, all the same length (the persons), every value finite. */
export type Columns = readonly Values[];

/** Rows (persons × items; the first row's length is the number of items) as {@link Columns}. */
export function columnsOf(rows: readonly (readonly number[])[], k = rows[0]?.length ?? 0): Float64Array[] {
  return Array.from({ length: k }, (_, item) => Float64Array.from(rows, (row) => row[item] ?? 0));
}

/** The arithmetic mean; `null` for no values. */
export function mean(values: Values): number | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  // Indexed: for…of over a typed array is several times slower, and cohorts are long.
  for (let i = 0; i < n; i += 1) sum += values[i] ?? 0;
  return sum / n;
}

/** The sample variance (divisor n − 1); `null` for fewer than two values. */
export function variance(values: Values): number | null {
  const m = mean(values);
  if (m === null || values.length < 2) return null;
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += ((values[i] ?? 0) - m) ** 2;
  return sum / (n - 1);
}

/** The sample standard deviation (divisor n − 1); `null` for fewer than two values. */
export function sd(values: Values): number | null {
  const v = variance(values);
  return v === null ? null : Math.sqrt(v);
}

/**
 * The `p`-quantile (0 ≤ p ≤ 1) by linear interpolation between order statistics (type 7, the default of R
 * and of spreadsheet QUARTILE.INC); `null` for no values.
 */
export function quantile(values: Values, p: number): number | null {
  if (values.length === 0) return null;
  return quantileOfSorted(sortedCopy(values), p);
}

/** The values sorted ascending, in a new typed array (sorted numerically, without a comparator). */
export function sortedCopy(values: Values): Float64Array {
  return (values instanceof Float64Array ? values.slice() : Float64Array.from(values)).sort();
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

/**
 * Pearson's correlation of paired values (a pair with a NaN left out); `null` for fewer than three pairs or
 * a constant variable.
 */
export function pearson(x: Values, y: Values): number | null {
  return pairwisePearson(x, y, 3);
}

/**
 * Pearson's r over the positions (below both lengths) where neither `x` nor `y` is NaN: the means first
 * (summed as `mean` sums them), then the sums of products; `null` for fewer than `needed` such pairs (never
 * fewer than three) or a constant variable. Missing values are read where they are, never copied out.
 */
export function pairwisePearson(x: Values, y: Values, needed: number): number | null {
  const persons = Math.min(x.length, y.length);
  let n = 0;
  let sumX = 0;
  let sumY = 0;
  for (let person = 0; person < persons; person += 1) {
    const a = x[person] ?? Number.NaN;
    const b = y[person] ?? Number.NaN;
    if (!Number.isNaN(a) && !Number.isNaN(b)) {
      n += 1;
      sumX += a;
      sumY += b;
    }
  }
  if (n < needed || n < 3) return null;
  const mx = sumX / n;
  const my = sumY / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let person = 0; person < persons; person += 1) {
    const dx = (x[person] ?? Number.NaN) - mx;
    const dy = (y[person] ?? Number.NaN) - my;
    // A missing value on either side makes the product NaN: that pair is left out.
    if (!Number.isNaN(dx * dy)) {
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
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
  return alphaOfColumns(columnsOf(rows));
}

/** {@link cronbachAlpha} of complete cases as columns. */
export function alphaOfColumns(columns: Columns): number | null {
  const k = columns.length;
  const n = columns[0]?.length ?? 0;
  if (k < 2 || n < 2) return null;
  // Each person's total sums the items in item order, as a row would; each item's squares go person by
  // person, as `variance` over the item would.
  const totals = new Float64Array(n);
  let itemVariances = 0;
  for (const column of columns) {
    let sum = 0;
    for (let person = 0; person < n; person += 1) {
      const value = column[person] ?? 0;
      sum += value;
      totals[person] = (totals[person] ?? 0) + value;
    }
    const itemMean = sum / n;
    let squares = 0;
    for (let person = 0; person < n; person += 1) squares += ((column[person] ?? 0) - itemMean) ** 2;
    itemVariances += squares / (n - 1);
  }
  const total = variance(totals);
  if (total === null || total === 0) return null;
  return (k / (k - 1)) * (1 - itemVariances / total);
}

/**
 * The item–rest (corrected item–total) correlation of each item: Pearson's r between the item and the sum
 * of the other items, over complete cases. `null` where undefined (fewer than two items, fewer than three
 * persons, or no variance).
 */
export function itemRestCorrelations(rows: readonly (readonly number[])[]): (number | null)[] {
  return itemRestOfColumns(columnsOf(rows));
}

/** {@link itemRestCorrelations} of complete cases as columns. */
export function itemRestOfColumns(columns: Columns): (number | null)[] {
  const k = columns.length;
  if (k < 2) return Array.from({ length: k }, () => null);
  const n = columns[0]?.length ?? 0;
  const rest = new Float64Array(n);
  return columns.map((column, item) => {
    // The other items summed in item order, as over a row.
    rest.fill(0);
    columns.forEach((other, j) => {
      if (j !== item)
        for (let person = 0; person < n; person += 1)
          rest[person] = (rest[person] ?? 0) + (other[person] ?? 0);
    });
    return pearson(column, rest);
  });
}
