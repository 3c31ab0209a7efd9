import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeShare, sharePayload } from '../../src/domain/share-link';
import { useAssessment } from '../../src/state/assessment';
import { answersScoring, CONNECTING_ROLES } from '../helpers/network-leadership';
import { bank, bank2, freshBrowser, renderApp } from './render-app';

beforeEach(freshBrowser);

function completeWith(answers: Record<string, number | null>, context: Record<string, string> = {}) {
  useAssessment.setState({
    bank: { id: bank.id, version: bank.version },
    answers,
    context,
    startedAt: '2026-11-20T09:00:00.000Z',
    completedAt: '2026-11-20T09:20:00.000Z',
    step: 13,
  });
}

describe('the results page', () => {
  it('shows the summary for a scripted participant strong in the connecting roles', async () => {
    // network-weaver 5, mediator 5, coordinator 3, other roles 4 → own mean 4.125; strengths weaver and
    // mediator (+0.875), development coordinator (−1.125); lever skills all 4 → balanced profile.
    completeWith(answersScoring(bank, CONNECTING_ROLES, 4), { phase: 'execute' });
    renderApp('/results');
    const summary = await screen.findByRole('region', { name: 'Samenvatting' }, { timeout: 5000 });
    const roles = within(summary).getByRole('heading', { name: 'Leiderschapsrollen' }).parentElement!;
    expect(
      within(roles).getByRole('heading', { name: 'Relatieve sterktes' }).nextElementSibling,
    ).toHaveTextContent('NetwerkbouwerBruggenbouwer / Bemiddelaar');
    expect(
      within(roles).getByRole('heading', { name: 'Ontwikkelpunten' }).nextElementSibling,
    ).toHaveTextContent('Coördinator');
    expect(roles).toHaveTextContent('Vergeleken met je eigen gemiddelde van 4,1 over dit onderdeel');
    const skills = within(summary).getByRole('heading', { name: 'Hefboomvaardigheden' }).parentElement!;
    expect(skills).toHaveTextContent('Evenwichtig profiel');
    expect(summary).toHaveTextContent('Je koos de fase ‘Uitvoeren’');
  });

  it('draws the charts with a table of the same figures, bands and phase marks', async () => {
    completeWith(answersScoring(bank, { 'network-weaver': 5, coordinator: [2, 2, 3] }, 4), {
      phase: 'execute',
    });
    renderApp('/results');
    const table = await screen.findByRole(
      'table',
      { name: 'Leiderschapsrollen: scores per dimensie' },
      { timeout: 5000 },
    );
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Netwerkbouwer5,0sterk ontwikkeld3 van 3');
    // coordinator 2, 2, 3 → 2.333 → 2,3, priority; it is called for in the execution phase (◆)
    const coordinator = rows.find((row) => row.textContent.includes('Coördinator'))!;
    expect(coordinator).toHaveTextContent('◆ (gevraagd in je fase) Coördinator2,3aandachtspunt3 van 3');
    // The charts are drawn from the same view model: the score labels of the bars are the table's figures.
    const charts = [...document.querySelectorAll('svg.chart-svg')];
    expect(charts).toHaveLength(3);
    expect(charts[0]?.textContent).toContain('Coördinator');
    expect(charts[1]?.textContent).toContain('4,0');
  });

  it('shows every dimension with band, interpretation, tips and reflection, and "not enough answers"', async () => {
    const answers: Record<string, number | null> = answersScoring(bank, {}, 4);
    // framing: two of four items not applicable → 2 / 4 = 0.5 < 0.75 → not enough answers
    answers['framing-1'] = null;
    answers['framing-2'] = null;
    completeWith(answers);
    const { user } = renderApp('/results');
    const details = await screen.findByRole('region', { name: 'Per dimensie' }, { timeout: 5000 });
    const framing = within(details).getByText('Framen en betekenis geven').closest('details')!;
    expect(framing).toHaveTextContent('te weinig antwoorden');
    await user.click(within(framing).getByText('Framen en betekenis geven'));
    expect(framing).toHaveTextContent(
      'Te weinig antwoorden voor een score: 2 van 4 uitspraken beantwoord, minstens 3 nodig.',
    );
    const weaver = within(details).getByText('Netwerkbouwer').closest('details')!;
    expect(weaver).toHaveTextContent('4,0 · sterk ontwikkeld');
    expect(weaver).toHaveTextContent(bank.dimensions[0]!.interpretation['well-developed']!.nl!);
    expect(weaver).toHaveTextContent(bank.dimensions[0]!.tips[0]!.nl!);
    expect(weaver).toHaveTextContent(bank.dimensions[0]!.reflection.nl!);
  });

  it('notes straight-lining softly and says how to read the results', async () => {
    completeWith(answersScoring(bank, {}, 3));
    renderApp('/results');
    const quality = await screen.findByRole(
      'region',
      { name: 'Over je manier van antwoorden' },
      { timeout: 5000 },
    );
    expect(quality).toHaveTextContent(
      'Je gaf hetzelfde antwoord (‘soms’) op alle 24 uitspraken van ‘Leiderschapsrollen’.',
    );
    expect(screen.getByRole('region', { name: 'Hoe lees je dit?' })).toHaveTextContent('geen normen');
  });

  it('puts the name as it is now into the PDF, the result file and the share link, without a reload', async () => {
    completeWith(answersScoring(bank, CONNECTING_ROLES, 4), { phase: 'execute' });
    const saved: Blob[] = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) saved.push(blob);
      return original(blob);
    };
    try {
      const { user } = renderApp('/results');
      const field = await screen.findByLabelText('Je naam op het rapport (niet verplicht)', undefined, {
        timeout: 5000,
      });
      await user.type(field, 'Łukasz');
      // The share link is made from the assessment as it is now.
      const link = screen.getByRole<HTMLInputElement>('textbox', { name: 'Deellink' }).value;
      await waitFor(() => {
        const payload = sharePayload(
          new URL(screen.getByRole<HTMLInputElement>('textbox', { name: 'Deellink' }).value).hash,
        );
        const reading = payload === null ? null : decodeShare(payload);
        expect(reading?.ok === true ? reading.result.name : null).toBe('Łukasz');
      });
      expect(link).toContain('#r=');
      await user.click(screen.getByRole('button', { name: 'Resultaat downloaden (bestand)' }));
      const file = await saved.at(-1)?.text();
      expect(JSON.parse(file ?? '{}').name).toBe('Łukasz');
      expect(
        await screen.findByText(
          /Je resultaatbestand is bewaard als netwerkleiderschap-resultaat-łukasz-\d{4}-\d{2}-\d{2}\.json/,
        ),
      ).toBeInTheDocument();
    } finally {
      URL.createObjectURL = original;
    }
  }, 20_000);

  it('deletes every stored thing after a confirmation', async () => {
    completeWith(answersScoring(bank, {}, 4));
    localStorage.setItem('nla:language', 'nl');
    const { user } = renderApp('/results');
    await user.click(await screen.findByRole('button', { name: 'Wis al mijn gegevens' }, { timeout: 5000 }));
    const dialog = screen.getByRole('dialog', { name: 'Al je gegevens wissen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, wis alles' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Al je gegevens zijn gewist'));
    expect(Object.keys(localStorage).filter((key) => key.startsWith('nla:'))).toEqual([]);
    expect(useAssessment.getState().answers).toEqual({});
    expect(screen.getByRole('button', { name: 'Start de vragenlijst' })).toBeInTheDocument();
  });

  it('sends an unfinished participant back to the questionnaire', async () => {
    useAssessment.setState({
      bank: { id: bank.id, version: bank.version },
      answers: {},
      startedAt: '2026-11-20T09:00:00.000Z',
    });
    renderApp('/results');
    expect(
      await screen.findByText('Je hebt nog niet alle uitspraken beantwoord.', undefined, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('shows bank 2.0.0 with intervals, mindset as positions, the position notes and the roles in context', async () => {
    const answers = Object.fromEntries(bank2.items.map((item) => [item.id, item.reverse === true ? 2 : 4]));
    const situation = bank2.situations!.prompts[2]!;
    useAssessment.setState({
      bank: { id: bank2.id, version: bank2.version },
      answers,
      context: { phase: 'strategy', position: 'partner' },
      choices: { [situation.id]: ['network-weaver', 'mediator'] },
      reflections: { 'self-as-leader': 'Soms.' },
      startedAt: '2026-11-20T09:00:00.000Z',
      completedAt: '2026-11-20T09:20:00.000Z',
    });
    const { user } = renderApp('/results');
    const mindset = await screen.findByRole(
      'table',
      { name: 'Mindset: scores per dimensie' },
      { timeout: 5000 },
    );
    // A position, not a grade; with the likely range under the bank's measurement model.
    expect(within(mindset).getByRole('columnheader', { name: 'Positie' })).toBeInTheDocument();
    expect(within(mindset).getAllByRole('row')[1]).toHaveTextContent('leunt naar akkoord');
    expect(within(mindset).getByRole('columnheader', { name: 'Waarschijnlijk bereik' })).toBeInTheDocument();
    expect(
      screen.getAllByText(/De dunne lijn rond elke score toont waar ze waarschijnlijk ligt/).length,
    ).toBe(3);
    // A flat profile: balanced, and the summary says what the label would have needed.
    const summary = screen.getByRole('region', { name: 'Samenvatting' });
    expect(summary).toHaveTextContent(
      'Evenwichtig profiel: geen enkele dimensie ligt verder van je eigen gemiddelde dan meetfouten alleen kunnen verklaren.',
    );
    // The participant's own position shapes the reading of a role.
    const director = screen.getByText('Procesregisseur', { selector: '.dimension-name' }).closest('details')!;
    await user.click(within(director).getByText('Procesregisseur'));
    expect(director).toHaveTextContent('In jouw positie');
    expect(director).toHaveTextContent(
      bank2.dimensions.find((d) => d.id === 'process-director')!.positionNotes!.partner!.nl!,
    );
    // Roles in context: the choices beside the roles the phase often calls for.
    const context = screen.getByRole('table', { name: bank2.situations!.title.nl! });
    const row = within(context).getByRole('row', { name: /Strategie/ });
    expect(row).toHaveTextContent('Netwerkbouwer, Bruggenbouwer');
    // The leader identity has its own place, before the charts.
    const identity = screen.getByRole('region', { name: bank2.reflections.title.nl! });
    expect(identity).toHaveTextContent('Soms.');
    expect(identity.compareDocumentPosition(screen.getByRole('region', { name: 'Je scores in beeld' }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  }, 20_000);
});
