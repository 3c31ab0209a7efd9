import { describe, expect, it } from 'vitest';
import { indexBank } from '../../../src/domain/bank/model';
import { validateBank } from '../../../src/domain/bank/validate';
import {
  deviationError,
  standardError,
  zForFamily,
  zForLevel,
} from '../../../src/domain/scoring/measurement';
import { normalQuantile } from '../../../src/domain/scoring/normal';
import { scoreAnswers } from '../../../src/domain/scoring/score';
import { tinyRaw } from '../../helpers/banks';
import { networkLeadershipBank } from '../../helpers/network-leadership';

/** The tiny bank with a measurement model (reliability .75, SD .6) and the critical-difference rule. */
function modelled() {
  const raw = tinyRaw();
  raw.scoring.measurement = {
    basis: 'assumed',
    reliability: 0.75,
    sd: 0.6,
    level: 0.9,
    familyAlpha: 0.05,
    source: { nl: 'Aangenomen.', en: 'Assumed.' },
  };
  raw.scoring.relative = [
    { section: 'roles', method: 'critical-difference', maxStrengths: 3, maxDevelopment: 3 },
  ];
  const result = validateBank(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return indexBank(result.bank);
}

describe('the normal quantile', () => {
  it('matches R’s qnorm', () => {
    // R 4.2: qnorm(0.975), qnorm(0.95), qnorm(1 - 0.05/6), qnorm(0.001)
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644853626951472, 8);
    expect(normalQuantile(1 - 0.05 / 6)).toBeCloseTo(2.39397979982, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 8);
  });
});

describe('the measurement model', () => {
  it('gives each score a standard error that grows as items are left out', () => {
    // SE of a full score: 0.6 · √(1 − 0.75) = 0.3; with 3 of 4 items: 0.3 · √(4/3) = 0.34641
    expect(standardError({ reliability: 0.75, sd: 0.6 }, 4, 4)).toBeCloseTo(0.3, 12);
    expect(standardError({ reliability: 0.75, sd: 0.6 }, 4, 3)).toBeCloseTo(0.346410161514, 10);
    expect(zForLevel(0.9)).toBeCloseTo(1.644853626951, 8);
    expect(zForFamily(0.05, 3)).toBeCloseTo(2.39397979982, 8);
    // Var(X₁ − X̄) with three errors of 0.3: 0.09 · (1 − 2/3) + 3 · 0.09 / 9 = 0.06
    expect(deviationError([0.3, 0.3, 0.3], 0)).toBeCloseTo(Math.sqrt(0.06), 12);
    // one of them 0.34641: 0.12 · (1/3) + 0.30 / 9 = 0.073333…
    expect(deviationError([Math.sqrt(0.12), 0.3, 0.3], 0)).toBeCloseTo(Math.sqrt(0.12 / 3 + 0.3 / 9), 12);
  });

  it('labels a dimension only beyond its critical difference (hand-worked)', () => {
    const index = modelled();
    // connect 5, 5, (6 − 1 =) 5 → 5.0; deliver 3.0; explore 3.0 → mean 3.6667.
    // Critical difference: 2.39398 · √0.06 = 0.586398. connect +1.3333 → strength; the others −0.6667 →
    // development points.
    const strong = scoreAnswers(index, {
      c1: 5,
      c2: 5,
      c3: 1,
      d1: 3,
      d2: 3,
      d3: 3,
      d4: 3,
      e1: 3,
      e2: 3,
      e3: 3,
    });
    const roles = strong.sections[0]!;
    expect(roles.method).toBe('critical-difference');
    expect(roles.standings.map((s) => s.critical)).toEqual([
      expect.closeTo(0.586398, 5),
      expect.closeTo(0.586398, 5),
      expect.closeTo(0.586398, 5),
    ]);
    expect(roles).toMatchObject({
      status: 'profile',
      strengths: ['connect'],
      development: ['deliver', 'explore'],
    });
    // connect 3.67 (4, 4, 3), the others 3.0: +0.444 is within 0.5864 → balanced.
    const flat = scoreAnswers(index, {
      c1: 4,
      c2: 4,
      c3: 3,
      d1: 3,
      d2: 3,
      d3: 3,
      d4: 3,
      e1: 3,
      e2: 3,
      e3: 3,
    });
    expect(flat.sections[0]).toMatchObject({ status: 'balanced', strengths: [], development: [] });
  });

  it('widens the critical difference of a dimension with "not applicable" answers', () => {
    const index = modelled();
    const scores = scoreAnswers(index, {
      c1: 5,
      c2: 5,
      c3: 1,
      d1: 3,
      d2: 3,
      d3: null,
      d4: 3,
      e1: 3,
      e2: 3,
      e3: 3,
    });
    const deliver = scores.sections[0]!.standings.find((s) => s.id === 'deliver')!;
    // deliver: 3 of 4 answered, SE 0.34641; Var = 0.12 · (1/3) + (0.09 + 0.12 + 0.09) / 9 = 0.073333
    expect(deliver.critical).toBeCloseTo(2.39397979982 * Math.sqrt(0.12 / 3 + 0.3 / 9), 6);
    const connect = scores.dimensions.find((d) => d.id === 'connect')!;
    // The interval: ± 1.645 · 0.3 around 5.0, clipped to the scale.
    expect(connect.interval).toEqual({ low: expect.closeTo(5 - 1.644853627 * 0.3, 6), high: 5 });
  });
});

describe('bank 2.0.0', () => {
  const bank = networkLeadershipBank('2.0.0');
  const index = indexBank(bank);

  it('scores every dimension when one statement of each is answered "not applicable"', () => {
    const answers: Record<string, number | null> = Object.fromEntries(bank.items.map((item) => [item.id, 4]));
    const seen = new Set<string>();
    for (const item of bank.items) {
      const scale = index.itemScale.get(item.id);
      if (seen.has(item.dimension) || scale?.notApplicable === undefined) continue;
      seen.add(item.dimension);
      answers[item.id] = null;
    }
    expect(seen.size).toBeGreaterThanOrEqual(17); // every role and lever skill
    const scores = scoreAnswers(index, answers);
    expect(scores.dimensions.filter((d) => d.mean === null).map((d) => d.id)).toEqual([]);
  });

  it('keeps a flat profile balanced and labels a clearly higher dimension', () => {
    const flat = scoreAnswers(
      index,
      Object.fromEntries(bank.items.map((item) => [item.id, item.reverse === true ? 2 : 4])),
    );
    for (const profile of flat.sections) expect(profile.status).toBe('balanced');
    const high: Record<string, number> = Object.fromEntries(
      bank.items.map((item) => [item.id, item.reverse === true ? 4 : 2]),
    );
    for (const item of bank.items)
      if (item.dimension === 'catalyst') high[item.id] = item.reverse === true ? 1 : 5;
    const profile = scoreAnswers(index, high).sections.find((s) => s.section === 'roles');
    expect(profile?.strengths).toEqual(['catalyst']);
  });
});
