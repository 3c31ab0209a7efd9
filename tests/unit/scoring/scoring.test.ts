import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers';
import { round } from '../../../src/domain/rounding';
import { bandFor, type DimensionScore } from '../../../src/domain/scoring/dimensions';
import { scoreAnswers } from '../../../src/domain/scoring/score';
import { tinyBank } from '../../helpers/banks';

const bank = tinyBank();

function dim(scores: ReturnType<typeof scoreAnswers>, id: string): DimensionScore {
  const found = scores.dimensions.find((d) => d.id === id);
  if (!found) throw new Error(`no dimension ${id}`);
  return found;
}

// A hand-checked answer set for the tiny bank (scale 1–5 unless noted).
const answers: Answers = {
  c1: 5,
  c2: 4,
  c3: 1, // reverse-keyed: 1 + 5 - 1 = 5
  d1: 2,
  d2: 2,
  d3: null, // not applicable
  d4: 3,
  e1: 4,
  e2: 5,
  e3: 4, // on the agreement scale (also 1–5)
  t1: 5,
  t2: 1, // reverse-keyed: 5
  q1: 4, // q2 unanswered
  x1: 10, // scale 0–10
};

describe('dimension scores (hand-computed)', () => {
  const scores = scoreAnswers(bank, answers, { phase: 'start' });

  it('recodes reverse-keyed items before summing', () => {
    // connect: 5 + 4 + (6 - 1) = 14 over 3 items → mean 4.667, percent (4.667 - 1) / 4 = 91.67
    expect(dim(scores, 'connect')).toMatchObject({ answered: 3, sum: 14, band: 'high', enough: true });
    expect(dim(scores, 'connect').mean).toBeCloseTo(14 / 3, 10);
    expect(dim(scores, 'connect').percent).toBeCloseTo(((14 / 3 - 1) / 4) * 100, 10);
  });

  it('leaves "not applicable" out and still scores at exactly the minimum share', () => {
    // deliver: 2 + 2 + 3 = 7 over 3 of 4 items (3/4 = 0.75 ≥ 0.75) → mean 2.333, band low (< 3)
    expect(dim(scores, 'deliver')).toMatchObject({
      items: 4,
      answered: 3,
      notApplicable: 1,
      sum: 7,
      band: 'low',
    });
  });

  it('gives no score below the minimum share', () => {
    // curiosity: 1 of 2 answered = 0.5 < 0.75
    expect(dim(scores, 'curiosity')).toMatchObject({
      enough: false,
      mean: null,
      sum: null,
      band: null,
      answered: 1,
    });
  });

  it('scores a parent over every item beneath it', () => {
    // openness = trust (t1 5, t2 reversed 5) + curiosity (q1 4, q2 missing) → 3 of 4 answered, 14 / 3
    expect(dim(scores, 'openness')).toMatchObject({ items: 4, answered: 3, sum: 14 });
    expect(dim(scores, 'openness').mean).toBeCloseTo(14 / 3, 10);
  });

  it('handles another scale range in the same bank', () => {
    // energy on 0–10: mean 10 → 100 %
    expect(dim(scores, 'energy')).toMatchObject({ min: 0, max: 10, mean: 10, percent: 100 });
  });

  it('finds relative strengths and development points against the own mean', () => {
    // roles: connect 4.667, deliver 2.333, explore 4.333 → own mean 3.778.
    // connect +0.889 and explore +0.556 qualify (≥ 0.5), max 1 strength → connect; deliver −1.444 → development.
    expect(scores.sections).toEqual([
      expect.objectContaining({
        section: 'roles',
        status: 'profile',
        strengths: ['connect'],
        development: ['deliver'],
      }),
    ]);
    expect(scores.sections[0]?.mean).toBeCloseTo(34 / 9, 10);
  });

  it('raises the cross-layer flag whose gap is reached, and only that one', () => {
    // explore − deliver = 4.333 − 2.333 = 2 ≥ 1 → flag; trust − connect = 5 − 4.667 = 0.333 < 1.5 → no flag
    expect(scores.flags).toHaveLength(1);
    expect(scores.flags[0]).toMatchObject({ id: 'explore-over-deliver', high: 'explore', low: 'deliver' });
    expect(scores.flags[0]?.gap).toBeCloseTo(2, 10);
  });

  it('hints the roles the chosen phase calls for', () => {
    expect(scores.hints).toEqual({ phase: 'start', dimensions: ['connect', 'explore'] });
    expect(scoreAnswers(bank, answers, {}).hints).toEqual({ phase: null, dimensions: [] });
  });

  it('has no quality notes for varied answers', () => {
    expect(scores.quality).toEqual([]);
  });
});

