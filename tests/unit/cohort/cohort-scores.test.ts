import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers';
import { answerState } from '../../../src/domain/answers';
import { indexBank, type BankIndex } from '../../../src/domain/bank/model';
import type { Bank } from '../../../src/domain/bank/schema';
import { answerMatrix } from '../../../src/domain/cohort/answer-matrix';
import { scoreCohort } from '../../../src/domain/cohort/cohort-scores';
import { profileAnswers } from '../../../src/domain/scoring/score';
import { tinyBank } from '../../helpers/banks';
import { generateCohort, tinyCohortMembers } from '../../helpers/cohort';
import { networkLeadershipBank } from '../../helpers/network-leadership';
import { normal, random } from '../../helpers/random';

/**
 * `n` answer sets on `bank` from a one-factor model, with "not applicable" (also where the scale does not
 * offer it, which is scored as unanswered), answers the scale does not offer, unknown items, and people who
 * left a share of their answers out (`incomplete`: how many do), so that dimensions go unscored, sections
 * have too few scores for a profile and ties between dimensions are common.
 */
function answerSets(bank: Bank, n: number, seed: number, incomplete = 0.4): Answers[] {
  const index = indexBank(bank);
  const next = random(seed);
  return Array.from({ length: n }, () => {
    const general = normal(next);
    const traits = new Map(bank.dimensions.map((d) => [d.id, 0.6 * general + 0.8 * normal(next)]));
    const missing = next() < incomplete ? next() : 0;
    const answers: Record<string, number | null> = {};
    for (const item of bank.items) {
      if (next() < missing) continue;
      const points = index.itemScale.get(item.id)?.points.map((point) => point.value) ?? [1, 5];
      const draw = next();
      if (draw < 0.05) answers[item.id] = null;
      else if (draw < 0.07) answers[item.id] = [7, 0.5, -1][Math.floor(next() * 3)] ?? 7;
      else {
        const trait = (traits.get(item.dimension) ?? 0) + 0.7 * normal(next);
        const step = Math.round((points.length - 1) / 2 + trait * (points.length / 4));
        answers[item.id] = points[Math.min(points.length - 1, Math.max(0, step))] ?? 1;
      }
    }
    if (next() < 0.05) answers['not-an-item'] = 3;
    return answers;
  });
}

/** Banks that score differently: levels and positions, hierarchies, threshold and critical-difference rules. */
function banks(): { name: string; bank: Bank }[] {
  const current = networkLeadershipBank('2.0.0');
  const { scoring } = current;
  return [
    { name: 'network leadership 2.0.0 (critical differences)', bank: current },
    { name: 'network leadership 1.0.0', bank: networkLeadershipBank('1.0.0') },
    { name: 'the tiny bank (a hierarchy, a threshold rule, three scales)', bank: tinyBank() },
    {
      name: 'thresholds with at most two strengths and one or two development points',
      bank: {
        ...current,
        scoring: {
          ...scoring,
          relative: scoring.relative.map((rule, i) => ({
            ...rule,
            method: 'threshold' as const,
            threshold: 0.2 + 0.2 * i,
            maxStrengths: 2,
            maxDevelopment: 1 + i,
          })),
        },
      },
    },
    {
      name: 'critical differences with at most one label of each kind',
      bank: {
        ...current,
        scoring: {
          ...scoring,
          relative: scoring.relative.map((rule) => ({ ...rule, maxStrengths: 1, maxDevelopment: 1 })),
        },
      },
    },
    {
      name: 'critical differences without a measurement model',
      bank: { ...current, scoring: { ...scoring, measurement: undefined } },
    },
  ];
}

/** Each person's scores one by one (`profileAnswers`): means, and how often each dimension was labelled. */
function perPerson(index: BankIndex, people: readonly Answers[]) {
  const profiles = people.map((answers) => profileAnswers(index, answers));
  const count = (kind: 'strengths' | 'development') => {
    const counts = new Map<string, number>();
    for (const profile of profiles)
      for (const section of profile.sections)
        for (const id of section[kind]) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };
  return { profiles, strengths: count('strengths'), development: count('development') };
}

