import { describe, expect, it } from 'vitest';
import type { AssessmentData } from '../../../src/domain/answers';
import { indexBank } from '../../../src/domain/bank/model';
import { layoutResults } from '../../../src/report/results-layout';
import type { Block } from '../../../src/report/blocks';
import { reportFileName } from '../../../src/views/file-names';
import { buildResultsView, type ResultsInput } from '../../../src/views/results';
import { translatorSync } from '../../helpers/i18n';
import { answersScoring, CONNECTING_ROLES, networkLeadershipBank } from '../../helpers/network-leadership';

const bank = networkLeadershipBank();
const index = indexBank(bank);
const HASH = 'b03dd35a4375c0ffee'.padEnd(64, '0');

function data(answers: Record<string, number | null>, extra: Partial<AssessmentData> = {}): AssessmentData {
  return {
    answers,
    context: { phase: 'execute' },
    reflections: {},
    choices: {},
    name: '',
    startedAt: '2026-11-20T09:00:00.000Z',
    completedAt: '2026-11-20T09:20:00.000Z',
    ...extra,
  };
}

function view(
  answers: Record<string, number | null>,
  extra: Partial<AssessmentData> = {},
  input: Partial<ResultsInput> = {},
) {
  const language = input.language ?? 'nl';
  return buildResultsView(
    {
      index,
      data: data(answers, extra),
      title: 'Jouw resultaten',
      language,
      bankHash: HASH,
      generatedAt: new Date('2026-11-27T10:00:00.000Z'),
      ...input,
    },
    translatorSync(language === 'en' ? 'en' : 'nl'),
  );
}

const connecting = answersScoring(bank, CONNECTING_ROLES, 4);
/** Every block, also those inside columns and one-page groups, in reading order. */
const flat = (blocks: readonly Block[]): Block[] =>
  blocks.flatMap((b) =>
    b.kind === 'columns' ? flat(b.columns.flat()) : b.kind === 'one-page' ? flat(b.blocks) : [b],
  );
const headings = (blocks: readonly Block[], level: number) =>
  flat(blocks).flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));

