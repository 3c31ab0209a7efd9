import { describe, expect, it } from 'vitest';
import { indexBank } from '../../../src/domain/bank/model';
import { aggregateFeedback, groupStatuses } from '../../../src/domain/feedback/aggregate';
import { ratedItems, type RaterAnswerSet } from '../../../src/domain/feedback/payload';
import { answersScoring, networkLeadershipBank } from '../../helpers/network-leadership';

const bank = networkLeadershipBank('2.0.0');
const index = indexBank(bank);
const rated = new Set(ratedItems(index).map((item) => item.id));

/** A rater's answers scoring `scores` per dimension (3 elsewhere), on the rated statements only. */
function rater(
  groupId: string,
  scores: Record<string, number | number[]> = {},
  comments = {},
): RaterAnswerSet {
  const all = answersScoring(bank, scores);
  return {
    groupId,
    answers: Object.fromEntries(Object.entries(all).filter(([id]) => rated.has(id))),
    comments,
  };
}

const row = (aggregate: ReturnType<typeof aggregateFeedback>, dimension: string) => {
  const found = aggregate.rows.find((entry) => entry.dimension === dimension);
  if (!found) throw new Error(`no row ${dimension}`);
  return found;
};

describe('anonymity rules', () => {
  it('shows three partners and a manager on their own and folds one team member into all others', () => {
    const sets = [rater('partners'), rater('partners'), rater('partners'), rater('manager'), rater('team')];
    const { groups, othersShown } = groupStatuses(index, sets);
    expect(othersShown).toBe(true);
    expect(groups.map((group) => [group.id, group.responses, group.use, group.single])).toEqual([
      ['manager', 1, 'own', true],
      ['partners', 3, 'own', false],
      ['team', 1, 'folded', false],
    ]);
    const aggregate = aggregateFeedback(index, answersScoring(bank, {}), sets);
    expect(aggregate.counted).toBe(5);
    expect([...row(aggregate, 'catalyst').groups.keys()]).toEqual(['manager', 'partners']);
    expect(row(aggregate, 'catalyst').others?.raters).toBe(5);
  });

  it('never shows a group of two on its own', () => {
    for (const extra of [[], [rater('manager')], [rater('team'), rater('team')]]) {
      const sets = [rater('partners', { catalyst: 5 }), rater('partners', { catalyst: 1 }), ...extra];
      const aggregate = aggregateFeedback(index, {}, sets);
      expect(aggregate.groups.find((group) => group.id === 'partners')?.use).not.toBe('own');
      for (const entry of aggregate.rows) expect(entry.groups.has('partners')).toBe(false);
    }
  });

  it('leaves a small group out when all others would be too few, and says so per group', () => {
    const aggregate = aggregateFeedback(index, {}, [
      rater('manager', { catalyst: 2 }),
      rater('team', {}, { roles: 'Kort.' }),
    ]);
    expect(aggregate.othersShown).toBe(false);
    expect(aggregate.groups.map((group) => group.use)).toEqual(['own', 'none', 'left-out']);
    expect(row(aggregate, 'catalyst').others).toBeNull();
    expect(row(aggregate, 'catalyst').groups.get('manager')?.mean).toBe(2);
    // The left-out team member's comment counts nowhere.
    expect(aggregate.comments.flatMap((entry) => entry.texts)).toEqual([]);
    expect(aggregate.counted).toBe(1);
  });

  it('does not fold when all others would hold fewer than a folded group needs', () => {
    // Two team members (minimum 3) and nobody else: two raters cannot make "all others".
    const { groups, othersShown } = groupStatuses(index, [rater('team'), rater('team')]);
    expect(othersShown).toBe(false);
    expect(groups.find((group) => group.id === 'team')?.use).toBe('left-out');
  });

  it('hides a group on a dimension that fewer than its minimum could score', () => {
    const unobserved = (set: RaterAnswerSet): RaterAnswerSet => ({
      ...set,
      answers: Object.fromEntries(
        Object.entries(set.answers).map(([id, value]) => [id, id.startsWith('catalyst-') ? null : value]),
      ),
    });
    const sets = [rater('partners'), rater('partners'), unobserved(rater('partners')), rater('manager')];
    const aggregate = aggregateFeedback(index, answersScoring(bank, {}), sets);
    expect(row(aggregate, 'catalyst').groups.get('partners')).toEqual({ mean: null, raters: 2, se: null });
    expect(row(aggregate, 'catalyst').others?.raters).toBe(3);
    expect(row(aggregate, 'architect').groups.get('partners')?.raters).toBe(3);
  });

  it('gives the same figures in any order of the responses', () => {
    const sets = [
      rater('partners', { catalyst: 5 }, { roles: 'A' }),
      rater('partners', { catalyst: 2 }, { roles: 'B' }),
      rater('partners', { catalyst: 4 }, { roles: 'C' }),
      rater('team', { catalyst: 1 }, { roles: 'D' }),
    ];
    const one = aggregateFeedback(index, {}, sets);
    const other = aggregateFeedback(index, {}, [...sets].reverse());
    expect(other.rows).toEqual(one.rows);
    expect(other.comments).toEqual(one.comments);
    expect(one.comments[0]?.texts).toHaveLength(4);
    expect(one.comments[0]?.texts).not.toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('blind spots and hidden strengths (hand-worked)', () => {
  // Every statement answered: SE = 0.6 · √(1 − 0.75) = 0.3 for self and for each rater. Three raters:
  // SE_others = √(3 · 0.09) / 3 = 0.17321. Roles has 8 dimensions: z = Φ⁻¹(1 − 0.04 / 16) = 2.80703.
  // Critical difference = 2.80703 · √(0.09 + 0.03) = 0.97237.
  const critical = 2.807034 * Math.sqrt(0.09 + 0.03);
  const self = answersScoring(bank, { catalyst: 4, coordinator: 3, strategist: 3, architect: 4 });
  const sets = [0, 1, 2].map(() =>
    rater('partners', {
      catalyst: 3,
      coordinator: [4, 4, 4, 5, 4],
      strategist: [4, 4, 4, 3, 4],
      architect: 4,
    }),
  );
  const aggregate = aggregateFeedback(index, self, sets);

  it('computes the critical difference from the model', () => {
    expect(row(aggregate, 'catalyst').critical).toBeCloseTo(critical, 4);
    expect(row(aggregate, 'catalyst').others?.se).toBeCloseTo(0.173205, 5);
  });

  it('labels self 4.0 against others 3.0 a blind spot (1.0 ≥ 0.972)', () => {
    expect(row(aggregate, 'catalyst').difference).toBeCloseTo(1, 10);
    expect(row(aggregate, 'catalyst').label).toBe('blind-spot');
  });

  it('labels self 3.0 against others 4.2 a hidden strength (1.2 ≥ 0.972)', () => {
    expect(row(aggregate, 'coordinator').others?.mean).toBeCloseTo(4.2, 10);
    expect(row(aggregate, 'coordinator').label).toBe('hidden-strength');
  });

  it('leaves self 3.0 against others 3.8 unlabelled (0.8 < 0.972), and equal scores too', () => {
    expect(row(aggregate, 'strategist').difference).toBeCloseTo(-0.8, 10);
    expect(row(aggregate, 'strategist').label).toBeNull();
    expect(row(aggregate, 'architect').label).toBeNull();
  });

  it('reports full agreement for identical raters and disagreement for raters far apart', () => {
    expect(row(aggregate, 'catalyst').spread).toBe(0);
    expect(row(aggregate, 'catalyst').agreement).toBe(1);
    const apart = aggregateFeedback(index, self, [
      rater('partners', { mediator: 1 }),
      rater('partners', { mediator: 5 }),
      rater('partners', { mediator: 3 }),
    ]);
    // Scores 1, 5, 3: s² = 4, σ²_EU = (25 − 1) / 12 = 2, r_wg = 1 − 4 / 2 = −1.
    expect(row(apart, 'mediator').spread).toBeCloseTo(2, 10);
    expect(row(apart, 'mediator').agreement).toBeCloseTo(-1, 10);
    expect(row(apart, 'mediator').disagree).toBe(true);
    // Scores 3, 3.2, 3: s² = 0.01333, r_wg = 0.9933: agreement.
    const close = aggregateFeedback(index, self, [
      rater('partners', { mediator: 3 }),
      rater('partners', { mediator: [3, 3, 3, 3, 4] }),
      rater('partners', { mediator: 3 }),
    ]);
    expect(row(close, 'mediator').agreement).toBeCloseTo(1 - 0.04 / 3 / 2, 10);
    expect(row(close, 'mediator').disagree).toBe(false);
  });

  it('gives no label without a measurement model', () => {
    const { measurement: _dropped, ...scoring } = bank.scoring;
    const bare = indexBank({ ...bank, scoring });
    const plain = aggregateFeedback(bare, self, sets);
    expect(row(plain, 'catalyst').critical).toBeNull();
    expect(row(plain, 'catalyst').label).toBeNull();
  });
});
