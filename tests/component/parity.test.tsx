/**
 * What the page shows and what the PDF prints for the same result are the same figures: one result is drawn
 * as the results page (jsdom) and printed as the PDF (read back with pdfjs-dist), and every score, zone
 * and label, worked out here from the scoring engine and the bank, must appear in both.
 */
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../helpers/pdf';
import { round } from '../../src/domain/rounding';
import { scoreAnswers } from '../../src/domain/scoring/score';
import { makeReport } from '../../src/report/generate';
import { useAssessment } from '../../src/state/assessment';
import { buildResultsView } from '../../src/views/results';
import { translatorSync } from '../helpers/i18n';
import { answersScoring, CONNECTING_ROLES } from '../helpers/network-leadership';
import { bank, freshBrowser, index, renderApp } from './render-app';

beforeEach(freshBrowser);

describe('the page and the PDF', () => {
  it('show the same score, zone and label for every dimension of one result', async () => {
    // framing 2, 3, 2, 2: a mean of 2.25, where hand-written roundings disagreed (2,3 half away from zero).
    const answers = answersScoring(bank, { ...CONNECTING_ROLES, framing: [2, 3, 2, 2] }, 4);
    const context = { phase: 'execute' };
    const data = {
      answers,
      context,
      reflections: { 'self-as-leader': 'Ja.' },
      choices: {},
      name: 'Anna',
      startedAt: '2026-11-20T09:00:00.000Z',
      completedAt: '2026-11-20T09:20:00.000Z',
    };
    useAssessment.setState({ bank: { id: bank.id, version: bank.version }, ...data, step: 13 });
    renderApp('/results');
    await screen.findByRole('region', { name: 'Samenvatting' }, { timeout: 5000 });
    const page = (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');

    // The PDF of the same result, made by the report chunk from the same view builder.
    const t = translatorSync('nl');
    const view = buildResultsView(
      {
        index,
        data,
        title: 'Jouw resultaten',
        language: 'nl',
        bankHash: 'f'.repeat(64),
        generatedAt: new Date(),
      },
      t,
    );
    const pdf = (await pdfPageTexts((await makeReport(view)).bytes)).join(' ');

    // Expected figures, worked out from the engine and the bank (not from the view model).
    const scores = scoreAnswers(index, answers, context);
    const checked: string[] = [];
    for (const score of scores.dimensions) {
      const dimension = bank.dimensions.find((d) => d.id === score.id);
      const band = bank.scoring.bands.find((b) => b.id === score.band);
      const name = dimension?.name.nl ?? '';
      const mean = score.mean === null ? null : round(score.mean, 1).toFixed(1).replace('.', ',');
      const line = mean === null ? 'Te weinig antwoorden' : `${mean} op 5 · niveau: ${band?.label.nl ?? ''}`;
      for (const [where, text] of [
        ['page', page],
        ['pdf', pdf],
      ] as const) {
        expect(text, `${where}: ${name}`).toContain(name);
        expect(text, `${where}: ${name} ${line}`).toContain(line);
      }
      checked.push(score.id);
    }
    expect(checked).toHaveLength(bank.dimensions.length);
    expect(scores.dimensions.find((d) => d.id === 'framing')?.mean).toBe(2.25);
    expect(pdf).toContain('2,3 op 5');
    expect(page).toContain('2,3 op 5');
    // The labels of the summary: the same strengths and development points on both.
    const labelled = scores.sections.flatMap((s) => [...s.strengths, ...s.development]);
    expect(labelled.length).toBeGreaterThan(0);
    for (const id of labelled) {
      const name = bank.dimensions.find((d) => d.id === id)?.name.nl ?? '';
      const summaryOf = (text: string) =>
        text.slice(text.indexOf('Samenvatting'), text.indexOf('Samenvatting') + 1500);
      expect(summaryOf(page)).toContain(name);
      expect(summaryOf(pdf)).toContain(name);
    }
  }, 60_000);
});
