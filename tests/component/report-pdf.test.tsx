import { describe, expect, it } from 'vitest';
import { loadTestFont, pdfPageTexts } from '../helpers/pdf';
import { indexBank } from '../../src/domain/bank/model';
import type { ReportModel } from '../../src/report/blocks';
import type { FontFile } from '../../src/report/fonts';
import { renderReportPdf } from '../../src/report/pdf';
import { layoutResults } from '../../src/report/results-layout';
import { buildResultsView } from '../../src/views/results';
import { translatorSync } from '../helpers/i18n';
import { answersScoring, networkLeadershipBank } from '../helpers/network-leadership';

const loaded: FontFile[] = [];
const loadFont = (file: FontFile) => {
  loaded.push(file);
  return loadTestFont(file);
};

const bank = networkLeadershipBank();
const index = indexBank(bank);

async function render(language: 'nl' | 'en', name: string, reflection: string) {
  const answers = answersScoring(bank, { 'network-weaver': 5, coordinator: [2, 2, 3] }, 4);
  const view = buildResultsView(
    {
      index,
      data: {
        answers,
        context: { phase: 'execute' },
        reflections: { 'self-as-leader': reflection },
        choices: {},
        name,
        startedAt: null,
        completedAt: '2026-11-20T09:20:00.000Z',
      },
      title: 'x',
      language,
      bankHash: 'f'.repeat(64),
      generatedAt: new Date('2026-11-27T10:00:00.000Z'),
    },
    translatorSync(language),
  );
  const model = layoutResults(view);
  const bytes = await renderReportPdf(model, { loadFont });
  return { model, bytes, pages: await pdfPageTexts(bytes) };
}

describe('the PDF report', () => {
  it('contains every dimension, the scores, numbered pages and a non-Latin name as the same Unicode text', async () => {
    loaded.length = 0;
    const name = 'Łukasz Ğül Δημήτρης 王芳';
    const { pages } = await render('nl', name, 'Ik verbind — 王芳 zei het ook.');
    const all = pages.join('\n');
    expect(pages[0]).toContain(name);
    for (const dimension of bank.dimensions) expect(all).toContain(dimension.name.nl!);
    // network-weaver 5, coordinator 2, 2, 3 → 2,3, the rest 4,0
    expect(all).toContain('5,0 op 5 · niveau: sterk ontwikkeld');
    expect(all).toContain('2,3 op 5 · niveau: aandachtspunt');
    expect(all).toContain('4,0 op 5 · niveau: sterk ontwikkeld');
    pages.forEach((text, i) => expect(text).toContain(`pagina ${String(i + 1)} van ${String(pages.length)}`));
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(all).toContain('Ik verbind — 王芳 zei het ook.');
    expect(loaded.sort()).toEqual(['DejaVuSans-Bold.ttf', 'DejaVuSans.ttf', 'NotoSansSC-Regular.ttf']);
  }, 60_000);

  it('draws the charts as vector text, in English, without loading any font for Western text', async () => {
    loaded.length = 0;
    const { pages, bytes } = await render('en', 'Anna De Smet', 'I connect — “mostly”, I’d say.');
    const all = pages.join(' ');
    // Band labels on the bar charts appear nowhere else as "4.0 well developed": the charts are vector text.
    expect(all).toContain('4.0 well developed');
    expect(all).toContain('3.0 developing');
    expect(pages[0]).toContain('Anna De Smet');
    expect(pages.at(-1)).toContain(`page ${String(pages.length)} of ${String(pages.length)}`);
    expect(loaded).toEqual([]);
    expect(bytes.byteLength).toBeLessThan(400_000);
  }, 60_000);

  it('wraps a very long name and breaks a very long reflection across pages without losing text', async () => {
    const name = 'Maria-Theresia Van den Broeck-Verhaegen de la Croix '.repeat(4).trim();
    const long = Array.from({ length: 1500 }, (_, i) => `zin${String(i)}`).join(' ') + ' EINDE.';
    const short = await render('nl', 'A', 'Kort.');
    const { pages } = await render('nl', name, long);
    const all = pages.join(' ');
    expect(pages[0]).toContain('Maria-Theresia');
    expect(all).toContain('zin0 zin1');
    expect(all).toContain('zin1499 EINDE.');
    expect(pages.length).toBeGreaterThan(short.pages.length);
  }, 60_000);

  it('draws tables with whole words in every header, any script in the cells, and the header never alone', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => [
      i === 0 ? 'Δημήτρης — 王芳' : `Rij ${String(i + 1)}`,
      String(i),
      '3,4',
      '0,91',
    ]);
    const model: ReportModel = {
      language: 'nl',
      texts: {
        fileName: 'tabel.pdf',
        title: 'Tabel',
        subtitle: '',
        name: null,
        lines: [],
        notes: [],
        footer: 'voet',
        pageOf: (page, pages) => `pagina ${String(page)} van ${String(pages)}`,
      },
      blocks: [
        { kind: 'heading', level: 1, text: 'Tabellen', newPage: 'always' },
        // Just enough text to leave room for the header and two rows at the foot of the page.
        ...Array.from({ length: 30 }, (_, i) => ({
          kind: 'paragraph' as const,
          text: `Alinea ${String(i + 1)}.`,
        })),
        {
          kind: 'table',
          table: {
            caption: 'Tabel',
            columns: [
              { label: 'Dimensie', width: 0.64 },
              { label: 'n', width: 0.12 },
              { label: 'Gemiddelde', width: 0.12 },
              { label: 'Standaarddeviatie', width: 0.12 },
            ],
            rows: rows.map((cells, i) => ({ id: String(i), cells })),
          },
        },
      ],
    };
    const pages = await pdfPageTexts(await renderReportPdf(model, { loadFont }));
    const all = pages.join(' ');
    expect(all).toContain('Gemiddelde Standaarddeviatie');
    expect(all).toContain('Δημήτρης — 王芳');
    const headerPage = pages.findIndex((text) => text.includes('Standaarddeviatie'));
    // Without the rule, the header and two rows would stand alone at the foot of the paragraphs' page.
    expect(headerPage).toBeGreaterThan(0);
    for (const row of ['Δημήτρης', 'Rij 2', 'Rij 3']) expect(pages[headerPage]).toContain(row);
  }, 60_000);
});
