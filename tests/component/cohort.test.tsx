import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCohort } from '../../src/features/cohort/store';
import { brokenCohortFiles, generateCohort, resultFileText } from '../helpers/cohort';
import { bank, embedBank, freshBrowser, renderApp } from './render-app';

let unembed: () => void = () => undefined;

// jsdom has no Worker: the cohort view then runs the same analysis in the page, which these tests use.
// The bundled bank is provided as the built page embeds it (jsdom cannot fetch the built asset).
beforeEach(async () => {
  await freshBrowser();
  useCohort.setState({ stage: { kind: 'empty' }, chosen: null, files: [] });
  unembed = embedBank();
});
afterEach(() => unembed());

const asFiles = (entries: readonly { name: string; text: string }[]) =>
  entries.map((entry) => new File([entry.text], entry.name, { type: 'application/json' }));

describe('the cohort view', () => {
  it('reads a cohort with broken files and shows the group profile and scale quality', async () => {
    const results = await generateCohort(bank, 20, 3);
    const files = asFiles([
      ...results.map((result, i) => ({ name: `r${String(i)}.json`, text: resultFileText(result) })),
      { name: 'r0-again.json', text: resultFileText(results[0]!) },
      ...brokenCohortFiles(bank),
    ]);
    const { user } = renderApp('/cohort');
    await user.upload(await screen.findByLabelText('Kies de resultaatbestanden van de groep'), files);
    expect(
      await screen.findByText(
        'Bruikbare resultaten: 20. Onbruikbare bestanden: 3. Dubbele bestanden (één keer meegeteld): 1.',
      ),
    ).toBeInTheDocument();
    await screen.findByText(/Gemiddelden en spreiding over 20 deelnemers\./, undefined, { timeout: 5000 });
    // The known pattern of the network-weaver scale: alpha 0.93 whatever the multiple of five.
    const weaver = (
      await screen.findByRole('heading', { level: 3, name: 'Netwerkbouwer' }, { timeout: 5000 })
    ).parentElement!;
    expect(weaver).toHaveTextContent(
      /Cronbachs alfa 0,93 \(95 %-interval 0,\d\d tot 0,\d\d, methode van Feldt\), over 20 volledige antwoordsets en 3 vragen\./,
    );
    // Mindset has no strengths in the bank: its table has no strength columns.
    const mindset = screen.getByRole('table', { name: 'Mindset: cijfers van de groep' });
    expect(within(mindset).queryByRole('columnheader', { name: 'Sterk punt bij' })).toBeNull();
    const roles = screen.getByRole('table', { name: 'Leiderschapsrollen: cijfers van de groep' });
    expect(within(roles).getByRole('columnheader', { name: 'Sterk punt bij' })).toBeInTheDocument();
    // Context: how many chose each network phase, and their share of the 20.
    const phase = bank.context.find((question) => question.id === 'phase')!;
    const phases = screen.getByRole('table', { name: phase.text.nl! });
    for (const option of phase.options) {
      const count = results.filter((result) => result.context.phase === option.id).length;
      const cells = within(within(phases).getByRole('row', { name: new RegExp(`^${option.label.nl!}`) }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
      expect(cells).toEqual([String(count), `${String(Math.round((count / 20) * 100))} %`]);
    }
    // Individual results stay closed until opened.
    const individual = screen.getByText('De individuele resultaten (20) bekijken').closest('details')!;
    expect(individual).not.toHaveAttribute('open');
    expect(
      screen.getByRole('button', { name: 'Groepsprofiel als pdf (voor de groepssessie)' }),
    ).toBeEnabled();
  }, 30_000);

  it('keeps the PDF for groups of five or more, and says so', async () => {
    const results = await generateCohort(bank, 3, 5);
    const { user } = renderApp('/cohort');
    await user.upload(
      await screen.findByLabelText('Kies de resultaatbestanden van de groep'),
      asFiles(results.map((result, i) => ({ name: `r${String(i)}.json`, text: resultFileText(result) }))),
    );
    await screen.findByText(/Gemiddelden en spreiding over 3 deelnemers\./, undefined, { timeout: 5000 });
    expect(screen.getByRole('note')).toHaveTextContent('dit zijn maar 3 resultaten');
    expect(
      screen.getByRole('button', { name: 'Groepsprofiel als pdf (voor de groepssessie)' }),
    ).toBeDisabled();
    expect(screen.getByText(/Het groepsprofiel als pdf kan pas vanaf 5 deelnemers:/)).toBeInTheDocument();
  }, 30_000);

  it('adds more files to the cohort on screen, counting a file already in once, and starts again', async () => {
    const results = await generateCohort(bank, 5, 11);
    const files = asFiles(
      results.map((result, i) => ({ name: `r${String(i)}.json`, text: resultFileText(result) })),
    );
    const { user } = renderApp('/cohort');
    await user.upload(
      await screen.findByLabelText('Kies de resultaatbestanden van de groep'),
      files.slice(0, 3),
    );
    await screen.findByText(/Gemiddelden en spreiding over 3 deelnemers\./, undefined, { timeout: 5000 });
    // The second batch repeats r2.json.
    await user.upload(screen.getByLabelText('Meer resultaatbestanden toevoegen'), files.slice(2));
    await screen.findByText(/Gemiddelden en spreiding over 5 deelnemers\./, undefined, { timeout: 5000 });
    expect(
      screen.getByText(
        'Bruikbare resultaten: 5. Onbruikbare bestanden: 0. Dubbele bestanden (één keer meegeteld): 1.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opnieuw beginnen met een andere groep' }));
    expect(screen.queryByText(/Gemiddelden en spreiding/)).toBeNull();
    await user.upload(screen.getByLabelText('Kies de resultaatbestanden van de groep'), files.slice(4));
    await screen.findByText(/Gemiddelden en spreiding van 1 deelnemer\./, undefined, { timeout: 5000 });
  }, 30_000);

  it('warns when results were made with other content of the same bank version', async () => {
    const results = await generateCohort(bank, 5, 13);
    const tampered = results.map((result, i) =>
      i < 2 ? { ...result, bank: { ...result.bank, sha256: 'e'.repeat(64) } } : result,
    );
    const { user } = renderApp('/cohort');
    await user.upload(
      await screen.findByLabelText('Kies de resultaatbestanden van de groep'),
      asFiles(tampered.map((result, i) => ({ name: `r${String(i)}.json`, text: resultFileText(result) }))),
    );
    await screen.findByText(/Gemiddelden en spreiding over 5 deelnemers\./, undefined, { timeout: 5000 });
    expect(screen.getByRole('note')).toHaveTextContent(
      'Let op: 2 van de 5 resultaten werden gemaakt met een andere inhoud van network-leadership@1.0.0',
    );
  }, 30_000);

  it('says so when the worker fails, and the files can be chosen again', async () => {
    // A worker that dies on its first message, as when the browser runs out of memory.
    class FailingWorker {
      onerror: ((event: { message: string }) => void) | null = null;
      onmessage = null;
      onmessageerror = null;
      postMessage() {
        setTimeout(() => this.onerror?.({ message: 'out of memory' }));
      }
      terminate() {
        return undefined;
      }
    }
    vi.stubGlobal('Worker', FailingWorker);
    try {
      const results = await generateCohort(bank, 2, 4);
      const { user } = renderApp('/cohort');
      const input = await screen.findByLabelText('Kies de resultaatbestanden van de groep');
      await user.upload(input, asFiles([{ name: 'r.json', text: resultFileText(results[0]!) }]));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'De bestanden konden niet gelezen of geanalyseerd worden (out of memory). Er is niets verloren',
      );
      vi.unstubAllGlobals();
      await user.upload(input, asFiles([{ name: 'r.json', text: resultFileText(results[1]!) }]));
      await screen.findByText(/Gemiddelden en spreiding van 1 deelnemer\./, undefined, { timeout: 5000 });
      expect(screen.queryByRole('alert')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  }, 30_000);

  it('groups results of another bank version apart and names the missing bank', async () => {
    const results = await generateCohort(bank, 5, 9);
    const other = results.map((result) => ({ ...result, bank: { ...result.bank, version: '9.0.0' } }));
    const { user } = renderApp('/cohort');
    await user.upload(
      await screen.findByLabelText('Kies de resultaatbestanden van de groep'),
      asFiles([
        ...results.map((result, i) => ({ name: `a${String(i)}.json`, text: resultFileText(result) })),
        ...other
          .slice(0, 2)
          .map((result, i) => ({ name: `b${String(i)}.json`, text: resultFileText(result) })),
      ]),
    );
    const groups = await screen.findByRole('group', {
      name: 'De resultaten horen bij verschillende vragenlijsten. Welke groep wil je bekijken?',
    });
    const options = within(groups).getAllByRole('radio');
    expect(options).toHaveLength(2);
    expect(options[0]).toBeChecked();
    expect(within(groups).getByLabelText('network-leadership@9.0.0: 2 resultaten')).not.toBeChecked();
    await user.click(within(groups).getByLabelText('network-leadership@9.0.0: 2 resultaten'));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'De vragenlijst network-leadership@9.0.0 van deze resultaten is niet in deze browser.',
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'open in deze browser de link met de vragenlijst erin',
    );
  }, 30_000);
});
