/**
 * The report's pages as a coach holds them: page 2 is the whole overview, no page is left more than half
 * empty before a block that would have fitted, no doubled punctuation, and the answer-quality note closes once.
 * Checked on the layout model's record of page breaks and on the PDF's text, for simulated participants.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers';
import type { Bank } from '../../src/domain/bank/schema';
import { indexBank } from '../../src/domain/bank/model';
import { layOutReportPdf } from '../../src/report/pdf';
import { BOTTOM, CONTENT_HEIGHT, MARGIN } from '../../src/report/pdf-layout';
import { layoutResults } from '../../src/report/results-layout';
import { buildResultsView, type ResultsView } from '../../src/views/results';
import { translatorSync } from '../helpers/i18n';
import { networkLeadershipBank } from '../helpers/network-leadership';
import { loadTestFont, pdfPageTexts } from '../helpers/pdf';
import { random } from '../helpers/random';

const loadFont = loadTestFont;

/** A simulated participant: a personal level per dimension plus noise, some statements skipped. */
function participant(bank: Bank, seed: number): Answers {
  const next = random(seed);
  const level = new Map(bank.dimensions.map((d) => [d.id, 1 + next() * 4]));
  const answers: Record<string, number | null> = {};
  for (const item of bank.items) {
    if (next() < 0.05) continue;
    const value = Math.round((level.get(item.dimension) ?? 3) + (next() - 0.5) * 2);
    answers[item.id] = Math.max(1, Math.min(5, value));
  }
  return answers;
}

async function report(bank: Bank, language: 'nl' | 'en', seed: number, coachNotes?: string) {
  const index = indexBank(bank);
  const phaseQuestion = bank.context.find((question) => question.id === 'phase');
  const phase = phaseQuestion?.options[seed % phaseQuestion.options.length]?.id;
  const view: ResultsView = buildResultsView(
    {
      index,
      data: {
        answers: participant(bank, seed),
        context: phase === undefined ? {} : { phase },
        reflections: { 'self-as-leader': 'Soms, als ik partners samenbreng.' },
        choices: {},
        name: 'Anna De Smet',
        startedAt: null,
        completedAt: '2026-11-20T09:20:00.000Z',
      },
      title: 'x',
      language,
      bankHash: 'f'.repeat(64),
      generatedAt: new Date('2026-11-27T10:00:00.000Z'),
      ...(coachNotes === undefined ? {} : { coachNotes }),
    },
    translatorSync(language),
  );
  const { bytes, breaks } = await layOutReportPdf(layoutResults(view), { loadFont });
  // To look at the pages: REPORT_PAGES_DIR=/tmp/pages npx vitest run tests/component/report-pages.test.tsx
  const dir = process.env.REPORT_PAGES_DIR;
  if (dir !== undefined) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/${bank.version}-${language}-${String(seed)}.pdf`, new Uint8Array(bytes));
  }
  return { view, breaks, pages: await pdfPageTexts(bytes) };
}

const cases = [
  { bank: '2.0.0', language: 'nl', seed: 1 },
  { bank: '2.0.0', language: 'en', seed: 2 },
  { bank: '2.0.0', language: 'nl', seed: 3, coachNotes: 'Besproken: opvolging. '.repeat(30) },
  { bank: '2.0.0', language: 'en', seed: 4 },
  { bank: '1.0.0', language: 'nl', seed: 5 },
  { bank: '1.0.0', language: 'en', seed: 6 },
] as const;

describe('the report pages', () => {
  for (const c of cases)
    it(`bank ${c.bank}, ${c.language}, participant ${String(c.seed)}: overview on page 2, no half-empty page before a block that fits`, async () => {
      const bank = networkLeadershipBank(c.bank);
      const { view, breaks, pages } = await report(
        bank,
        c.language,
        c.seed,
        'coachNotes' in c ? c.coachNotes : undefined,
      );
      // Page 2 holds the overview: every section's summary, every chart with every dimension's name (and
      // the bars' scores), and the phase hints.
      const overview = pages[1] ?? '';
      for (const section of view.summary.sections) {
        expect(overview).toContain(section.title);
        for (const name of [...section.strengths, ...section.development]) expect(overview).toContain(name);
      }
      for (const figure of view.charts.figures) {
        expect(overview).toContain(figure.title);
        for (const chart of figure.charts)
          if (chart.kind === 'radar' || chart.kind === 'bars')
            for (const point of chart.points) {
              expect(overview).toContain(point.label);
              // Bars print their value; a radar shows it against its rings (and 'no score' in words).
              if (chart.kind === 'bars' || point.value === null) expect(overview).toContain(point.valueLabel);
            }
      }
      if (view.summary.phase) {
        expect(overview).toContain(view.summary.phase.title);
        for (const role of view.summary.phase.roles) expect(overview).toContain(role);
      }
      expect(view.charts.figures.length).toBeGreaterThan(0);

      // Every page after the cover that ends less than half full ends because the next block did not fit.
      expect(breaks.length).toBe(pages.length - 1);
      for (const page of breaks.filter((b) => b.page >= 2)) {
        const used = (page.end - MARGIN.top) / CONTENT_HEIGHT;
        if (used < 0.5) {
          expect(
            page.needed,
            `page ${String(page.page)} ends ${String(Math.round(used * 100))} % full`,
          ).not.toBeNull();
          expect(page.needed ?? 0).toBeGreaterThan(BOTTOM - page.end);
        }
      }

      // No doubled punctuation around quotes, and the quality note's closing sentence once.
      const all = pages.join(' ');
      expect(all).not.toMatch(/[.!?]’\s?[.,]/);
      expect(all).not.toMatch(/\.\s?\./);
      if (view.quality) expect(all.split(view.quality.footnote).length - 1).toBe(1);
    }, 60_000);
});
