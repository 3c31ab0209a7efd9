import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppUpdate } from '../../src/app/service-worker';
import { ASSESSMENT_KEY, useAssessment } from '../../src/state/assessment';
import { bank, freshBrowser, index, renderApp } from './render-app';

beforeEach(freshBrowser);
afterEach(() => {
  vi.restoreAllMocks();
  useAppUpdate.setState({ apply: null });
});

const start = () =>
  useAssessment.setState({
    bank: { id: bank.id, version: bank.version },
    startedAt: '2026-11-27T09:00:00.000Z',
    step: 0,
  });

describe('storage faults', () => {
  it('warns when storage is full, keeps answering in memory, and offers the answers as a file', async () => {
    start();
    const { user } = renderApp('/questionnaire');
    // Both full: IndexedDB (the durable copy) and localStorage (its mirror).
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(full);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(full);
    const items = index.bank.items.slice(0, 3);
    for (const item of items)
      await user.click(
        within(document.getElementById(`item-${item.id}`)!).getByRole('radio', { name: /vaak/ }),
      );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Je browser kan je antwoorden op dit moment niet bewaren',
    );
    expect(useAssessment.getState().answers).toEqual(Object.fromEntries(items.map((item) => [item.id, 4])));
    expect(screen.getByText('3 van 80 uitspraken beantwoord')).toBeInTheDocument();
    expect(setItem).toHaveBeenCalled();

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:answers';
    });
    await user.click(screen.getByRole('button', { name: 'Download je antwoorden (bestand)' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const file = JSON.parse(await blobs[0]!.text()) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'network-leadership-result',
      completedAt: null,
      answers: Object.fromEntries(items.map((item) => [item.id, 4])),
    });
  });

  it('keeps data saved by a newer version aside and starts cleanly', async () => {
    localStorage.setItem(ASSESSMENT_KEY, JSON.stringify({ version: 7, state: { answers: { a: 1 } } }));
    await act(() => useAssessment.persist.rehydrate());
    renderApp('/');
    expect(screen.getByRole('alert')).toHaveTextContent('bewaard door een nieuwere versie van deze app');
    expect(Object.keys(localStorage).some((key) => key.startsWith(`${ASSESSMENT_KEY}:kept:`))).toBe(true);
    expect(screen.getByRole('button', { name: 'Start de vragenlijst' })).toBeInTheDocument();
  });

  it('keeps data of an unknown older shape aside and starts cleanly', async () => {
    localStorage.setItem(ASSESSMENT_KEY, JSON.stringify({ version: 0, state: { page: 3 } }));
    await act(() => useAssessment.persist.rehydrate());
    renderApp('/');
    expect(screen.getByRole('alert')).toHaveTextContent('konden niet gelezen worden');
    expect(useAssessment.getState().startedAt).toBeNull();
  });
});

describe('a new version of the app', () => {
  it('is announced quietly, and taken only when the participant chooses', () => {
    const apply = vi.fn();
    renderApp('/');
    act(() => useAppUpdate.setState({ apply }));
    expect(screen.getByRole('status')).toHaveTextContent('Er is een nieuwe versie van de app');
    expect(apply).not.toHaveBeenCalled();
    screen.getByRole('button', { name: 'Nu vernieuwen' }).click();
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
