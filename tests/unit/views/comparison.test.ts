import { describe, expect, it } from 'vitest';
import { indexBank } from '../../../src/domain/bank/model';
import type { Bank } from '../../../src/domain/bank/schema';
import { scoreAnswers } from '../../../src/domain/scoring/score';
import { layoutResults } from '../../../src/report/results-layout';
import { buildComparisonView, type ComparisonSide } from '../../../src/views/comparison';
import { buildResultsView } from '../../../src/views/results';
import { tinyBank } from '../../helpers/banks';
import { translatorSync } from '../../helpers/i18n';

const bank = tinyBank();
const t = translatorSync('en');

function side(b: Bank, answers: Record<string, number | null>, date: string, name: string): ComparisonSide {
  const index = indexBank(b);
  return { index, scores: scoreAnswers(index, answers), date, name };
}

const before = { c1: 3, c2: 3, c3: 3, d1: 2, d2: 2, d3: 2, d4: 2, e1: 3, e2: 3, e3: 3 };
const after = { c1: 5, c2: 5, c3: 1, d1: 2, d2: 3, d3: 2, d4: 2, e1: 3, e2: 4, e3: 4 };

describe('the before/after view', () => {
  it('compares two results of one version dimension by dimension, with the change', () => {
    const view = buildComparisonView(
      side(bank, before, '2026-01-10T10:00:00.000Z', 'An'),
      side(bank, after, '2026-06-10T10:00:00.000Z', 'An'),
      'en',
      new Date('2026-06-11T10:00:00.000Z'),
      t,
    );
    expect(view.warnings).toEqual([]);
    expect(view.excluded).toBeNull();
    const roles = view.figures.find((f) => f.id === 'roles');
    // connect 3.0 → 5.0; deliver 2.0 → 2.25, shown 2.3 (half away from zero), change +0.25 → +0.3
    expect(roles?.table.rows.map((r) => r.cells)).toEqual([
      ['Connecting', '3.0', '5.0', '+2.0'],
      ['Delivering', '2.0', '2.3', '+0.3'],
      ['Exploring', '3.0', '3.7', '+0.7'],
    ]);
    expect(view.fileName).toBe('tiny-questionnaire-comparison-an-2026-06-11.pdf');
  });

  it('warns when the names differ', () => {
    const view = buildComparisonView(
      side(bank, before, '2026-01-10T10:00:00.000Z', 'An'),
      side(bank, after, '2026-06-10T10:00:00.000Z', 'Bart'),
      'en',
      new Date(),
      t,
    );
    expect(view.warnings).toEqual([
      'The two results carry different names (‘An’ and ‘Bart’). Check that they are of the same person.',
    ]);
  });

  it('compares across versions only the dimensions whose statements are the same, and says which were left out', () => {
    const next: Bank = {
      ...bank,
      version: '3.0.0',
      items: bank.items.map((item) => (item.id === 'd4' ? { ...item, id: 'd9' } : item)),
    };
    const view = buildComparisonView(
      side(bank, before, '2026-01-10T10:00:00.000Z', 'An'),
      side(next, { ...after, d9: 3 }, '2026-06-10T10:00:00.000Z', 'An'),
      'en',
      new Date(),
      t,
    );
    expect(view.figures.find((f) => f.id === 'roles')?.table.rows.map((r) => r.id)).toEqual([
      'connect',
      'explore',
    ]);
    expect(view.excluded?.items).toEqual([
      'Delivering: its statements differ between the two versions, so the two scores cannot be compared.',
    ]);
    expect(view.warnings).toEqual([
      'The results were made with different versions: Tiny questionnaire (tiny@2.1.0) first, Tiny questionnaire (tiny@3.0.0) later. Only dimensions with the same statements in both are compared.',
    ]);
  });

  it('goes into the later result’s report with the coach’s notes, under its own file name', () => {
    const later = side(bank, after, '2026-06-10T10:00:00.000Z', 'An');
    const comparison = buildComparisonView(
      side(bank, before, '2026-01-10T10:00:00.000Z', 'An'),
      later,
      'en',
      new Date('2026-06-11T10:00:00.000Z'),
      t,
    );
    const results = buildResultsView(
      {
        index: later.index,
        data: {
          answers: after,
          context: {},
          reflections: {},
          choices: {},
          name: 'An',
          startedAt: null,
          completedAt: later.date,
        },
        title: 'Results of An',
        language: 'en',
        bankHash: 'a'.repeat(64),
        generatedAt: new Date('2026-06-11T10:00:00.000Z'),
        coachNotes: 'Talked about delivery.',
      },
      t,
    );
    const model = layoutResults(results, comparison);
    expect(model.texts.fileName).toBe(comparison.fileName);
    expect(model.texts.fileName).not.toBe(results.report.fileName);
    expect(model.blocks).toContainEqual({ kind: 'paragraph', text: 'Talked about delivery.' });
    expect(model.blocks).toContainEqual({
      kind: 'heading',
      level: 1,
      text: 'Before and after',
      newPage: 'preferred',
    });
  });
});
