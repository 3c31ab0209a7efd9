import { describe, expect, it } from 'vitest';
import { indexBank } from '../../../src/domain/bank/model';
import { validateBank } from '../../../src/domain/bank/validate';
import { analyseCohort, type CohortMember } from '../../../src/domain/cohort/analysis';
import {
  bankWithNorms,
  buildNorms,
  collectedPeriod,
  MIN_NORM_GROUP,
  nextVersion,
} from '../../../src/domain/cohort/norms';
import { modelFor } from '../../../src/domain/scoring/measurement';
import { normStanding } from '../../../src/domain/scoring/norm-standing';
import { buildResultsView } from '../../../src/views/results';
import { translatorSync } from '../../helpers/i18n';
import { generateCohort } from '../../helpers/cohort';
import { networkLeadershipBank } from '../../helpers/network-leadership';

const bank = networkLeadershipBank('2.0.0');
const index = indexBank(bank);
const source = {
  group: { nl: 'Pilotgroep 2026', en: 'Pilot group 2026' },
  source: { nl: 'de pilotgroep van 2026', en: 'the 2026 pilot group' },
  collected: '2026-01-10 – 2026-11-30',
};

/** `count` participants; on interdependence (4 items) person p answers (p mod 5) + 1 to every item. */
function members(count: number): CohortMember[] {
  const items = index.itemsBeneath.get('interdependence') ?? [];
  return Array.from({ length: count }, (_, p) => ({
    answers: Object.fromEntries(items.map((item, j) => [item.id, ((p + (j === 3 ? 1 : 0)) % 5) + 1])),
    context: {},
  }));
}

describe('a norms block from a cohort', () => {
  it('is made only for dimensions with at least 100 scores, with n, mean, SD, reliabilities and percentiles', () => {
    expect(buildNorms(analyseCohort(index, members(MIN_NORM_GROUP - 1)), source)).toBeNull();
    const norms = buildNorms(analyseCohort(index, members(100)), source)!;
    expect(norms.entries.map((entry) => entry.dimension)).toEqual(['interdependence']);
    const [entry] = norms.entries;
    // Scored values (the second item is reverse-keyed: 6 − answer): person p → 20 people at each of
    // p mod 5 = 0…4; the mean of the four scored items per person is worked out per residue below.
    const items = index.itemsBeneath.get('interdependence') ?? [];
    const perResidue = [0, 1, 2, 3, 4].map((r) => {
      const scored = items.map((item, j) => {
        const answer = ((r + (j === 3 ? 1 : 0)) % 5) + 1;
        return item.reverse ? 6 - answer : answer;
      });
      return scored.reduce((a, b) => a + b, 0) / scored.length;
    });
    const mean = perResidue.reduce((a, b) => a + b, 0) / 5;
    const variance = (perResidue.reduce((sum, v) => sum + (v - mean) ** 2, 0) * 20) / 99;
    expect(entry?.n).toBe(100);
    expect(entry?.mean).toBeCloseTo(mean, 12);
    expect(entry?.sd).toBeCloseTo(Math.sqrt(variance), 12);
    expect(entry?.alpha).toEqual(expect.any(Number));
    const sorted = [...perResidue].sort((a, b) => a - b);
    // Type 7 quantiles of 20 copies of each value: the 50th percentile is the middle value.
    expect(entry?.percentiles?.p50).toBeCloseTo(sorted[2]!, 12);
    expect(norms.collected).toBe('2026-01-10 – 2026-11-30');
  });

  it('goes into the next version, numbered as the change needs, whose measurement model then uses it', async () => {
    const cohort = (await generateCohort(bank, 120)).map((r) => ({ answers: r.answers, context: r.context }));
    const norms = buildNorms(analyseCohort(index, cohort), source)!;
    expect(norms.entries).toHaveLength(bank.dimensions.length);
    const next = bankWithNorms(bank, norms, { nl: 'Gemeten.', en: 'Measured.' });
    // The measurement model's basis changes (a scoring rule): a major version.
    expect(next.version).toBe('3.0.0');
    expect(next.scoring.measurement?.basis).toBe('cohort');
    expect(validateBank(next).problems).toEqual([]);
    const nextIndex = indexBank(next);
    for (const entry of norms.entries) {
      const model = modelFor(nextIndex, nextIndex.dimensions.get(entry.dimension)!);
      expect(model).toEqual({ reliability: entry.omega ?? entry.alpha, sd: entry.sd });
      expect(model?.reliability).not.toBe(0.75);
    }
    // A dimension without norms keeps the assumed model.
    const partial = indexBank(
      bankWithNorms(bank, { ...norms, entries: norms.entries.slice(1) }, { nl: 'x', en: 'x' }),
    );
    expect(modelFor(partial, partial.dimensions.get(norms.entries[0]!.dimension)!)).toEqual({
      reliability: 0.75,
      sd: 0.6,
    });
    expect(nextVersion('2.0.0', 'minor')).toBe('2.1.0');
    expect(nextVersion('2.3.4', 'patch')).toBe('2.3.5');
  });
});

