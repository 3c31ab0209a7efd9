import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../../src/domain/scoring/score';
import { answersScoring, CONNECTING_ROLES, networkLeadershipBank } from '../../helpers/network-leadership';

const bank = networkLeadershipBank();
const section = (scores: ReturnType<typeof scoreAnswers>, id: string) =>
  scores.sections.find((s) => s.section === id);

describe('three scripted participants on network-leadership 1.0.0', () => {
  it('one strong in the connecting roles', () => {
    // Roles (after reverse keying): network-weaver 5, mediator 5, coordinator 3, the other five roles 4.
    // Own role mean = (5 + 5 + 3 + 5 × 4) / 8 = 33 / 8 = 4.125.
    // Strengths: 5 − 4.125 = 0.875 ≥ 0.5 for weaver and mediator (tied at 5 with 3 items each → bank order).
    // Development: 4.125 − 3 = 1.125 ≥ 0.5 for coordinator; the 4s are only 0.125 below.
    // Lever skills all 4 → own mean 4, nothing 0.5 away → balanced profile. Mindset 4.
    // Flags: mediator − process-director = 1 < 1.5; catalyst − coordinator = 1 < 1.5; mindset = skills → none.
    const answers = answersScoring(bank, CONNECTING_ROLES, 4);
    const scores = scoreAnswers(bank, answers, { phase: 'explore' });
    expect(section(scores, 'roles')).toMatchObject({
      status: 'profile',
      strengths: ['network-weaver', 'mediator'],
      development: ['coordinator'],
    });
    expect(section(scores, 'roles')?.mean).toBeCloseTo(4.125, 10);
    expect(section(scores, 'lever-skills')).toMatchObject({
      status: 'balanced',
      strengths: [],
      development: [],
    });
    expect(scores.flags).toEqual([]);
    // The exploring phase calls for the weaver, strategist, mediator and catalyst (the bank's phases).
    expect(scores.hints.dimensions).toEqual(['network-weaver', 'strategist', 'mediator', 'catalyst']);
  });

  it('one with a balanced profile', () => {
    // Roles: four roles 4, 4, 4 (= 4) and four roles 4, 4, 3 (= 3.667). Own mean = (16 + 14.667) / 8 = 3.833;
    // the largest distance is 0.167 < 0.5 → balanced.
    // Lever skills: seven at 4 and framing, reflection at 4, 3, 4, 3 (= 3.5). Own mean = (28 + 7) / 9 = 3.889;
    // distances 0.111 and 0.389 < 0.5 → balanced.
    // Mindset 4 everywhere; trust-orientation 4 − trust-building 4 = 0 → no flag.
    const answers = answersScoring(
      bank,
      {
        strategist: [4, 4, 3],
        architect: [4, 4, 3],
        catalyst: [4, 4, 3],
        ambassador: [4, 4, 3],
        framing: [4, 3, 4, 3],
        reflection: [4, 3, 4, 3],
      },
      4,
    );
    const scores = scoreAnswers(bank, answers);
    expect(section(scores, 'roles')).toMatchObject({ status: 'balanced', strengths: [], development: [] });
    expect(section(scores, 'roles')?.mean).toBeCloseTo(23 / 6, 10);
    expect(section(scores, 'lever-skills')).toMatchObject({
      status: 'balanced',
      strengths: [],
      development: [],
    });
    expect(section(scores, 'lever-skills')?.mean).toBeCloseTo(35 / 9, 10);
    expect(scores.flags).toEqual([]);
    expect(scores.quality).toEqual([]);
  });

  it('one whose mindset runs ahead of the matching skill', () => {
    // Mindset: trust-orientation 5 (its reverse item answered 1), the rest 4.
    // Lever skills: trust-building 3, 2, 3, 2 (= 2.5), the other eight 4. Own mean = (32 + 2.5) / 9 = 3.833.
    // Development: 3.833 − 2.5 = 1.333 ≥ 0.5 → trust-building; no skill is 0.5 above (4 − 3.833 = 0.167).
    // Flag: trust-orientation − trust-building = 5 − 2.5 = 2.5 ≥ 1 → "intention not yet in practice".
    // Roles all 3: balanced, and 24 identical answers in the roles section → a straight-lining note.
    const answers = answersScoring(
      bank,
      {
        'trust-orientation': 5,
        'trust-building': [3, 2, 3, 2],
        ...Object.fromEntries(
          [
            'interdependence',
            'systems-thinking',
            'ambiguity-tolerance',
            'shared-ownership',
            'public-value',
          ].map((d) => [d, 4]),
        ),
        ...Object.fromEntries(
          [
            'stakeholder-mapping',
            'framing',
            'goal-intertwining',
            'dialogue-facilitation',
            'conflict-tension',
            'influence-without-authority',
            'monitoring-accountability',
            'reflection',
          ].map((d) => [d, 4]),
        ),
      },
      3,
    );
    const scores = scoreAnswers(bank, answers);
    expect(section(scores, 'lever-skills')).toMatchObject({
      status: 'profile',
      strengths: [],
      development: ['trust-building'],
    });
    expect(scores.flags).toEqual([
      {
        id: 'trust-orientation-vs-trust-building',
        kind: 'mindset-skill',
        footing: 'raw',
        high: 'trust-orientation',
        low: 'trust-building',
        gap: 2.5,
      },
    ]);
    expect(section(scores, 'roles')).toMatchObject({ status: 'balanced' });
    // The three reverse-keyed role items are answered 3 too (6 − 3), so the roles section is all 3s.
    expect(scores.quality).toEqual([{ kind: 'straight-lining', section: 'roles', value: 3, count: 24 }]);
  });
});
