import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bankHash } from '../../src/domain/bank/hash';
import { buildResultFile, resultFileText } from '../../src/domain/result-file';
import { COACH_KEY, forgetCoachWorkspace, loadCoachWorkspace, useCoach } from '../../src/state/coach';
import { readPrefix } from '../../src/state/idb';
import { answersScoring, CONNECTING_ROLES } from '../helpers/network-leadership';
import { bank, embedBank, freshBrowser, renderApp } from './render-app';

let unembed: () => void = () => undefined;

// The bundled bank as the built page embeds it (jsdom cannot fetch the built asset).
beforeEach(async () => {
  await freshBrowser();
  unembed = embedBank();
});
afterEach(() => {
  unembed();
  vi.restoreAllMocks();
});

/** As after a reload: the coach's store forgets everything and reads back what the browser kept. */
async function reloadWorkspace(): Promise<void> {
  forgetCoachWorkspace();
  useCoach.setState({ results: [], notes: {}, selected: [], unsaved: [], loaded: false });
  await loadCoachWorkspace();
}

/** Waits until the writes queued so far are done (IndexedDB runs them in order). */
const settled = () => readPrefix('coach:');

async function resultText(
  name: string,
  completedAt: string,
  answers = answersScoring(bank, CONNECTING_ROLES, 4),
) {
  return resultFileText(
    buildResultFile(
      {
        bank: { id: bank.id, version: bank.version },
        bankSha256: await bankHash(bank),
        language: 'nl',
        startedAt: completedAt,
        completedAt,
        name,
        answers,
        context: { phase: 'execute' },
        reflections: {},
      },
      new Date(completedAt),
    ),
  );
}

const file = (text: string, name: string) => new File([text], name, { type: 'application/json' });

