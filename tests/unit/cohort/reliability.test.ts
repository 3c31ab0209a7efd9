/**
 * The edges and invariants of the reliability and factor code: undefined figures come back as `null` or a
 * non-ok status, nothing throws or returns NaN, and omega behaves as a reliability must under reordering
 * and rescaling. The figures themselves are checked against R in reference.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fQuantile,
  inverseRegularizedBeta,
  logGamma,
  regularizedBeta,
} from '../../../src/domain/cohort/distributions';
import { MAX_ITERATIONS, minCasesForOmega, omegaTotal } from '../../../src/domain/cohort/factor';
import {
  alphaIfDropped,
  alphaInterval,
  correlationMatrix,
  floorCeiling,
  meanInterItemCorrelation,
} from '../../../src/domain/cohort/reliability';

// Twelve persons, four 1–5 items that hang together (the small-12x4 reference data set; lavaan's one-factor
// solution for it is proper).
const ROWS = [
  [2, 2, 3, 2],
  [4, 4, 3, 3],
  [5, 3, 4, 3],
  [5, 4, 5, 5],
  [4, 4, 5, 3],
  [2, 2, 2, 2],
  [3, 2, 2, 3],
  [2, 3, 3, 3],
  [5, 5, 5, 4],
  [4, 3, 4, 3],
  [5, 4, 5, 4],
  [4, 4, 4, 2],
];

const likert = (persons: fc.Arbitrary<number>, items: fc.Arbitrary<number>) =>
  fc.tuple(persons, items).chain(([n, k]) =>
    fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: k, maxLength: k }), {
      minLength: n,
      maxLength: n,
    }),
  );

describe('distribution functions outside their domain', () => {
  it('return null instead of NaN', () => {
    expect(logGamma(0)).toBeNull();
    expect(logGamma(Number.NaN)).toBeNull();
    expect(regularizedBeta(1.5, 1, 1)).toBeNull();
    expect(regularizedBeta(0.5, 0, 1)).toBeNull();
    expect(inverseRegularizedBeta(-0.1, 2, 2)).toBeNull();
    expect(fQuantile(0, 3, 4)).toBeNull();
    expect(fQuantile(1, 3, 4)).toBeNull();
    expect(fQuantile(0.5, -1, 4)).toBeNull();
    expect(fQuantile(0.5, 3, Number.POSITIVE_INFINITY)).toBeNull();
  });
  it('ln Γ of whole numbers is ln of a factorial', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 12);
  });
  it('F quantiles rise with p', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.998, noNaN: true }),
        fc.double({ min: 0.5, max: 2000, noNaN: true }),
        fc.double({ min: 0.5, max: 2000, noNaN: true }),
        (p, df1, df2) => {
          const low = fQuantile(p, df1, df2);
          const high = fQuantile(p + 0.001, df1, df2);
          return low !== null && high !== null && low >= 0 && high > low;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('alpha interval, alpha if dropped, mean inter-item correlation', () => {
  it('are null where alpha or a correlation is undefined', () => {
    expect(alphaInterval(ROWS, 0)).toBeNull();
    expect(alphaInterval(ROWS, 1)).toBeNull();
    expect(alphaInterval([[1, 2]])).toBeNull();
    expect(alphaInterval(ROWS.map((row) => [row[0] ?? 0]))).toBeNull();
    expect(alphaIfDropped(ROWS.map((row) => row.slice(0, 2)))).toEqual([null, null]);
    expect(alphaIfDropped([])).toEqual([]);
    expect(meanInterItemCorrelation(ROWS.map((row) => [...row, 3]))).toBeNull();
    expect(meanInterItemCorrelation(ROWS.map((row) => [row[0] ?? 0]))).toBeNull();
  });
  it('a wider level gives a wider interval around the same alpha', () => {
    const ninety = alphaInterval(ROWS, 0.9);
    const ninetyNine = alphaInterval(ROWS, 0.99);
    expect(ninety).not.toBeNull();
    expect(ninetyNine).not.toBeNull();
    expect(ninetyNine!.lower).toBeLessThan(ninety!.lower);
    expect(ninetyNine!.upper).toBeGreaterThan(ninety!.upper);
    expect(ninety!.upper).toBeLessThanOrEqual(1);
  });
});

describe('floor and ceiling', () => {
  it('counts the answers at the ends of the scale', () => {
    expect(floorCeiling([1, 1, 3, 5], 1, 5)).toEqual({ floor: 0.5, ceiling: 0.25 });
    expect(floorCeiling([2, 3], 1, 5)).toEqual({ floor: 0, ceiling: 0 });
    expect(floorCeiling([], 1, 5)).toBeNull();
    expect(floorCeiling([1], 5, 1)).toBeNull();
  });
});

describe('correlation matrix', () => {
  it('is symmetric with a unit diagonal, treats non-finite values and short columns as missing', () => {
    const x = [1, 2, 3, 4, 5, Number.NaN];
    const y = [2, 1, 4, 3, 5, 7, 8];
    const z = [5, 4, 3, 2, 1];
    const matrix = correlationMatrix([x, y, z], 2);
    expect(matrix).toEqual([
      [1, 0.8, -1],
      [0.8, 1, -0.8],
      [-1, -0.8, 1],
    ]);
  });
  it('needs minPairs pairs (at least 3) and variance', () => {
    const matrix = correlationMatrix(
      [
        [1, 2, null, 4],
        [2, 3, 3, null],
        [3, 3, 3, 3],
      ],
      0,
    );
    expect(matrix[0]).toEqual([1, null, null]);
    expect(matrix[2]).toEqual([null, null, null]);
    expect(correlationMatrix([[1, 2, 3, 4]], 5)).toEqual([[null]]);
  });
});

describe('omega total', () => {
  it('needs three items and enough complete cases', () => {
    expect(omegaTotal(ROWS.map((row) => row.slice(0, 2)))).toEqual({ status: 'too-few-items' });
    expect(omegaTotal([])).toEqual({ status: 'too-few-items' });
    expect(omegaTotal(ROWS.slice(0, 9))).toEqual({ status: 'too-few-cases', needed: 10 });
    expect(minCasesForOmega(4)).toBe(10);
    expect(minCasesForOmega(12)).toBe(13);
    // Rows of another length or with a non-finite value are not complete cases.
    const spoilt = [...ROWS.slice(0, 9), [1, 2, 3], [1, 2, Number.NaN, 4]];
    expect(omegaTotal(spoilt)).toEqual({ status: 'too-few-cases', needed: 10 });
    expect(omegaTotal(ROWS.map((row) => [...row.slice(0, 3), 4]))).toEqual({ status: 'no-variance' });
  });

  it('is deterministic, and unchanged by reordering the items or by a linear rescaling of one', () => {
    const result = omegaTotal(ROWS);
    expect(result).toEqual(omegaTotal(ROWS));
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.omega).toBeGreaterThan(0.8);
    expect(result.omega).toBeLessThan(1);
    const reordered = omegaTotal(ROWS.map(([a = 0, b = 0, c = 0, d = 0]) => [d, b, a, c]));
    expect(reordered.status === 'ok' && reordered.loadings[2]).toBeCloseTo(result.loadings[0] ?? 0, 9);
    // On a 0–100 scale the item's loading scales by 25, its residual variance by 625 (ω changes, since the
    // sum weights it more; the standardized loadings do not).
    const rescaled = omegaTotal(ROWS.map(([a = 0, ...rest]) => [25 * (a - 1), ...rest]));
    expect(rescaled.status).toBe('ok');
    if (rescaled.status !== 'ok') return;
    expect(rescaled.loadings[0]).toBeCloseTo(25 * (result.loadings[0] ?? 0), 7);
    expect(rescaled.residuals[0]).toBeCloseTo(625 * (result.residuals[0] ?? 0), 5);
    rescaled.standardizedLoadings.forEach((l, i) =>
      expect(l).toBeCloseTo(result.standardizedLoadings[i] ?? 0, 9),
    );
  });

  it('keeps the loadings summing to a positive number when an item is reversed', () => {
    const result = omegaTotal(ROWS.map(([a = 0, ...rest]) => [6 - a, ...rest]));
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.loadings[0]).toBeLessThan(0);
    expect(result.loadings.reduce((sum, l) => sum + l, 0)).toBeGreaterThan(0);
  });

  it('never throws and never returns NaN or an improper ok solution', () => {
    let ok = 0;
    fc.assert(
      fc.property(likert(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 5 })), (rows) => {
        const result = omegaTotal(rows);
        if (result.status === 'too-few-cases') return result.needed >= 10;
        if (result.status !== 'ok') return true;
        ok += 1;
        const numbers = [
          result.omega,
          ...result.loadings,
          ...result.residuals,
          ...result.standardizedLoadings,
        ];
        return (
          numbers.every(Number.isFinite) &&
          result.omega >= 0 &&
          result.omega <= 1 &&
          result.residuals.every((v) => v > 0) &&
          result.standardizedLoadings.every((l) => Math.abs(l) < 1) &&
          result.iterations <= MAX_ITERATIONS &&
          result.df ===
            ((rows[0]?.length ?? 0) * ((rows[0]?.length ?? 0) + 1)) / 2 - 2 * (rows[0]?.length ?? 0)
        );
      }),
      { numRuns: 150, seed: 20240601 },
    );
    expect(ok).toBeGreaterThan(20);
  });
});
