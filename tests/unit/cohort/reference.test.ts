/**
 * The cohort statistics against R: every expected value here comes from tests/fixtures/reference/*.json,
 * written by scripts/reference-stats.R with psych 2.2.9, lavaan 0.6-14 and base R 4.2 from the CSV data sets
 * beside them (see the README there). Nothing in this file is computed by the code under test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fQuantile, inverseRegularizedBeta, regularizedBeta } from '../../../src/domain/cohort/distributions';
import { omegaTotal } from '../../../src/domain/cohort/factor';
import {
  alphaIfDropped,
  alphaInterval,
  correlationMatrix,
  floorCeiling,
  meanInterItemCorrelation,
} from '../../../src/domain/cohort/reliability';
import { cronbachAlpha } from '../../../src/domain/cohort/stats';

const REFERENCE = new URL('../../fixtures/reference/', import.meta.url);

function fixture(name: string): any {
  return JSON.parse(readFileSync(new URL(`${name}.json`, REFERENCE), 'utf8'));
}

/** A data set as columns of numbers, `NA` as `null`. */
function dataset(name: string): (number | null)[][] {
  const lines = readFileSync(new URL(`datasets/${name}.csv`, REFERENCE), 'utf8')
    .trim()
    .split('\n');
  return lines.slice(1).map((line) => line.split(',').map((cell) => (cell === 'NA' ? null : Number(cell))));
}

function completeRows(name: string): number[][] {
  const rows = dataset(name);
  expect(rows.every((row) => row.every((value) => typeof value === 'number'))).toBe(true);
  return rows as number[][];
}

/** |actual − expected| ≤ tolerance, or both `null` (R's NA arrives as JSON null). */
function expectClose(actual: number | null | undefined, expected: number | null, tolerance: number) {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).toBeTypeOf('number');
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(tolerance);
}

// Closed-form figures (alpha and everything built from it, correlations, shares) agree to rounding; 1e-6 is
// the contract, our results in fact agree to ~1e-13.
const EXACT = 1e-6;

// The one-factor ML fit: lavaan's optimizer (nlminb) stops with gradients of ~1e-7 (see `maxGradient` in
// the fixtures), leaving its estimates up to ~2e-7 from the exact optimum on these data sets (and up to
// ~6e-6 on small random ones); our Newton iteration reaches gradients of ~1e-15 in lavaan's own objective.
// 1e-5 absolute on omega, loadings and residual variances (all of order 0.1–1) leaves that margin and still
// catches real mistakes: fitting the covariance with divisor N − 1 instead of N, for instance, moves the
// residual variances of the 300-person sets by ~2e-3.
const ML = 1e-5;

const SCALE_SETS = [
  'likert-300x4',
  'likert-300x5',
  'three-items',
  'small-12x4',
  'heywood',
  'heywood-diverging',
  'constant-item',
];

describe('F quantile and incomplete beta against R', () => {
  const { values, pbeta } = fixture('qf');

  it("fQuantile matches qf (R's own error in the far lower tail allowed for)", () => {
    expect(values).toHaveLength(104);
    for (const { p, df1, df2, value } of values) {
      // R computes qf as (1 / qbeta(1 − p, df2/2, df1/2) − 1) · df2/df1, which cancels to an absolute error
      // around 1e-16 · df2/df1 for quantiles near 0 (it returns exactly 0 for qf(1e-6, 0.5, 3)).
      expectClose(fQuantile(p, df1, df2), value, 1e-9 * value + 1e-13 * (df2 / df1));
    }
  });

  it('fQuantile matches qf to 1e-10 relative where the alpha interval uses it', () => {
    const central = values.filter((v: any) => v.p >= 0.025 && v.p <= 0.975 && v.df1 >= 1);
    expect(central).toHaveLength(60);
    for (const { p, df1, df2, value } of central) expectClose(fQuantile(p, df1, df2), value, 1e-10 * value);
  });

  it('fQuantile matches the qf values of the alpha intervals of every data set', () => {
    const spots = SCALE_SETS.flatMap((name) => fixture(name).qf);
    expect(spots).toHaveLength(4 * SCALE_SETS.length);
    for (const { p, df1, df2, value } of spots) expectClose(fQuantile(p, df1, df2), value, 1e-10 * value);
  });

  it('regularizedBeta matches pbeta, and inverseRegularizedBeta inverts it', () => {
    expect(pbeta).toHaveLength(64);
    for (const { x, a, b, value } of pbeta) {
      expectClose(regularizedBeta(x, a, b), value, 1e-12);
      if (value > 1e-300 && value < 1) {
        const back = inverseRegularizedBeta(value, a, b);
        expectClose(regularizedBeta(back ?? Number.NaN, a, b), value, 1e-12);
      }
    }
  });
});