describe('relative profile rules', () => {
  it('says "balanced profile" when no dimension is far enough from the own mean', () => {
    const scores = scoreAnswers(bank, {
      c1: 4,
      c2: 4,
      c3: 2,
      d1: 4,
      d2: 3,
      d3: 4,
      d4: 4,
      e1: 4,
      e2: 4,
      e3: 3,
    });
    // connect 4, deliver 3.75, explore 3.667: own mean 3.806; every distance < 0.5
    expect(scores.sections[0]).toMatchObject({ status: 'balanced', strengths: [], development: [] });
  });

  it('breaks ties by answered items, then bank order', () => {
    const rule = { ...bank.scoring.relative[0]!, maxStrengths: 2 };
    const tied = scoreAnswers(
      { ...bank, scoring: { ...bank.scoring, relative: [rule] } },
      {
        c1: 5,
        c2: 5,
        c3: 1, // connect 5 (3 answered)
        d1: 5,
        d2: 5,
        d3: 5,
        d4: null, // deliver 5 (3 answered)
        e1: 1,
        e2: 1,
        e3: 1, // explore 1
      },
    );
    // own mean 3.667; connect and deliver tie at 5 with 3 answers each → bank order: connect, deliver
    expect(tied.sections[0]?.strengths).toEqual(['connect', 'deliver']);
    const moreEvidence = scoreAnswers(
      { ...bank, scoring: { ...bank.scoring, relative: [rule] } },
      {
        c1: 5,
        c2: 5,
        c3: 1, // connect 5 (3 answered)
        d1: 5,
        d2: 5,
        d3: 5,
        d4: 5, // deliver 5 (4 answered): more evidence, so it goes first
        e1: 1,
        e2: 1,
        e3: 1,
      },
    );
    expect(moreEvidence.sections[0]?.strengths).toEqual(['deliver', 'connect']);
  });

  it('reports too few scored dimensions as insufficient', () => {
    const scores = scoreAnswers(bank, { c1: 5, c2: 5, c3: 5 });
    expect(scores.sections[0]).toMatchObject({ status: 'insufficient', strengths: [], development: [] });
  });
});

describe('answer-quality notes', () => {
  it('notes straight-lining in a section with enough answers', () => {
    const same = { c1: 3, c2: 3, c3: 3, d1: 3, d2: 3 };
    expect(scoreAnswers(bank, same).quality).toEqual([
      { kind: 'straight-lining', section: 'roles', value: 3, count: 5 },
    ]);
    // three answers are below the bank's straightLiningMinItems (4)
    expect(scoreAnswers(bank, { c1: 3, c2: 3, c3: 3 }).quality).toEqual([]);
  });
  it('notes agreement with an item and its reverse twin', () => {
    expect(scoreAnswers(bank, { t1: 4, t2: 5 }).quality).toEqual([
      { kind: 'twin-agreement', item: 't1', reverse: 't2', scale: 'other' },
    ]);
    expect(scoreAnswers(bank, { t1: 4, t2: 3 }).quality).toEqual([]);
  });
});

describe('bands and rounding', () => {
  const bands = bank.scoring.bands;
  it('puts a mean in the band of its shown (one-decimal) value', () => {
    expect(bandFor(bands, 'mean', 3.95, 0)).toBe('high');
    expect(bandFor(bands, 'mean', 3.94, 0)).toBe('mid');
    expect(bandFor(bands, 'mean', 3, 0)).toBe('mid');
    expect(bandFor(bands, 'mean', 2.99, 0)).toBe('mid');
    expect(bandFor(bands, 'mean', 2.94, 0)).toBe('low');
    expect(bandFor(bands, 'mean', 1, 0)).toBe('low');
  });
  it('can band on the percentage instead', () => {
    const pct = [
      { id: 'top', min: 75, label: {} },
      { id: 'rest', label: {} },
    ];
    expect(bandFor(pct, 'percent', 0, 74.6)).toBe('top');
    expect(bandFor(pct, 'percent', 0, 74.4)).toBe('rest');
  });
  it('rounds half away from zero despite binary noise', () => {
    expect(round(3.95, 1)).toBe(4);
    expect(round(2.675, 2)).toBe(2.68);
    expect(round(-1.25, 1)).toBe(-1.3);
  });
});

describe('invalid stored answers', () => {
  it('treats values off the scale and unknown items as unanswered', () => {
    const scores = scoreAnswers(bank, { c1: 7, c2: 2.5, c3: 1, x1: 3, nope: 5 });
    expect(dim(scores, 'connect')).toMatchObject({ answered: 1, enough: false });
    expect(dim(scores, 'energy')).toMatchObject({ answered: 0, enough: false });
  });
  it('treats "not applicable" on a scale without it as unanswered', () => {
    expect(dim(scoreAnswers(bank, { t1: null, t2: 1 }), 'trust')).toMatchObject({
      answered: 1,
      notApplicable: 0,
    });
  });
});
