// The durable copy in IndexedDB (fake-indexeddb, set up in setup.ts: the same API, in memory).
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ASSESSMENT_KEY,
  deleteAllData,
  loadDurable,
  startDurableSync,
  useAssessment,
} from '../../src/state/assessment';
import { readValue, writeValues } from '../../src/state/idb';
import { useStorageNotices } from '../../src/state/notices';
import { EMPTY_ASSESSMENT, SAVED_VERSION, type SavedAssessment } from '../../src/state/restore';
import { freshBrowser } from './render-app';

let epoch = Date.parse('2026-12-01T09:00:00.000Z');

beforeEach(async () => {
  await freshBrowser();
  epoch += 60_000;
});
afterEach(() => vi.restoreAllMocks());

/** Everything queued written to IndexedDB. */
async function settle(): Promise<void> {
  const durable = await loadDurable();
  await durable.settled();
}

async function stored(): Promise<SavedAssessment | null> {
  const durable = await loadDurable();
  return durable.readStored(await readValue(ASSESSMENT_KEY));
}

const started = (extra: Partial<SavedAssessment> = {}): SavedAssessment => ({
  ...EMPTY_ASSESSMENT,
  bank: { id: 'network-leadership', version: '2.0.0' },
  startedAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:05:00.000Z',
  epoch,
  ...extra,
});

describe('the durable copy of the assessment', () => {
  it('moves an assessment saved by the earlier version (localStorage only) into IndexedDB, losing nothing', async () => {
    const v1 = {
      bank: { id: 'network-leadership', version: '2.0.0' },
      answers: { 'network-weaver-1': 4, 'strategist-2': null },
      context: { phase: 'explore' },
      reflections: { 'self-as-leader': 'Soms.' },
      name: 'Łukasz',
      step: 2,
      startedAt: '2026-11-30T09:00:00.000Z',
      updatedAt: '2026-11-30T09:10:00.000Z',
      completedAt: null,
    };
    localStorage.setItem(ASSESSMENT_KEY, JSON.stringify({ version: 1, state: v1 }));
    await act(() => useAssessment.persist.rehydrate());
    await startDurableSync();
    await settle();
    const copy = await stored();
    expect(copy).toMatchObject({ ...v1, epoch: Date.parse(v1.startedAt) });
    expect(await readValue(ASSESSMENT_KEY)).toMatchObject({ version: SAVED_VERSION });
  });

  it('brings back answers the localStorage mirror lost in a crash', async () => {
    // The mirror (written lazily by Chromium) has the first answer; IndexedDB (committed) has both.
    const mirror = started({ answers: { 'a-1': 4 }, stamps: { 'answers.a-1': 100 } });
    const durable = started({
      answers: { 'a-1': 4, 'a-2': 5 },
      stamps: { 'answers.a-1': 100, 'answers.a-2': 200 },
    });
    localStorage.setItem(ASSESSMENT_KEY, JSON.stringify({ version: SAVED_VERSION, state: mirror }));
    await writeValues([[ASSESSMENT_KEY, { version: SAVED_VERSION, state: durable }]]);
    await act(() => useAssessment.persist.rehydrate());
    expect(useAssessment.getState().answers).toEqual({ 'a-1': 4 });
    await act(() => startDurableSync());
    expect(useAssessment.getState().answers).toEqual({ 'a-1': 4, 'a-2': 5 });
  });

  it('merges every write with what another tab stored, so neither overwrites the other', async () => {
    useAssessment.setState(started({ answers: { 'a-1': 1 }, stamps: { 'answers.a-1': 100 } }));
    await startDurableSync();
    await settle();
    // Another tab of the same assessment stores its answer...
    const other = (await stored())!;
    await writeValues([
      [
        ASSESSMENT_KEY,
        {
          version: SAVED_VERSION,
          state: {
            ...other,
            answers: { ...other.answers, 'a-2': 2 },
            stamps: { ...other.stamps, 'answers.a-2': 150 },
          },
        },
      ],
    ]);
    // ...and this tab answers another one without having heard of it.
    act(() => useAssessment.getState().answer('a-3', 3));
    await settle();
    expect((await stored())?.answers).toEqual({ 'a-1': 1, 'a-2': 2, 'a-3': 3 });
    // This tab took in the other tab's answer too.
    expect(useAssessment.getState().answers).toEqual({ 'a-1': 1, 'a-2': 2, 'a-3': 3 });
  });

  it('takes in another tab’s answers when told, and stays on its own page', async () => {
    useAssessment.setState(started({ step: 4, stamps: { step: 100 } }));
    await startDurableSync();
    await settle();
    const other = (await stored())!;
    await writeValues([
      [
        ASSESSMENT_KEY,
        {
          version: SAVED_VERSION,
          state: {
            ...other,
            answers: { 'a-9': 5 },
            step: 9,
            stamps: { ...other.stamps, 'answers.a-9': 300, step: 300 },
          },
        },
      ],
    ]);
    const durable = await loadDurable();
    await act(() => durable.pull());
    expect(useAssessment.getState().answers).toEqual({ 'a-9': 5 });
    expect(useAssessment.getState().step).toBe(4);
  });

  it('after "delete my data", keeps nothing a tab still open on the old assessment could bring back', async () => {
    useAssessment.setState(started({ answers: { 'a-1': 4 }, stamps: { 'answers.a-1': 100 } }));
    await startDurableSync();
    await settle();
    const stale = (await stored())!;
    deleteAllData();
    await settle();
    const after = await stored();
    expect(after?.answers).toEqual({});
    expect(after?.startedAt).toBeNull();
    // The stale tab writes its old copy: the newer, empty assessment wins.
    const durable = await loadDurable();
    await durable.saveAssessment(stale, true);
    expect((await stored())?.answers).toEqual({});
    expect(useAssessment.getState().answers).toEqual({});
  });

  it('warns that answers cannot be kept only when neither IndexedDB nor the mirror took them', async () => {
    useAssessment.setState(started());
    await startDurableSync();
    await settle();
    const quota = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quota);
    act(() => useAssessment.getState().answer('a-1', 2));
    await settle();
    // The mirror still took it: kept, no warning.
    expect(useStorageNotices.getState().notices).toEqual([]);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(quota);
    act(() => useAssessment.getState().answer('a-2', 3));
    await settle();
    expect(useStorageNotices.getState().notices).toEqual([{ kind: 'full' }]);
    // Once IndexedDB takes a write again, the warning goes.
    put.mockRestore();
    act(() => useAssessment.getState().answer('a-3', 4));
    await settle();
    expect(useStorageNotices.getState().notices).toEqual([]);
    expect((await stored())?.answers).toEqual({ 'a-1': 2, 'a-2': 3, 'a-3': 4 });
  });
});
