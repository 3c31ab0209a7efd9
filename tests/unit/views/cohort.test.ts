import { describe, expect, it } from 'vitest';
import { indexBank } from '../../../src/domain/bank/model';
import { analyseCohort } from '../../../src/domain/cohort/analysis';
import { layoutGroupProfile } from '../../../src/report/cohort-layout';
import { buildGroupProfileView, buildScaleQualityView } from '../../../src/views/cohort';
import { tinyBank } from '../../helpers/banks';
import { tinyCohortMembers } from '../../helpers/cohort';
import { translatorSync } from '../../helpers/i18n';

const index = indexBank(tinyBank());
const analysis = analyseCohort(index, tinyCohortMembers());
const profile = (language: 'nl' | 'en') =>
  buildGroupProfileView(
    index,
    analysis,
    language,
    new Date('2026-11-27T10:00:00.000Z'),
    translatorSync(language),
  );

describe('the group profile view', () => {
  it('has the profile per section, the context and how to read it, in that order, in the PDF too', () => {
    const view = profile('nl');
    const model = layoutGroupProfile(view, 'nl');
    expect(model.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []))).toEqual([
      'Profiel van de groep',
      'Context van de deelnemers',
      'Subgroepen vergelijken',
      'Zo lees je dit groepsprofiel',
    ]);
    // A group of 5: every subgroup is smaller than 5, so none has a table; each says which were left out.
    expect(view.subgroups.questions.every((q) => q.table === null)).toBe(true);
    expect(view.subgroups.questions[0]?.hidden).toMatch(/^Niet getoond, minder dan 5 deelnemers: .+ \(3\)/);
    expect(model.texts.lines[0]).toBe('Groep van 5 deelnemers');
    expect(model.texts.name).toBeNull();
    expect(model.texts.fileName).toBe('mini-vragenlijst-groep-profiel-2026-11-27.pdf');
  });

  it('gives each dimension its n, mean, spread and strength counts, the latter only where the bank has a rule', () => {
    const [roles, mindset] = profile('nl').figures.map((f) => f.table);
    // connect: person means 13/3, 8/3, 5, 8/3, 11/3 → mean 3.67, sd √9.5 / 3 = 1.03; 1 strength, 2
    // development points (worked out in tests/unit/cohort/analysis.test.ts).
    expect(roles?.columns.map((c) => c.label)).toEqual([
      'Dimensie',
      'n',
      'Gemiddelde',
      'Standaarddeviatie',
      'Laagste · mediaan · hoogste',
      'Sterk punt bij',
      'Ontwikkelpunt bij',
    ]);
    expect(roles?.rows[0]?.cells).toEqual(['Verbinden', '5', '3,7', '1,03', '2,7 · 3,7 · 5,0', '1', '2']);
    expect(roles?.rows[2]?.cells).toEqual(['Verkennen', '5', '5,0', '0,00', '5,0 · 5,0 · 5,0', '4', '0']);
    expect(mindset?.columns.map((c) => c.label)).toEqual([
      'Dimensie',
      'n',
      'Gemiddelde',
      'Standaarddeviatie',
      'Laagste · mediaan · hoogste',
    ]);
  });

  it('shows the context answers with their share of the group', () => {
    const phase = profile('en').context?.tables.find((table) => table.rows[0]?.cells[0] === 'Starting up');
    expect(phase?.columns.map((c) => c.label)).toEqual(['Answer', 'Participants', 'Share']);
    expect(phase?.rows.map((r) => r.cells)).toEqual([
      ['Starting up', '3', '60 %'],
      ['Running', '1', '20 %'],
      ['No answer', '1', '20 %'],
    ]);
  });

  it('words the scale quality with the figures of the analysis', () => {
    const view = buildScaleQualityView(index, analysis, 'en', translatorSync('en'));
    const connect = view.scales.find((s) => s.id === 'connect');
    expect(connect?.lines[0]).toMatch(
      /^Cronbach's alpha 0\.93 \(95 % interval -?\d\.\d\d to \d\.\d\d, Feldt's method\), over 5 complete answer sets and 3 questions\.$/,
    );
    expect(connect?.lines[1]).toBe('Omega is not given: it needs at least 10 complete answer sets.');
    expect(connect?.table.columns.map((c) => c.label)).toEqual([
      'Statement',
      'n',
      'Answers per point, % (1 · 2 · 3 · 4 · 5)',
      'Mean',
      'Standard deviation',
      'Not applicable',
      'Item–rest correlation',
      'Alpha without it',
    ]);
    // Every statement's answers add up to 100 % over the points, as the chart draws them.
    for (const row of connect?.chart.rows ?? [])
      expect(row.shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
    expect(connect?.flags).toEqual(['Few answer sets: indicative only.']);
    expect(connect?.table.rows.map((r) => r.id)).toEqual(['c1', 'c2', 'c3']);
  });
});