describe.each(banks())('the cohort scored at once, on $name', ({ bank }) => {
  const index = indexBank(bank);
  const people = answerSets(bank, 600, bank.items.length);

  it('reads every answer as scoring reads it', () => {
    const matrix = answerMatrix(index, people);
    expect(matrix.persons).toBe(people.length);
    for (const item of bank.items) {
      const column = matrix.values.get(item.id);
      let notApplicable = 0;
      people.forEach((answers, person) => {
        const state = answerState(index, answers, item.id);
        expect(column?.[person]).toBe(state.kind === 'value' ? state.value : Number.NaN);
        if (state.kind === 'not-applicable') notApplicable += 1;
      });
      expect(matrix.notApplicable.get(item.id)).toBe(notApplicable);
    }
  });

  it("gives every person's dimension means exactly as scoring each person does", () => {
    const scores = scoreCohort(index, answerMatrix(index, people));
    const { profiles } = perPerson(index, people);
    expect(scores.means).toHaveLength(bank.dimensions.length);
    profiles.forEach((profile, person) =>
      profile.dimensions.forEach((dimension, position) =>
        expect(scores.means[position]?.[person]).toBe(dimension.mean ?? Number.NaN),
      ),
    );
  });

  it('counts the strengths and development points of the profiles, person by person too', () => {
    const reference = perPerson(index, people);
    const scores = scoreCohort(index, answerMatrix(index, people));
    expect(scores.strengths).toEqual(reference.strengths);
    expect(scores.development).toEqual(reference.development);
    // Some were labelled, or the comparison says little.
    const labels = [...reference.strengths.values(), ...reference.development.values()];
    if (
      bank.scoring.measurement !== undefined ||
      bank.scoring.relative.some((r) => r.method !== 'critical-difference')
    )
      expect(labels.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(100);
    // A cohort of one: the person's own labels.
    people.slice(0, 150).forEach((answers, person) => {
      const alone = scoreCohort(index, answerMatrix(index, [answers]));
      const own = (kind: 'strengths' | 'development') =>
        new Map((reference.profiles[person]?.sections ?? []).flatMap((s) => s[kind].map((id) => [id, 1])));
      expect(alone.strengths).toEqual(own('strengths'));
      expect(alone.development).toEqual(own('development'));
    });
  });
});

describe('the cohort scored at once', () => {
  it('is the same for the generated cohort of the benchmark', async () => {
    const bank = networkLeadershipBank('2.0.0');
    const index = indexBank(bank);
    const people = (await generateCohort(bank, 400)).map((result) => result.answers);
    const reference = perPerson(index, people);
    const scores = scoreCohort(index, answerMatrix(index, people));
    expect(scores.strengths).toEqual(reference.strengths);
    expect(scores.development).toEqual(reference.development);
    reference.profiles.forEach((profile, person) =>
      profile.dimensions.forEach((dimension, position) =>
        expect(scores.means[position]?.[person]).toBe(dimension.mean ?? Number.NaN),
      ),
    );
  });

  it('reads answers of any prototype by their own keys only', () => {
    const index = indexBank(tinyBank());
    const [first] = tinyCohortMembers();
    const inherited = Object.assign(Object.create({ c2: 1, e1: 1 }) as Record<string, number | null>, {
      c1: 4,
    });
    const bare = Object.assign(Object.create(null) as Record<string, number | null>, first?.answers);
    const matrix = answerMatrix(index, [inherited, bare, {}]);
    expect([...(matrix.values.get('c1') ?? [])]).toEqual([4, first?.answers.c1, Number.NaN]);
    expect([...(matrix.values.get('c2') ?? [])]).toEqual([Number.NaN, first?.answers.c2, Number.NaN]);
    expect(scoreCohort(index, matrix).means[0]?.[1]).toBe(profileAnswers(index, bare).dimensions[0]?.mean);
  });

  it('gives nothing for no members', () => {
    const index = indexBank(tinyBank());
    const scores = scoreCohort(index, answerMatrix(index, []));
    expect(scores.means.every((column) => column.length === 0)).toBe(true);
    expect(scores.strengths.size + scores.development.size).toBe(0);
  });
});
