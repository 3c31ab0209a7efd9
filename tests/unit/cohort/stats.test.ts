import { describe, expect, it } from 'vitest';
import {
  cronbachAlpha,
  fiveNumbers,
  itemRestCorrelations,
  mean,
  pearson,
  quantile,
  sd,
  variance,
} from '../../../src/domain/cohort/stats';

// Five persons, three items (1–5). Computed by hand:
//   item variances (n − 1): item 1 [4,3,5,2,4] → 5.2 / 4 = 1.3; item 2 [5,3,5,3,4] → 4 / 4 = 1.0;
//   item 3 [4,2,5,3,3] → 1.3; sum 3.6. Totals [13,8,15,8,11], mean 11, variance 38 / 4 = 9.5.
//   α = 3/2 · (1 − 3.6 / 9.5) = 0.931578947…
//   item–rest of item 1: item [4,3,5,2,4] vs rest [9,5,10,6,7]: sxy 7.8, sxx 5.2, syy 17.2,
//   r = 7.8 / √(5.2 · 17.2) = 0.824762…
// The same values come out of Python 3.11's statistics module (variance, correlation), our reference tool.
const SMALL = [
  [4, 5, 4],
  [3, 3, 2],
  [5, 5, 5],
  [2, 3, 3],
  [4, 4, 3],
];

// Eight persons, four items; the fourth is worded in reverse. Reference values from Python 3.11's statistics
// module: α before recoding −0.653846…, after recoding (6 − x) 0.953431…; item–rest after recoding
// 0.972728, 0.741813, 0.885628, 0.972728; the unrecoded reverse item has item–rest −0.972728.
const WITH_REVERSE = [
  [4, 4, 5, 2],
  [3, 3, 3, 3],
  [5, 4, 5, 1],
  [2, 2, 3, 4],
  [4, 5, 4, 2],
  [3, 4, 3, 3],
  [1, 2, 2, 5],
  [4, 3, 4, 2],
];
const RECODED = WITH_REVERSE.map(([a = 0, b = 0, c = 0, d = 0]) => [a, b, c, 6 - d]);

describe('descriptive statistics', () => {
  it('mean, sample variance and standard deviation', () => {
    expect(mean([4, 3, 5, 2, 4])).toBeCloseTo(3.6, 12);
    expect(variance([4, 3, 5, 2, 4])).toBeCloseTo(1.3, 12);
    expect(sd([4, 3, 5, 2, 4])).toBeCloseTo(1.140175425099138, 12);
    expect(mean([])).toBeNull();
    expect(sd([3])).toBeNull();
  });
  it('quartiles by linear interpolation (as R type 7 and Python "inclusive")', () => {
    // Python: statistics.quantiles([1, 2, 3, 4, 10], n=4, method='inclusive') → [2.0, 3.0, 4.0]
    expect(quantile([10, 1, 4, 2, 3], 0.25)).toBe(2);
    expect(quantile([10, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(fiveNumbers([10, 1, 4, 2, 3])).toEqual({ min: 1, q1: 2, median: 3, q3: 4, max: 10 });
    expect(fiveNumbers([])).toBeNull();
  });
  it('Pearson correlation, and null when a variable does not vary', () => {
    expect(pearson([4, 3, 5, 2, 4], [9, 5, 10, 6, 7])).toBeCloseTo(0.8247621221537365, 12);
    expect(pearson([1, 2, 3], [3, 3, 3])).toBeNull();
    expect(pearson([1, 2], [1, 2])).toBeNull();
  });
});

describe('reliability', () => {
  it("Cronbach's alpha", () => {
    expect(cronbachAlpha(SMALL)).toBeCloseTo(0.9315789473684211, 12);
    expect(cronbachAlpha(WITH_REVERSE)).toBeCloseTo(-0.6538461538461535, 12);
    expect(cronbachAlpha(RECODED)).toBeCloseTo(0.9534313725490196, 12);
    expect(cronbachAlpha([[1, 2]])).toBeNull();
    expect(cronbachAlpha([[3], [4]])).toBeNull();
    expect(
      cronbachAlpha([
        [3, 3],
        [3, 3],
      ]),
    ).toBeNull();
  });
  it('item–rest correlations', () => {
    const small = itemRestCorrelations(SMALL);
    expect(small[0]).toBeCloseTo(0.8247621221537365, 12);
    expect(small[1]).toBeCloseTo(0.9428090415820635, 12);
    expect(small[2]).toBeCloseTo(0.8247621221537365, 12);
    const recoded = itemRestCorrelations(RECODED);
    [0.9727278972505409, 0.7418132347035808, 0.8856284021476546, 0.9727278972505409].forEach((r, i) =>
      expect(recoded[i]).toBeCloseTo(r, 12),
    );
    expect(itemRestCorrelations(WITH_REVERSE)[3]).toBeCloseTo(-0.9727278972505409, 12);
  });
});

describe('large cohorts', () => {
  it('summarises 200,000 scores without spreading them into an argument list (which overflows the stack)', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => (i % 401) / 100);
    expect(fiveNumbers(values)).toEqual({ min: 0, q1: 1, median: 2, q3: 3, max: 4 });
  });
});
