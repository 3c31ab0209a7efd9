import { describe, expect, it } from 'vitest';
import { indexBank } from '../../../src/domain/bank/model';
import { scoreAnswers } from '../../../src/domain/scoring';
import { buildReportModel, reportFileName, type Block, type ReportInput } from '../../../src/report/model';
import { translator } from '../../helpers/i18n';
import { answersScoring, CONNECTING_ROLES, networkLeadershipBank } from '../../helpers/network-leadership';

const bank = networkLeadershipBank();
const index = indexBank(bank);
const HASH = 'b03dd35a4375c0ffee'.padEnd(64, '0');

function input(answers: Record<string, number | null>, extra: Partial<ReportInput> = {}): ReportInput {
  const context = extra.context ?? { phase: 'execute' };
  return {
    index,
    scores: scoreAnswers(index, answers, context),
    context,
    reflections: {},
    name: '',
    completedAt: '2026-11-20T09:20:00.000Z',
    generatedAt: new Date('2026-11-27T10:00:00.000Z'),
    language: 'nl',
    bankHash: HASH,
    ...extra,
  };
}

const headings = (blocks: readonly Block[], level: number) =>
  blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));

/** The block right after the heading with `text` (and optionally after a preceding heading). */
function after(blocks: readonly Block[], text: string, from = 0): Block | undefined {
  const at = blocks.findIndex((b, i) => i >= from && b.kind === 'heading' && b.text === text);
  return at < 0 ? undefined : blocks[at + 1];
}

const connecting = answersScoring(bank, CONNECTING_ROLES, 4);

