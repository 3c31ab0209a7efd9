import { describe, expect, it } from 'vitest';
import { indexBank } from '../../../src/domain/bank/model';
import { analyseCohort } from '../../../src/domain/cohort/analysis';
import { csv, csvCell, csvDialectFor } from '../../../src/domain/cohort/csv';
import { readCohortFiles, summarizeCohort } from '../../../src/domain/cohort/load';
import { buildResultFile, resultFileText } from '../../../src/domain/result-file';
import { tinyBank } from '../../helpers/banks';
import { tinyCohortMembers } from '../../helpers/cohort';

const index = indexBank(tinyBank());

// The data set of stats.test.ts (α = 0.931579, item–rest of the first item 0.824762) on the tiny bank's
// "connect" dimension; see tinyCohortMembers.
const members = tinyCohortMembers();

describe('the cohort analysis', () => {
  const analysis = analyseCohort(index, members);
  const connect = analysis.quality.find((q) => q.dimension === 'connect')!;

  it('computes alpha and item–rest correlations on recoded answers', () => {
    expect(analysis.n).toBe(5);
    expect(connect.completeCases).toBe(5);
    expect(connect.alpha).toBeCloseTo(0.9315789473684211, 12);
    expect(connect.items.map((item) => item.reverse)).toEqual([false, false, true]);
    expect(connect.items[0]?.itemRest).toBeCloseTo(0.8247621221537365, 12);
    // c3 is scored as given in SMALL: mean of [4,2,5,3,3] = 3.4
    expect(connect.items[2]?.mean).toBeCloseTo(3.4, 12);
  });

  it('gives the group profile of each dimension', () => {
    const stats = analysis.dimensions.find((d) => d.id === 'connect')!;
    // person means: [13, 8, 15, 8, 11] / 3 → mean 11/3 = 3.667; sd = √9.5 / 3 = 1.027402…
    expect(stats.n).toBe(5);
    expect(stats.mean).toBeCloseTo(11 / 3, 12);
    expect(stats.sd).toBeCloseTo(Math.sqrt(9.5) / 3, 12);
    expect(stats.five).toEqual({ min: 8 / 3, q1: 8 / 3, median: 11 / 3, q3: 13 / 3, max: 5 });
  });

  it('counts "not applicable" and leaves it out of alpha', () => {
    const deliver = analysis.quality.find((q) => q.dimension === 'deliver')!;
    expect(deliver.items.find((item) => item.id === 'd3')).toMatchObject({
      n: 4,
      notApplicable: 1,
      notApplicableShare: 0.2,
    });
    expect(deliver.completeCases).toBe(4);
    // every complete case answers 3 everywhere: no variance, so no alpha
    expect(deliver.alpha).toBeNull();
  });

  it('counts strengths, development points and context answers', () => {
    // Roles per person (connect, deliver, explore; threshold 0.5 from the person's own mean, at most one of
    // each): P1 4.33/3/5 → explore strong, deliver development; P2 and P4 2.67/3/5 → explore, connect;
    // P3 5/3/5 → connect (tied with explore, first in the bank), deliver; P5 3.67/3/5 → explore, deliver.
    const counts = (id: string) => {
      const stats = analysis.dimensions.find((d) => d.id === id);
      return [stats?.strengths, stats?.development];
    };
    expect(counts('connect')).toEqual([1, 2]);
    expect(counts('deliver')).toEqual([0, 3]);
    expect(counts('explore')).toEqual([4, 0]);
    // The bank names no strengths in the mindset section: no count rather than a misleading zero.
    expect(counts('openness')).toEqual([null, null]);
    expect(analysis.context.find((c) => c.question === 'phase')).toEqual({
      question: 'phase',
      counts: [
        { option: 'start', count: 3 },
        { option: 'run', count: 1 },
      ],
      none: 1,
    });
  });
});

describe('reading a cohort’s files', () => {
  const result = (name: string, version = '2.1.0', sha256 = 'a'.repeat(64)) =>
    resultFileText(
      buildResultFile({
        bank: { id: 'tiny', version },
        bankSha256: sha256,
        language: 'nl',
        startedAt: null,
        completedAt: '2026-11-20T09:00:00.000Z',
        name,
        answers: { c1: 4 },
        context: {},
        reflections: {},
      }),
    );

  it('groups by bank version, lists broken files with the reason, and counts a repeated file once', () => {
    const progress: number[] = [];
    const read = readCohortFiles(
      [
        { name: 'a.json', text: result('A') },
        { name: 'b.json', text: result('B') },
        { name: 'a-again.json', text: result('A') },
        { name: 'old.json', text: result('C', '1.0.0') },
        { name: 'notes.txt', text: 'hello' },
        { name: 'bank.json', text: JSON.stringify(tinyBank()) },
      ],
      (done) => progress.push(done),
    );
    expect(read.groups.map((g) => [g.key, g.results.length])).toEqual([
      ['tiny@2.1.0', 2],
      ['tiny@1.0.0', 1],
    ]);
    expect(read.broken.map((b) => [b.name, b.refusal.reason])).toEqual([
      ['notes.txt', 'not-json'],
      ['bank.json', 'not-result'],
    ]);
    expect(read.duplicates).toEqual(['a-again.json']);
    expect(progress.at(-1)).toBe(6);
    // The summary the page holds: who and when, never the answers.
    const summary = summarizeCohort(read);
    expect(summary.groups[0]?.people).toEqual([
      { name: 'A', date: '2026-11-20T09:00:00.000Z' },
      { name: 'B', date: '2026-11-20T09:00:00.000Z' },
    ]);
    expect(JSON.stringify(summary)).not.toContain('"c1"');
  });

  it('counts the bank fingerprints of each group, the most frequent first', () => {
    const summary = summarizeCohort(
      readCohortFiles([
        { name: 'a.json', text: result('A', '2.1.0', 'b'.repeat(64)) },
        { name: 'b.json', text: result('B') },
        { name: 'c.json', text: result('C') },
      ]),
    );
    expect(summary.groups[0]?.fingerprints).toEqual([
      { sha256: 'a'.repeat(64), count: 2 },
      { sha256: 'b'.repeat(64), count: 1 },
    ]);
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "quoted" text')).toBe('"a, ""quoted"" text"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell(0.123456)).toBe('0.123');
    expect(csvCell(null)).toBe('');
    expect(
      csv([
        ['a', 1],
        ['b', null],
      ]),
    ).toBe('\uFEFFa,1\r\nb,\r\n');
  });

  it('writes semicolons and decimal commas for Dutch spreadsheets, and quotes a text with a semicolon', () => {
    expect(csvDialectFor('nl')).toEqual({ separator: ';', decimal: ',' });
    expect(csvDialectFor('en')).toEqual({ separator: ',', decimal: '.' });
    expect(
      csv(
        [
          ['Netwerkbouwer', 0.9321, 'a; b'],
          ['x', -1.5, null],
        ],
        csvDialectFor('nl'),
      ),
    ).toBe('\uFEFFNetwerkbouwer;0,932;"a; b"\r\nx;-1,5;\r\n');
  });
});