describe('the results view model', () => {
  it('lists the relative strengths and development points of a scripted participant', () => {
    // weaver 5, mediator 5, coordinator 3, other roles 4 → own mean 4.125 (see the scoring tests)
    const { summary } = view(connecting);
    expect(summary.sections[0]).toEqual({
      id: 'roles',
      title: 'Leiderschapsrollen',
      status: 'profile',
      verdict: '',
      strengths: ['Netwerkbouwer', 'Bruggenbouwer / Bemiddelaar'],
      development: ['Coördinator'],
      help: 'Vergeleken met je eigen gemiddelde van 4,1 over dit onderdeel (verschil van minstens 0,5 punt).',
    });
    // lever skills are all 4: a balanced profile
    expect(summary.sections[1]).toMatchObject({
      status: 'balanced',
      verdict:
        'Evenwichtig profiel: geen enkele dimensie ligt minstens 0,5 punt boven of onder je eigen gemiddelde.',
    });
  });

  it('gives the network context and the roles the chosen phase calls for, marked in chart and table', () => {
    const v = view(connecting, { context: { phase: 'execute', position: 'partner' } });
    expect(v.context.pairs).toEqual([
      { label: 'In welke fase zit het netwerk waaraan je denkt op dit moment?', text: 'Uitvoeren' },
      { label: 'Wat is je eigen positie in dit netwerk?', text: 'Partner' },
    ]);
    expect(v.summary.phase?.roles).toEqual([
      'Procesregisseur',
      'Bruggenbouwer / Bemiddelaar',
      'Coördinator',
      'Schakelaar / Ambassadeur',
    ]);
    const [roles] = v.charts.figures;
    const radar = roles?.charts[0];
    expect(radar?.kind).toBe('radar');
    if (radar?.kind !== 'radar') return;
    // The chart speaks of the dimensions by the names the summary and tables use.
    expect(radar.points.filter((p) => p.marked).map((p) => p.label)).toEqual(v.summary.phase?.roles);
    expect(roles?.table.rows.filter((r) => r.marked).map((r) => r.cells[0])).toEqual(v.summary.phase?.roles);
  });

  it('never draws a dimension without a score as a value: it is missing, and says so', () => {
    const answers: Record<string, number | null> = { ...connecting };
    for (const item of bank.items) if (item.dimension === 'coordinator') answers[item.id] = null;
    const v = view(answers);
    const radar = v.charts.figures[0]?.charts[0];
    if (radar?.kind !== 'radar') throw new Error('roles are a radar');
    const coordinator = radar.points.find((p) => p.id === 'coordinator');
    expect(coordinator).toMatchObject({ value: null, valueLabel: 'geen score', interval: null });
    expect(v.charts.figures[0]?.legend.map((entry) => entry.symbol)).toContain('missing');
  });

  it('says "not enough answers" in the table and in the dimension block', () => {
    const answers: Record<string, number | null> = answersScoring(bank, {}, 4);
    answers['framing-1'] = null;
    answers['framing-2'] = null;
    const v = view(answers);
    const skills = v.charts.figures.find((f) => f.id === 'lever-skills');
    expect(skills?.table.rows.find((row) => row.id === 'framing')?.cells).toEqual([
      'Framen en betekenis geven',
      'te weinig antwoorden',
      '—',
      '2 van 4',
    ]);
    const block = v.details.sections[2]?.dimensions.find((d) => d.id === 'framing');
    expect(block).toMatchObject({
      scoreLine: 'Te weinig antwoorden voor een score: 2 van 4 uitspraken beantwoord, minstens 3 nodig.',
      interpretation: null,
      headline: 'te weinig antwoorden',
    });
  });

  it('gives every dimension its score, band, interpretation, two tips and reflection question', () => {
    const v = view(answersScoring(bank, { coordinator: [2, 2, 3] }, 4), {}, { language: 'en' });
    const coordinator = v.details.sections[0]?.dimensions.find((d) => d.id === 'coordinator');
    const dimension = bank.dimensions.find((d) => d.id === 'coordinator')!;
    // 2, 2, 3 → 2.333 → 2.3 out of 5, priority
    expect(coordinator).toMatchObject({
      scoreLine: '2.3 out of 5 · level: priority',
      answeredLine: 'Based on 3 of 3 statements',
      definition: dimension.definition.en,
      interpretation: dimension.interpretation.priority!.en,
      tips: dimension.tips.map((tip) => tip.en),
      reflection: dimension.reflection.en,
      standing: 'Development point',
    });
  });

  it('rounds every figure half away from zero, the same on the chart and in the table', () => {
    // Scores of x.25 and x.75 are where hand-written roundings disagreed.
    const answers = answersScoring(bank, { 'stakeholder-mapping': [2, 2, 2, 3], framing: [4, 4, 4, 5] }, 4);
    const skills = view(answers).charts.figures.find((f) => f.id === 'lever-skills');
    const bars = skills?.charts[0];
    if (bars?.kind !== 'bars') throw new Error('lever skills are bars');
    expect(bars.points.find((p) => p.id === 'stakeholder-mapping')).toMatchObject({
      value: 2.3,
      valueLabel: '2,3',
    });
    expect(bars.points.find((p) => p.id === 'framing')).toMatchObject({ value: 4.3, valueLabel: '4,3' });
    expect(skills?.table.rows.find((r) => r.id === 'stakeholder-mapping')?.cells[1]).toBe('2,3');
  });

  it('names the cross-layer flags in the bank’s words', () => {
    const v = view(answersScoring(bank, { 'trust-orientation': 5, 'trust-building': [3, 2, 3, 2] }, 4));
    const flag = bank.scoring.flags.find((f) => f.id === 'trust-orientation-vs-trust-building')!;
    expect(v.summary.flags).toEqual({ title: 'Om te bespreken', items: [flag.message.nl] });
  });

  it('carries the reflections as written, and the sliders as positions', () => {
    const v = view(connecting, {
      reflections: { 'self-as-leader': 'Ja.\nSoms <b>niet</b>.', 'home-or-network': 7 },
    });
    expect(v.identity?.answers).toEqual([
      {
        label: 'Zie je jezelf als leider in dit netwerk, en waaraan merk je dat?',
        text: 'Ja.\nSoms <b>niet</b>.',
      },
      {
        label: 'Met wie identificeer je je het sterkst: met je eigen organisatie of met het netwerk?',
        text: '7 op een schaal van 0 (Mijn eigen organisatie) tot 10 (Het netwerk)',
      },
    ]);
  });

  it('notes answer quality softly, and only when there is something to note', () => {
    expect(view(connecting).quality).toBeNull();
    // every section answered with the middle of its scale: three straight-lining notes
    expect(view(answersScoring(bank, {}, 3)).quality?.notes).toEqual([
      expect.stringContaining('(‘soms’) op alle 24 uitspraken van ‘Leiderschapsrollen’'),
      expect.stringContaining('(‘noch eens, noch oneens’) op alle 20 uitspraken van ‘Mindset’'),
      expect.stringContaining('(‘soms’) op alle 36 uitspraken van ‘Hefboomvaardigheden’'),
    ]);
  });

  it('puts the participant’s name as it is now on the cover and in the file name', () => {
    const nl = view(connecting, { name: '  Łukasz Ğül ' });
    expect(nl.report.name).toBe('Łukasz Ğül');
    expect(nl.report.fileName).toBe('netwerkleiderschap-łukasz-ğül-2026-11-27.pdf');
    const en = view(connecting, {}, { language: 'en' });
    expect(en.report.name).toBeNull();
    expect(en.report.fileName).toBe('network-leadership-report-2026-11-27.pdf');
    expect(nl.report.lines).toEqual([
      'Ingevuld op 20 november 2026',
      'Vragenlijst: Netwerkleiderschap – vaardigheidsmeting',
      'network-leadership · versie 1.0.0 · kenmerk b03dd35a4375',
      'Taal: Nederlands',
    ]);
    expect(nl.report.footer).toBe('Netwerkleiderschap – vaardigheidsmeting · network-leadership 1.0.0');
    expect(nl.report.pageOf(3, 9)).toBe('pagina 3 van 9');
  });
});