describe('the period of a norm group', () => {
  it('runs from the first to the last day the results were made, in any order', () => {
    expect(
      collectedPeriod(['2026-11-30T10:00:00.000Z', '2026-01-12T08:00:00.000Z', '2026-05-01T12:00:00Z']),
    ).toBe('2026-01-12 – 2026-11-30');
    expect(collectedPeriod(['2026-03-03T10:00:00.000Z', '2026-03-03T18:00:00.000Z'])).toBe('2026-03-03');
  });
});

describe('where a score stands in the norm group', () => {
  const percentiles = { p10: 2.5, p25: 3, p50: 3.5, p75: 4, p90: 4.5 };
  it('spans the percentiles the whole interval lies between', () => {
    expect(normStanding(percentiles, 3.2, 3.6)).toEqual({ above: 25, below: 75 });
    expect(normStanding(percentiles, 3.6, 3.9)).toEqual({ above: 50, below: 75 });
    expect(normStanding(percentiles, 4.6, 4.9)).toEqual({ above: 90, below: null });
    expect(normStanding(percentiles, 1.5, 2.4)).toEqual({ above: null, below: 10 });
    expect(normStanding(percentiles, 2, 5)).toEqual({ above: null, below: null });
    expect(normStanding(undefined, 3, 3)).toBeNull();
  });

  it('is shown on the results with the source and n, and not at all for a bank without norms', () => {
    const norms = buildNorms(analyseCohort(index, members(120)), source)!;
    const next = indexBank(bankWithNorms(bank, norms, { nl: 'Gemeten.', en: 'Measured.' }));
    const answers = Object.fromEntries(bank.items.map((item) => [item.id, 4]));
    const data = {
      answers,
      context: {},
      reflections: {},
      choices: {},
      startedAt: '2026-11-30T10:00:00.000Z',
      completedAt: '2026-11-30T10:30:00.000Z',
      name: '',
    };
    const view = (i: typeof index) =>
      buildResultsView(
        {
          index: i,
          data,
          title: 'x',
          language: 'en',
          bankHash: 'ab'.repeat(32),
          generatedAt: new Date('2026-12-01'),
        },
        translatorSync('en'),
      );
    expect(view(index).norms).toBeNull();
    const shown = view(next).norms!;
    expect(shown.intro).toMatch(
      /^Compared with the 2026 pilot group, n = 120 \(Pilot group 2026, 2026-01-10 – 2026-11-30\)/,
    );
    expect(shown.table.rows.map((row) => row.id)).toEqual(['interdependence']);
    expect(shown.table.rows[0]?.cells[2]).toMatch(/percentile|cannot be said/);
    expect(shown.table.rows[0]?.cells[3]).toBe('120');
  });
});
