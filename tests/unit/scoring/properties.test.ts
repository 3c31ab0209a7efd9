import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers';
import { indexBank, scaleRange } from '../../../src/domain/bank/model';
import { scoreAnswers } from '../../../src/domain/scoring/score';
import { tinyBank } from '../../helpers/banks';

const bank = tinyBank();
const index = indexBank(bank);

/** An arbitrary answer set for the tiny bank: each item a scale value, null (where allowed) or missing. */
const answerSet = fc.record(
  Object.fromEntries(
    bank.items.map((item) => {
      const scale = index.itemScale.get(item.id)!;
      const values = scale.points.map((p) => p.value);
      const options: fc.Arbitrary<number | null>[] = [fc.constantFrom(...values)];
      if (scale.notApplicable) options.push(fc.constant(null));
      return [item.id, fc.oneof(...options)];
    }),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, number | null>>;

describe('scoring properties', () => {
  it('keeps every mean within its scale and every percentage within 0–100', () => {
    fc.assert(
      fc.property(answerSet, (answers) => {
        for (const score of scoreAnswers(index, answers).dimensions) {
          if (score.mean === null) continue;
          expect(score.mean).toBeGreaterThanOrEqual(score.min);
          expect(score.mean).toBeLessThanOrEqual(score.max);
          expect(score.percent).toBeGreaterThanOrEqual(0);
          expect(score.percent).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('mirrors a reverse-keyed item: answering x counts as answering min + max − x on a normal item', () => {
    const reverseItems = bank.items.filter((item) => item.reverse === true);
    fc.assert(
      fc.property(
        answerSet,
        fc.constantFrom(...reverseItems),
        fc.integer({ min: 1, max: 5 }),
        (answers, item, x) => {
          const { min, max } = scaleRange(index.itemScale.get(item.id)!);
          const asReverse = scoreAnswers(index, { ...answers, [item.id]: x });
          const flipped = {
            ...bank,
            items: bank.items.map((i) => (i.id === item.id ? { ...i, reverse: false } : i)),
          };
          const asNormal = scoreAnswers(flipped, { ...answers, [item.id]: min + max - x });
          expect(asReverse.dimensions).toEqual(asNormal.dimensions);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reversing the answer to a reverse-keyed item mirrors its contribution to the sum', () => {
    const reverseItems = bank.items.filter((item) => item.reverse === true);
    fc.assert(
      fc.property(
        answerSet,
        fc.constantFrom(...reverseItems),
        fc.integer({ min: 1, max: 5 }),
        (answers, item, x) => {
          const { min, max } = scaleRange(index.itemScale.get(item.id)!);
          const a = scoreAnswers(index, { ...answers, [item.id]: x }).dimensions.find(
            (d) => d.id === item.dimension,
          )!;
          const b = scoreAnswers(index, { ...answers, [item.id]: min + max - x }).dimensions.find(
            (d) => d.id === item.dimension,
          )!;
          if (a.sum === null || b.sum === null) return;
          // contribution with x is (min+max−x); with min+max−x it is x: the sums differ by exactly that swap
          expect(a.sum - b.sum).toBeCloseTo(min + max - x - x, 10);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the items in the bank', () => {
    fc.assert(
      fc.property(answerSet, fc.infiniteStream(fc.double({ noNaN: true })), (answers, randoms) => {
        const shuffled = bank.items
          .map((item) => ({ item, key: randoms.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ item }) => item);
        const a = scoreAnswers(bank, answers);
        const b = scoreAnswers({ ...bank, items: shuffled }, answers);
        expect(b.dimensions).toEqual(a.dimensions);
        expect(b.sections).toEqual(a.sections);
        expect(b.flags).toEqual(a.flags);
      }),
      { numRuns: 300 },
    );
  });

  it('scores "not applicable" the same as no answer (apart from the n.a. count)', () => {
    const naItems = bank.items.filter((item) => index.itemScale.get(item.id)?.notApplicable !== undefined);
    fc.assert(
      fc.property(answerSet, fc.constantFrom(...naItems), (answers, item) => {
        const withNa: Answers = { ...answers, [item.id]: null };
        const without: Record<string, number | null> = { ...answers };
        delete without[item.id];
        const strip = (s: ReturnType<typeof scoreAnswers>) => ({
          ...s,
          dimensions: s.dimensions.map(({ notApplicable: _n, ...rest }) => rest),
        });
        expect(strip(scoreAnswers(index, withNa))).toEqual(strip(scoreAnswers(index, without)));
      }),
      { numRuns: 300 },
    );
  });
});