describe('the report model', () => {
  it('has the sections of the report in the order of the results page', async () => {
    const model = buildReportModel(
      input(connecting, { reflections: { 'self-as-leader': 'Ja.' } }),
      await translator('nl'),
    );
    expect(headings(model.blocks, 1)).toEqual([
      'Samenvatting',
      'Je scores in beeld',
      'Alle scores',
      'Per dimensie',
      'Jouw reflecties',
      'Hoe lees je dit rapport?',
    ]);
    expect(model.blocks.flatMap((b) => (b.kind === 'chart' ? [`${b.title}:${b.chart}`] : []))).toEqual([
      'Leiderschapsrollen:radar',
      'Mindset:bar',
      'Hefboomvaardigheden:bar',
    ]);
    expect(model.blocks.filter((b) => b.kind === 'dimension')).toHaveLength(23);
    expect(model.cover.lines).toEqual([
      'Ingevuld op 20 november 2026',
      'Vragenlijst: Netwerkleiderschap – vaardigheidsmeting',
      'network-leadership · versie 1.0.0 · kenmerk b03dd35a4375',
      'Taal: Nederlands',
    ]);
    expect(model.footer).toBe('Netwerkleiderschap – vaardigheidsmeting · network-leadership 1.0.0');
    expect(model.pageOf(3, 9)).toBe('pagina 3 van 9');
  });

  it('lists the relative strengths and development points of a scripted participant', async () => {
    // weaver 5, mediator 5, coordinator 3, other roles 4 → own mean 4.125 (see the scoring tests)
    const model = buildReportModel(input(connecting), await translator('nl'));
    const roles = model.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Leiderschapsrollen');
    expect(after(model.blocks, 'Relatieve sterktes', roles)).toEqual({
      kind: 'list',
      items: ['Netwerkbouwer', 'Bruggenbouwer / Bemiddelaar'],
    });
    expect(after(model.blocks, 'Ontwikkelpunten', roles)).toEqual({ kind: 'list', items: ['Coördinator'] });
    expect(model.blocks).toContainEqual({
      kind: 'paragraph',
      tone: 'muted',
      text: 'Vergeleken met je eigen gemiddelde van 4,1 over dit onderdeel (verschil van minstens 0,5 punt).',
    });
    // lever skills are all 4: a balanced profile
    expect(after(model.blocks, 'Hefboomvaardigheden')).toEqual({
      kind: 'paragraph',
      text: 'Evenwichtig profiel: geen enkele dimensie ligt minstens 0,5 punt boven of onder je eigen gemiddelde.',
    });
  });

  it('gives the network context and the roles the chosen phase calls for', async () => {
    const model = buildReportModel(
      input(connecting, { context: { phase: 'execute', position: 'partner' } }),
      await translator('nl'),
    );
    expect(model.blocks).toContainEqual({
      kind: 'pair',
      label: 'In welke fase zit het netwerk waaraan je denkt op dit moment?',
      text: 'Uitvoeren',
    });
    expect(model.blocks).toContainEqual({
      kind: 'pair',
      label: 'Wat is je eigen positie in dit netwerk?',
      text: 'Partner',
    });
    expect(model.blocks).toContainEqual({
      kind: 'list',
      items: ['Procesregisseur', 'Bruggenbouwer / Bemiddelaar', 'Coördinator', 'Schakelaar / Ambassadeur'],
    });
    const roles = model.blocks.find((b) => b.kind === 'chart' && b.chart === 'radar');
    expect(roles?.kind === 'chart' && roles.data.filter((d) => d.highlighted).map((d) => d.label)).toEqual([
      'Procesregisseur',
      'Bruggenbouwer',
      'Coördinator',
      'Ambassadeur',
    ]);
  });

  it('says "not enough answers" in the table and in the dimension block', async () => {
    const answers: Record<string, number | null> = answersScoring(bank, {}, 4);
    answers['framing-1'] = null;
    answers['framing-2'] = null;
    const model = buildReportModel(input(answers), await translator('nl'));
    const table = model.blocks.find((b) => b.kind === 'table');
    expect(
      table?.kind === 'table' && table.rows.find((row) => row[1] === 'Framen en betekenis geven'),
    ).toEqual(['Hefboomvaardigheden', 'Framen en betekenis geven', '—', 'te weinig antwoorden']);
    const block = model.blocks.find((b) => b.kind === 'dimension' && b.name === 'Framen en betekenis geven');
    expect(block).toMatchObject({
      scoreLine: 'Te weinig antwoorden voor een score: 2 van 4 uitspraken beantwoord, minstens 3 nodig.',
      interpretation: null,
    });
    const chart = model.blocks.find((b) => b.kind === 'chart' && b.title === 'Hefboomvaardigheden');
    expect(chart?.kind === 'chart' && chart.data.find((d) => d.label === 'Framen')?.value).toBeNull();
  });

  it('gives every dimension its score, band, interpretation, two tips and reflection question', async () => {
    const model = buildReportModel(
      input(answersScoring(bank, { coordinator: [2, 2, 3] }, 4), { language: 'en' }),
      await translator('en'),
    );
    const coordinator = model.blocks.find(
      (b) => b.kind === 'dimension' && b.name === 'Coordinator (delivery lead)',
    );
    const dimension = bank.dimensions.find((d) => d.id === 'coordinator')!;
    // 2, 2, 3 → 2.333 → 2.3 out of 5, (2.333 − 1) / 4 = 33 %, priority
    expect(coordinator).toMatchObject({
      scoreLine: '2.3 out of 5 (33 %) · level: priority · Based on 3 of 3 statements',
      definition: dimension.definition.en,
      interpretation: dimension.interpretation.priority!.en,
      tips: dimension.tips.map((tip) => tip.en),
      reflection: dimension.reflection.en,
    });
  });

  it('names the cross-layer flags in the bank’s words', async () => {
    const model = buildReportModel(
      input(answersScoring(bank, { 'trust-orientation': 5, 'trust-building': [3, 2, 3, 2] }, 4)),
      await translator('nl'),
    );
    const flag = bank.scoring.flags.find((f) => f.id === 'trust-orientation-vs-trust-building')!;
    expect(after(model.blocks, 'Om te bespreken')).toEqual({ kind: 'list', items: [flag.message.nl] });
  });

  it('carries the reflections as written, and the sliders as positions', async () => {
    const model = buildReportModel(
      input(connecting, {
        reflections: { 'self-as-leader': 'Ja.\nSoms <b>niet</b>.', 'home-or-network': 7 },
      }),
      await translator('nl'),
    );
    expect(model.blocks).toContainEqual({
      kind: 'pair',
      label: 'Zie je jezelf als leider in dit netwerk, en waaraan merk je dat?',
      text: 'Ja.\nSoms <b>niet</b>.',
    });
    expect(model.blocks).toContainEqual({
      kind: 'pair',
      label: 'Met wie identificeer je je het sterkst: met je eigen organisatie of met het netwerk?',
      text: '7 op een schaal van 0 (Mijn eigen organisatie) tot 10 (Het netwerk)',
    });
  });

  it('notes answer quality softly, and only when there is something to note', async () => {
    const t = await translator('nl');
    expect(headings(buildReportModel(input(connecting), t).blocks, 1)).not.toContain(
      'Over je manier van antwoorden',
    );
    const flat = buildReportModel(input(answersScoring(bank, {}, 3)), t);
    // every section answered with the middle of its scale: three straight-lining notes
    expect(after(flat.blocks, 'Over je manier van antwoorden')).toMatchObject({
      kind: 'list',
      items: [
        expect.stringContaining('(‘soms’) op alle 24 uitspraken van ‘Leiderschapsrollen’'),
        expect.stringContaining('(‘noch eens, noch oneens’) op alle 20 uitspraken van ‘Mindset’'),
        expect.stringContaining('(‘soms’) op alle 36 uitspraken van ‘Hefboomvaardigheden’'),
      ],
    });
  });

  it('puts the participant’s name on the cover and in the file name', async () => {
    const nl = buildReportModel(input(connecting, { name: '  Łukasz Ğül ' }), await translator('nl'));
    expect(nl.cover.name).toBe('Łukasz Ğül');
    expect(nl.fileName).toBe('netwerkleiderschap-łukasz-ğül-2026-11-27.pdf');
    const en = buildReportModel(input(connecting, { language: 'en' }), await translator('en'));
    expect(en.cover.name).toBeNull();
    expect(en.fileName).toBe('network-leadership-report-2026-11-27.pdf');
  });
});

describe('reportFileName', () => {
  it('keeps letters of any script and turns everything else into single hyphens', () => {
    const day = new Date('2026-01-05T23:00:00.000Z');
    expect(reportFileName('netwerkleiderschap', 'Anna De Smet', 'rapport', day)).toBe(
      'netwerkleiderschap-anna-de-smet-2026-01-05.pdf',
    );
    expect(reportFileName('network-leadership', '王芳 / Δημήτρης', 'report', day)).toBe(
      'network-leadership-王芳-δημήτρης-2026-01-05.pdf',
    );
    expect(reportFileName('x', '../../etc/passwd', 'r', day)).toBe('x-etc-passwd-2026-01-05.pdf');
    expect(reportFileName('x', '   ', 'rapport', day)).toBe('x-rapport-2026-01-05.pdf');
  });
});