describe('the coach view', () => {
  it('judges every file on its own: the good ones open, each refusal is listed with its file name', async () => {
    const first = await resultText('An', '2026-10-01T09:00:00.000Z');
    const offScale = (await resultText('Bart', '2026-10-02T09:00:00.000Z')).replace(
      '"network-weaver-1": 5',
      '"network-weaver-1": 7',
    );
    const last = await resultText('Cas', '2026-10-03T09:00:00.000Z');
    const { user } = renderApp('/coach');
    await user.upload(
      await screen.findByLabelText('Kies een of meer resultaatbestanden', undefined, { timeout: 5000 }),
      [
        file(first, 'an.json'),
        file('{"format": ', 'half.json'),
        file(offScale, 'bart.json'),
        file(last, 'cas.json'),
      ],
    );
    expect(
      await screen.findByText('2 resultaten geopend.', undefined, { timeout: 8000 }),
    ).toBeInTheDocument();
    const opened = screen.getByRole('table', { name: 'Geopende resultaten' });
    expect(within(opened).getByRole('rowheader', { name: 'An' })).toBeInTheDocument();
    expect(within(opened).getByRole('rowheader', { name: 'Cas' })).toBeInTheDocument();
    expect(within(opened).queryByRole('rowheader', { name: 'Bart' })).toBeNull();
    // The file after a bad one was still opened, and both refusals say which file and why.
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts.some((text) => text.startsWith('half.json: Het bestand stopt voordat het af is'))).toBe(
      true,
    );
    expect(
      alerts.some((text) =>
        text.includes('bart.json: Dit resultaat past niet bij zijn vragenlijst: 1 probleem.'),
      ),
    ).toBe(true);
    expect(
      alerts.some((text) => text.includes('answers.network-weaver-1') && text.includes('maar is 7')),
    ).toBe(true);
  }, 20_000);

  it('shows a name with direction-override characters as plain text, cleaned when the file was read', async () => {
    const text = await resultText('Jan \u202Efdp.exe', '2026-10-01T09:00:00.000Z');
    const { user } = renderApp('/coach');
    await user.upload(
      await screen.findByLabelText('Kies een of meer resultaatbestanden', undefined, { timeout: 5000 }),
      [file(text, 'jan.json')],
    );
    const opened = await screen.findByRole('table', { name: 'Geopende resultaten' }, { timeout: 8000 });
    expect(within(opened).getByRole('rowheader').textContent).toBe('Jan fdp.exe');
    expect(document.body.textContent).not.toContain('\u202E');
  }, 20_000);

  it('compares two versions of a person’s results, warns when the names differ, and keeps the notes', async () => {
    const before = await resultText('An Peeters', '2026-01-10T09:00:00.000Z', answersScoring(bank, {}, 3));
    const after = await resultText('An', '2026-06-10T09:00:00.000Z');
    const { user } = renderApp('/coach');
    await user.upload(
      await screen.findByLabelText('Kies een of meer resultaatbestanden', undefined, { timeout: 5000 }),
      [file(before, 'before.json'), file(after, 'after.json')],
    );
    await screen.findByText('2 resultaten geopend.', undefined, { timeout: 8000 });
    for (const box of screen.getAllByRole('checkbox')) await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Voor en na vergelijken' }));
    expect(
      await screen.findByText(
        'De twee resultaten dragen een andere naam (‘An Peeters’ en ‘An’). Ga na of ze van dezelfde persoon zijn.',
        undefined,
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
    const notes = screen.getByLabelText('Je notities bij dit resultaat');
    await user.type(notes, 'Vooruitgang besproken.');
    await waitFor(() => expect(Object.values(useCoach.getState().notes)).toContain('Vooruitgang besproken.'));
  }, 20_000);

  it('keeps results and notes over a reload, and saves notes without writing the results again', async () => {
    const text = await resultText('An', '2026-10-01T09:00:00.000Z');
    const { user } = renderApp('/coach');
    await user.upload(await screen.findByLabelText('Kies een of meer resultaatbestanden'), [
      file(text, 'an.json'),
    ]);
    const notes = await screen.findByLabelText('Je notities bij dit resultaat', undefined, { timeout: 8000 });
    await settled();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    await user.type(notes, 'Sterk in verbinden.');
    await settled();
    const keys = put.mock.calls.map((call) => call[1] as string);
    // One small write per keystroke, of the notes only: the result file is never written again.
    expect(keys.length).toBe('Sterk in verbinden.'.length);
    expect(keys.every((key) => key.startsWith('coach:notes:'))).toBe(true);
    put.mockRestore();
    await reloadWorkspace();
    expect(useCoach.getState().results.map((r) => r.result.name)).toEqual(['An']);
    expect(Object.values(useCoach.getState().notes)).toEqual(['Sterk in verbinden.']);
  }, 20_000);

  it('says which result the browser could not keep, and downloads exactly it with the notes', async () => {
    const text = await resultText('Bart', '2026-10-02T09:00:00.000Z');
    // Storage full for the result files (notes still fit).
    const put = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')?.value as (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) => IDBRequest<IDBValidKey>;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (typeof key === 'string' && key.startsWith('coach:result:'))
        throw new DOMException('full', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    let saved: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:stub';
    });
    const { user } = renderApp('/coach');
    await user.upload(await screen.findByLabelText('Kies een of meer resultaatbestanden'), [
      file(text, 'bart.json'),
    ]);
    const alert = await screen.findByRole(
      'alert',
      { name: 'Niet bewaard in deze browser' },
      { timeout: 8000 },
    );
    expect(alert).toHaveTextContent('na het herladen van de pagina zijn ze weg');
    // The participant's "download your answers" warning is not shown: this is the coach's storage.
    expect(screen.queryByText(/Download je antwoorden/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Je notities bij dit resultaat'), 'Besproken.');
    await user.click(within(alert).getByRole('button', { name: /^Bart \(.*\) downloaden met je notities$/ }));
    const downloaded = JSON.parse(await (saved as unknown as Blob).text()) as Record<string, unknown>;
    expect(downloaded).toMatchObject({ name: 'Bart', coachNotes: 'Besproken.' });
    expect(Object.keys(downloaded.answers as object)).toHaveLength(bank.items.length);
  }, 20_000);

  it('moves a workspace kept by the earlier version (localStorage) into IndexedDB, results and notes', async () => {
    const text = await resultText('Cas', '2026-10-03T09:00:00.000Z');
    const result = JSON.parse(text) as { name: string };
    const key = `network-leadership@1.0.0|2026-10-03T09:00:00.000Z|Cas`;
    localStorage.setItem(
      COACH_KEY,
      JSON.stringify({
        version: 1,
        state: {
          results: [{ key, result, addedAt: '2026-10-03T10:00:00.000Z' }],
          notes: { [key]: 'Oud.' },
          selected: [key],
        },
      }),
    );
    await reloadWorkspace();
    expect(useCoach.getState().results.map((r) => r.key)).toEqual([key]);
    expect(useCoach.getState().notes).toEqual({ [key]: 'Oud.' });
    expect(useCoach.getState().selected).toEqual([key]);
    expect(localStorage.getItem(COACH_KEY)).toBeNull();
    expect((await readPrefix('coach:')).map(([k]) => k).sort()).toEqual([
      `coach:notes:${key}`,
      `coach:result:${key}`,
      'coach:selected',
    ]);
  });
});
