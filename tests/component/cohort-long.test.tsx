import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCohort } from '../../src/features/cohort/store';
import { readWorkbook } from '../../src/sheets/xlsx';
import { generateCohort, resultFileText } from '../helpers/cohort';
import { bank, embedBank, freshBrowser, renderApp } from './render-app';

let unembed: () => void = () => undefined;

// jsdom has no Worker: the cohort session runs in the page, so this covers its `long` request.
beforeEach(async () => {
  await freshBrowser();
  useCohort.setState({ stage: { kind: 'empty' }, chosen: null, files: [] });
  unembed = embedBank();
});
afterEach(() => {
  unembed();
  vi.restoreAllMocks();
});

describe('the cohort view’s long-format export', () => {
  it('downloads every answer as CSV and .xlsx, participants numbered, no names', async () => {
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:stub';
    });
    const results = await generateCohort(bank, 3, 2);
    const { user } = renderApp('/cohort');
    await user.upload(
      await screen.findByLabelText('Kies de resultaatbestanden van de groep'),
      results.map(
        (result, i) => new File([resultFileText(result)], `r${String(i)}.json`, { type: 'application/json' }),
      ),
    );
    await screen.findByText(/Gemiddelden en spreiding over 3 deelnemers\./, undefined, { timeout: 5000 });

    await user.click(screen.getByRole('button', { name: 'Antwoorden in lang formaat als csv' }));
    await screen.findByText(`Gedownload als antwoorden-lang-${bank.id}-${bank.version}.csv.`);
    const text = await saved[0]!.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('participant;kind;item;dimension;answer;recoded;not_applicable;question;option');
    expect(lines).toHaveLength(1 + 3 * bank.items.length + 3 * bank.context.length);
    expect(text).not.toMatch(/Deelnemer|r\d\.json/);

    await user.click(
      screen.getByRole('button', { name: 'Antwoorden in lang formaat als Excel-bestand (.xlsx)' }),
    );
    await screen.findByText(`Gedownload als antwoorden-lang-${bank.id}-${bank.version}.xlsx.`, undefined, {
      timeout: 20_000,
    });
    const sheets = await readWorkbook(new Uint8Array(await saved[1]!.arrayBuffer()));
    expect(sheets.map((sheet) => [sheet.name, sheet.rows.length])).toEqual([
      ['items', 3 * bank.items.length],
      ['context', 3 * bank.context.length],
    ]);
  }, 45_000);
});
