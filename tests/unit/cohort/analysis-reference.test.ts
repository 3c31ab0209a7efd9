/**
 * The cohort analysis of a bank, checked against R: R's data sets are put into 2.0.0's dimensions as
 * participants' answers (a reverse-keyed item answered so that its scored value is R's), and every scale
 * figure the cohort view shows must equal what psych and lavaan computed on those data
 * (tests/fixtures/reference/*.json; nothing here is computed by the code under test).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexBank } from '../../../src/domain/bank/model';
import { analyseCohort, type CohortMember } from '../../../src/domain/cohort/analysis';
import { networkLeadershipBank } from '../../helpers/network-leadership';

const REFERENCE = new URL('../../fixtures/reference/', import.meta.url);
const fixture = (name: string): any => JSON.parse(readFileSync(new URL(`${name}.json`, REFERENCE), 'utf8'));
const dataset = (name: string): number[][] =>
  readFileSync(new URL(`datasets/${name}.csv`, REFERENCE), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').map(Number));

const index = indexBank(networkLeadershipBank('2.0.0'));

/** Members whose answers on `dimension` are the rows of `data` (scored values), nothing else answered. */
function membersOn(dimension: string, data: readonly (readonly number[])[]): CohortMember[] {
  const items = index.itemsBeneath.get(dimension) ?? [];
  expect(items.length).toBe(data[0]?.length);
  return data.map((row) => ({
    answers: Object.fromEntries(items.map((item, j) => [item.id, item.reverse ? 6 - row[j]! : row[j]!])),
    context: {},
  }));
}

const cases = [
  { name: 'likert-300x4', dimension: 'interdependence' },
  { name: 'likert-300x5', dimension: 'network-weaver' },
  { name: 'small-12x4', dimension: 'trust-orientation' },
] as const;

describe.each(cases)('scale quality of $dimension on R’s $name', ({ name, dimension }) => {
  const expected = fixture(name);
  const data = dataset(name);
  const quality = analyseCohort(index, membersOn(dimension, data)).quality.find(
    (entry) => entry.dimension === dimension,
  )!;

  it('gives alpha, its Feldt interval, alpha if dropped and the mean inter-item r as psych does (1e-6)', () => {
    expect(quality.completeCases).toBe(expected.n);
    expect(quality.alpha).toBeCloseTo(expected.alpha, 6);
    const feldt = expected.feldt.find((entry: any) => entry.level === 0.95);
    expect(quality.alphaInterval?.lower).toBeCloseTo(feldt.lower, 6);
    expect(quality.alphaInterval?.upper).toBeCloseTo(feldt.upper, 6);
    quality.items.forEach((item, j) =>
      expect(item.alphaIfDropped).toBeCloseTo(expected.alphaIfDropped[j], 6),
    );
    expect(quality.meanInterItem).toBeCloseTo(expected.averageR, 6);
  });

  it('gives omega total of lavaan’s one-factor fit (1e-5: the fits stop at gradients of about 1e-7)', () => {
    expect(quality.omega.status).toBe(expected.cfa.heywood ? 'heywood' : 'ok');
    if (quality.omega.status === 'ok')
      expect(Math.abs(quality.omega.omega - expected.cfa.omega)).toBeLessThan(1e-5);
  });

  it('pools the floor and ceiling shares of the items (R’s per-item shares, averaged: equal n)', () => {
    const shares = Object.values<{ floor: number; ceiling: number }>(expected.floorCeiling);
    const average = (key: 'floor' | 'ceiling') => shares.reduce((sum, s) => sum + s[key], 0) / shares.length;
    expect(quality.floorCeiling?.floor).toBeCloseTo(average('floor'), 9);
    expect(quality.floorCeiling?.ceiling).toBeCloseTo(average('ceiling'), 9);
  });

  it('counts each answer point of every item as given (raw answers, reverse-keyed ones too)', () => {
    const items = index.itemsBeneath.get(dimension) ?? [];
    quality.items.forEach((item, j) => {
      const raw = data.map((row) => (items[j]!.reverse ? 6 - row[j]! : row[j]!));
      for (const { value, count } of item.distribution)
        expect(count).toBe(raw.filter((answer) => answer === value).length);
      expect(item.distribution.map((d) => d.value)).toEqual([1, 2, 3, 4, 5]);
    });
  });
});

describe('omega that cannot be trusted', () => {
  it('is withheld for a Heywood case and for a scale that does not converge, as lavaan warns', () => {
    expect(fixture('heywood').cfa.heywood).toBe(true);
    const heywood = analyseCohort(index, membersOn('trust-orientation', dataset('heywood'))).quality.find(
      (entry) => entry.dimension === 'trust-orientation',
    )!;
    expect(heywood.omega.status).toBe('heywood');
  });
  it('is withheld with too few complete cases', () => {
    const few = analyseCohort(index, membersOn('trust-orientation', dataset('small-12x4').slice(0, 6)));
    expect(few.quality.find((entry) => entry.dimension === 'trust-orientation')!.omega).toEqual({
      status: 'too-few-cases',
      needed: 10,
    });
  });
});

describe('between scales and within groups', () => {
  // 300 participants: interdependence from R's data set; trust-orientation answered the same way (r = 1);
  // phase "start-up" for the first 296, "execute" for the last 4.
  const data = dataset('likert-300x4');
  const on = (dimension: string) => membersOn(dimension, data);
  const members = on('interdependence').map((member, person) => ({
    answers: {
      ...member.answers,
      ...on('trust-orientation')[person]!.answers,
      ...on('public-value')[(person * 7) % 300]!.answers,
    },
    context: { phase: person < 296 ? 'start-up' : 'execute' },
  }));
  const analysis = analyseCohort(index, members);

  it('flags dimensions whose scores correlate above .85 as possibly not distinct', () => {
    expect(analysis.correlations.close).toEqual([{ a: 'interdependence', b: 'trust-orientation', r: 1 }]);
    const i = analysis.correlations.dimensions.indexOf('interdependence');
    const j = analysis.correlations.dimensions.indexOf('public-value');
    const r = analysis.correlations.matrix[i]?.[j];
    expect(r).not.toBeNull();
    expect(Math.abs(r!)).toBeLessThan(0.85);
    // Dimensions nobody scored have no correlation at all.
    const k = analysis.correlations.dimensions.indexOf('strategist');
    expect(analysis.correlations.matrix[i]?.[k]).toBeNull();
  });

  it('compares subgroups by a context question, without the figures of a subgroup under five', () => {
    const phase = analysis.subgroups.find((entry) => entry.question === 'phase')!;
    const start = phase.groups.find((group) => group.option === 'start-up')!;
    const execute = phase.groups.find((group) => group.option === 'execute')!;
    expect(start.n).toBe(296);
    expect(execute).toEqual({ option: 'execute', n: 4, dimensions: null });
    const scores = data.slice(0, 296).map((row) => row.reduce((sum, v) => sum + v, 0) / row.length);
    const mean = scores.reduce((sum, v) => sum + v, 0) / scores.length;
    const sd = Math.sqrt(scores.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (scores.length - 1));
    const figures = start.dimensions!.find((d) => d.id === 'interdependence')!;
    expect(figures.n).toBe(296);
    expect(figures.mean).toBeCloseTo(mean, 12);
    expect(figures.sd).toBeCloseTo(sd, 12);
  });
});