describe.each(SCALE_SETS)('reliability of %s against psych', (name) => {
  const ref = fixture(name);
  const rows = completeRows(name);

  it('has the size R read', () => {
    expect(rows).toHaveLength(ref.n);
    expect(rows[0]).toHaveLength(ref.k);
  });

  it("Cronbach's alpha and Feldt's interval (psych::alpha.ci) at .95 and .90", () => {
    expectClose(cronbachAlpha(rows), ref.alpha, EXACT);
    expect(ref.feldt).toHaveLength(2);
    for (const { level, lower, upper } of ref.feldt) {
      const interval = alphaInterval(rows, level);
      expectClose(interval?.lower, lower, EXACT);
      expectClose(interval?.upper, upper, EXACT);
    }
    if (ref.constantItems.length === 0) {
      // psych::alpha's own Feldt interval is the same figure (it deletes items without variance first).
      expectClose(alphaInterval(rows)?.lower, ref.psychFeldt.lower, EXACT);
      expectClose(alphaInterval(rows)?.upper, ref.psychFeldt.upper, EXACT);
    }
  });

  it('alpha if an item is dropped (alpha.drop$raw_alpha)', () => {
    const dropped = alphaIfDropped(rows);
    expect(dropped).toHaveLength(ref.k);
    expect(ref.alphaIfDropped).toHaveLength(ref.k);
    ref.alphaIfDropped.forEach((expected: number, item: number) =>
      expectClose(dropped[item], expected, EXACT),
    );
  });

  it('mean inter-item correlation (average_r)', () => {
    expectClose(meanInterItemCorrelation(rows), ref.averageR, EXACT);
  });

  it('floor and ceiling shares of each item (1–5)', () => {
    const expected = Object.values<{ floor: number; ceiling: number }>(ref.floorCeiling);
    expect(expected).toHaveLength(ref.k);
    expected.forEach(({ floor, ceiling }, item) => {
      const shares = floorCeiling(
        rows.map((row) => row[item]!),
        1,
        5,
      );
      expectClose(shares?.floor, floor, EXACT);
      expectClose(shares?.ceiling, ceiling, EXACT);
    });
  });
});

describe('the constant-item set', () => {
  it('psych deletes the constant item; dropping it here gives the same alpha', () => {
    const ref = fixture('constant-item');
    expect(ref.constantItems).toEqual(['x3']);
    expectClose(alphaIfDropped(completeRows('constant-item'))[2], ref.psychRawAlpha, EXACT);
  });
});

describe('omega total against lavaan', () => {
  const proper = SCALE_SETS.filter((name) => {
    const { cfa } = fixture(name);
    return cfa.error === undefined && cfa.converged === true && cfa.heywood === false;
  });

  it('the proper solutions are the four regular sets', () => {
    expect(proper).toEqual(['likert-300x4', 'likert-300x5', 'three-items', 'small-12x4']);
  });

  it.each(proper)('%s: omega, loadings, residual variances, df', (name) => {
    const { cfa, k } = fixture(name);
    const result = omegaTotal(completeRows(name));
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expectClose(result.omega, cfa.omega, ML);
    expect(result.df).toBe(cfa.df);
    expect(cfa.loadings).toHaveLength(k);
    expect(cfa.residuals).toHaveLength(k);
    expect(result.loadings).toHaveLength(k);
    expect(result.residuals).toHaveLength(k);
    cfa.loadings.forEach((l: number, i: number) => expectClose(result.loadings[i], l, ML));
    cfa.residuals.forEach((v: number, i: number) => expectClose(result.residuals[i], v, ML));
    cfa.standardizedLoadings.forEach((l: number, i: number) =>
      expectClose(result.standardizedLoadings[i], l, ML),
    );
  });

  it('the three-item set is just identified (df 0) and still ok', () => {
    const result = omegaTotal(completeRows('three-items'));
    expect(fixture('three-items').cfa.df).toBe(0);
    expect(result.status === 'ok' && result.df).toBe(0);
  });

  it('a Heywood case in lavaan (negative residual variance) is a Heywood case here', () => {
    const { cfa } = fixture('heywood');
    expect(cfa.converged).toBe(true);
    expect(cfa.warnings).toContain('lavaan WARNING: some estimated ov variances are negative');
    expect(Math.min(...cfa.residuals)).toBeLessThan(0);
    expect(omegaTotal(completeRows('heywood'))).toEqual({ status: 'heywood' });
  });

  it('a Heywood case lavaan cannot settle (estimates running off) is a Heywood case here', () => {
    const { cfa } = fixture('heywood-diverging');
    expect(cfa.converged).toBe(false);
    expect(Math.min(...cfa.residuals)).toBeLessThan(0);
    expect(omegaTotal(completeRows('heywood-diverging'))).toEqual({ status: 'heywood' });
  });

  it('an item without variance, which lavaan refuses, has no omega', () => {
    const { cfa } = fixture('constant-item');
    expect(cfa.error).toMatch(/no variance/);
    expect(omegaTotal(completeRows('constant-item'))).toEqual({ status: 'no-variance' });
  });
});

describe('pairwise correlations against cor(use = "pairwise.complete.obs")', () => {
  const ref = fixture('pairwise-6');
  const rows = dataset('pairwise-6');
  const columns = Array.from({ length: 6 }, (_, v) => rows.map((row) => row[v] ?? null));

  it('reads the data set R read, with missing values', () => {
    expect(rows).toHaveLength(ref.n);
    expect(columns.flat().filter((value) => value === null).length).toBeGreaterThan(50);
  });

  it('matches R entry by entry (NA where a variable does not vary over the pairs)', () => {
    const matrix = correlationMatrix(columns, 3);
    const expected = ref.cor.flat();
    expect(expected).toHaveLength(36);
    expect(expected.filter((r: number | null) => r === null)).toHaveLength(2);
    expectClose(matrix.flat().length, 36, 0);
    matrix.flat().forEach((r, i) => expectClose(r, expected[i], EXACT));
  });

  it('leaves out pairs with fewer than minPairs complete pairs', () => {
    const matrix = correlationMatrix(columns, 10);
    const pairs = ref.pairs.flat();
    expect(pairs.filter((count: number) => count < 10).length).toBeGreaterThan(0);
    const expected = ref.cor.flat().map((r: number | null, i: number) => (pairs[i] < 10 ? null : r));
    matrix.flat().forEach((r, i) => expectClose(r, expected[i], EXACT));
    expect(matrix.flat()).toHaveLength(36);
  });
});