describe('the report layout of the results view', () => {
  it('arranges the view in the order of the report, computing nothing of its own', () => {
    const v = view(connecting, { reflections: { 'self-as-leader': 'Ja.' } });
    const model = layoutResults(v);
    expect(headings(model.blocks, 1)).toEqual([
      'Samenvatting',
      ...(v.summary.flags ? [v.summary.flags.title] : []),
      'Jij als netwerkleider',
      'Alle scores',
      'Per dimensie',
      'Hoe lees je dit?',
    ]);
    expect(model.blocks.filter((b) => b.kind === 'dimension')).toHaveLength(23);
    // Every chart of the view is in the PDF once (on the overview), unchanged.
    const charts = flat(model.blocks).flatMap((b) => (b.kind === 'chart' ? [b.chart] : []));
    expect(charts).toEqual(v.charts.figures.flatMap((f) => f.charts));
    expect(charts.length).toBeGreaterThan(0);
    expect(model.texts.fileName).toBe(v.report.fileName);
  });
});

describe('reportFileName', () => {
  it('keeps letters of any script and turns everything else into single hyphens', () => {
    const day = new Date('2026-01-05T23:00:00.000Z');
    expect(reportFileName('netwerkleiderschap', 'Anna De Smet', 'rapport', day, 'pdf')).toBe(
      'netwerkleiderschap-anna-de-smet-2026-01-05.pdf',
    );
    expect(reportFileName('network-leadership', '王芳 / Δημήτρης', 'report', day, 'pdf')).toBe(
      'network-leadership-王芳-δημήτρης-2026-01-05.pdf',
    );
    expect(reportFileName('x', '../../etc/passwd', 'r', day, 'pdf')).toBe('x-etc-passwd-2026-01-05.pdf');
    expect(reportFileName('x', '   ', 'rapport', day, 'pdf')).toBe('x-rapport-2026-01-05.pdf');
    expect(reportFileName('x-resultaat', '', '', day, 'json')).toBe('x-resultaat-2026-01-05.json');
  });
});
