import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, mergeAssessments, sameAnswers } from '../../../src/state/merge';
import { EMPTY_ASSESSMENT, type SavedAssessment } from '../../../src/state/restore';

const base: SavedAssessment = {
  ...EMPTY_ASSESSMENT,
  bank: { id: 'network-leadership', version: '2.0.0' },
  startedAt: '2026-12-01T09:00:00.000Z',
  epoch: 1000,
};

/** `copy` with `item` answered `value` at time `at`. */
function answered(copy: SavedAssessment, item: string, value: number | null, at: number): SavedAssessment {
  return {
    ...copy,
    answers: { ...copy.answers, [item]: value },
    stamps: { ...copy.stamps, [`answers.${item}`]: at },
    updatedAt: new Date(at).toISOString(),
  };
}

describe('merging two copies of one assessment', () => {
  it('keeps the answers of both tabs when they answer different statements alternately', () => {
    // Tab A answers a-1, a-3, a-5; tab B a-2, a-4, a-6, turn by turn; each writes after every answer.
    let stored = base;
    let tabA = base;
    let tabB = base;
    for (let turn = 1; turn <= 6; turn += 1) {
      const item = `a-${String(turn)}`;
      if (turn % 2 === 1) {
        tabA = answered(tabA, item, turn % 5, 2000 + turn);
        stored = mergeAssessments(tabA, stored);
      } else {
        tabB = answered(tabB, item, turn % 5, 2000 + turn);
        stored = mergeAssessments(tabB, stored);
      }
    }
    expect(stored.answers).toEqual({ 'a-1': 1, 'a-2': 2, 'a-3': 3, 'a-4': 4, 'a-5': 0, 'a-6': 1 });
    // Written whole, as before, the last writer would have lost the other tab's three answers.
    expect(Object.keys(tabB.answers)).toHaveLength(3);
  });

  it('takes the later change when both tabs answered the same statement', () => {
    const a = answered(base, 'a-1', 2, 5000);
    const b = answered(base, 'a-1', 4, 6000);
    expect(mergeAssessments(a, b).answers).toEqual({ 'a-1': 4 });
    expect(mergeAssessments(b, a).answers).toEqual({ 'a-1': 4 });
  });

  it('keeps a removal made later (a cleared context answer stays cleared)', () => {
    const chosen = { ...base, context: { phase: 'explore' }, stamps: { 'context.phase': 3000 } };
    const cleared = { ...base, context: {}, stamps: { 'context.phase': 4000 } };
    expect(mergeAssessments(chosen, cleared).context).toEqual({});
    expect(mergeAssessments(cleared, chosen).context).toEqual({});
  });

  it('lets a later assessment (started over, or another bank version) replace an earlier one whole', () => {
    const old = answered(base, 'a-1', 3, 9000);
    const fresh = { ...EMPTY_ASSESSMENT, epoch: 8000 + 5000 };
    expect(mergeAssessments(old, fresh)).toBe(fresh);
    expect(mergeAssessments(fresh, old)).toBe(fresh);
  });

  it('keeps an answer from a copy without change times (before this version) over a missing one', () => {
    const legacy = { ...base, answers: { 'a-1': 5 }, stamps: {} };
    expect(mergeAssessments(base, legacy).answers).toEqual({ 'a-1': 5 });
    expect(mergeAssessments(legacy, base).answers).toEqual({ 'a-1': 5 });
  });

  it('keeps fields it does not know (a newer version wrote them)', () => {
    const newer = { ...base, future: { x: 1 } } as SavedAssessment;
    expect((mergeAssessments(base, newer) as unknown as { future: unknown }).future).toEqual({ x: 1 });
  });

  it('is commutative, associative on answers and idempotent, for any two copies', () => {
    const copy = fc
      .array(
        fc.record({
          item: fc.constantFrom('a-1', 'a-2', 'a-3'),
          value: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
          at: fc.integer({ min: 1, max: 50 }),
        }),
        { maxLength: 6 },
      )
      .map((changes) => changes.reduce((c, x) => answered(c, x.item, x.value, x.at), base));
    fc.assert(
      fc.property(copy, copy, copy, (a, b, c) => {
        expect(canonical(mergeAssessments(a, b))).toBe(canonical(mergeAssessments(b, a)));
        expect(canonical(mergeAssessments(a, a))).toBe(canonical(a));
        expect(mergeAssessments(mergeAssessments(a, b), c).answers).toEqual(
          mergeAssessments(a, mergeAssessments(b, c)).answers,
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('comparing copies', () => {
  it('sets the step aside (each tab has its own page) but nothing else', () => {
    const here = { ...base, step: 2, stamps: { step: 10 } };
    const there = { ...base, step: 7, stamps: { step: 20 } };
    expect(sameAnswers(here, there)).toBe(true);
    expect(sameAnswers(here, answered(there, 'a-1', 3, 30))).toBe(false);
  });

  it('writes equal data the same whatever the order of its keys', () => {
    expect(canonical({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      canonical({ a: { c: null, d: [1, { e: 3, f: 2 }] }, b: 1 }),
    );
  });
});
