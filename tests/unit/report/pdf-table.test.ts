import { describe, expect, it } from 'vitest';
import { fitColumns } from '../../../src/report/pdf-table';

const sum = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0);

describe('fitColumns', () => {
  it('gives every column its preferred share when every minimum fits in it', () => {
    expect(fitColumns([0.5, 0.3, 0.2], [10, 10, 10], 100)).toEqual([50, 30, 20]);
  });

  it('widens a column to the width of its widest word, taking it from the others in proportion', () => {
    // Column 2 needs 35 of 100 instead of its 20; the 65 left go to columns 0 and 1 as 5 : 3.
    const widths = fitColumns([0.5, 0.3, 0.2], [10, 10, 35], 100);
    expect(widths[2]).toBe(35);
    expect(widths[0]).toBeCloseTo(40.625, 9);
    expect(widths[1]).toBeCloseTo(24.375, 9);
    expect(sum(widths)).toBeCloseTo(100, 9);
  });

  it('keeps widening until no column is below its minimum (a second round)', () => {
    // Round 1 fixes column 2 at 35 → column 1 gets 65 × 0.3 / 0.8 = 24.4 < 30, so round 2 fixes it too.
    const widths = fitColumns([0.5, 0.3, 0.2], [10, 30, 35], 100);
    expect(widths).toEqual([35, 30, 35]);
  });

  it('sizes the columns in proportion to their minimums when these do not fit together', () => {
    expect(fitColumns([0.5, 0.5], [150, 50], 100)).toEqual([75, 25]);
  });
});
