/**
 * The durable copy of the assessment in IndexedDB, and keeping tabs in step. Loaded after the first paint
 * (see `loadDurable` in `assessment.ts`).
 *
 * - Every change is written in a strict-durability transaction that first reads the stored copy and merges
 *   it with this tab's (per answer, by change time; see `merge.ts`), so two tabs never overwrite each other
 *   and an answer the screen shows is on disk within milliseconds.
 * - On load, the stored copy is merged into the one restored from the localStorage mirror (which Chromium
 *   writes lazily and can lose in a crash). The first load on this version moves the mirror's copy into
 *   IndexedDB (`moveAssessmentToIndexedDb`).
 * - After each write the other tabs are told (BroadcastChannel, and the mirror's `storage` event) and pull
 *   the stored copy; tabs also greet each other, so each knows when the assessment is open elsewhere.
 */
import { canonical, mergeAssessments, sameAnswers } from './merge';
import { KEEP, deletePrefix, readValue, update } from './idb';
import { useStorageNotices } from './notices';
import { migrate, SAVED_VERSION, sanitize, type SavedAssessment } from './restore';
import { useSyncStatus } from './sync-status';
import { keepAside } from './tolerant-storage';

/** The key of the assessment in IndexedDB (and of its localStorage mirror). */
export const DURABLE_KEY = 'nla:assessment';

/** What this module needs of the assessment store (it cannot import the store: that would be a cycle). */
export interface AssessmentStore {
  readonly read: () => SavedAssessment;
  readonly replace: (state: SavedAssessment) => void;
}

let store: AssessmentStore | null = null;

/** Connects the store whose copy is kept here (done by `loadDurable`). */
export function connectAssessment(connected: AssessmentStore): void {
  store = connected;
}

/** The stored copy read back, migrated and checked; `null` for none (or one that cannot be read). */
export function readStored(raw: unknown): SavedAssessment | null {
  if (raw === null || typeof raw !== 'object') return null;
  const { version, state } = raw as { version?: unknown; state?: unknown };
  if (typeof version !== 'number') return null;
  const migrated = migrate(state, version);
  if (migrated === null) {
    // Newer than this app, or damaged: keep a copy aside before it is written over.
    useStorageNotices.getState().add({
      kind: version > SAVED_VERSION ? 'newer' : 'unreadable',
      keptAs: keepAside(DURABLE_KEY, JSON.stringify(raw)),
    });
    return null;
  }
  return sanitize(migrated).state;
}

const hasData = (copy: SavedAssessment) =>
  copy.startedAt !== null ||
  Object.keys(copy.context).length > 0 ||
  Object.keys(copy.answers).length > 0 ||
  copy.epoch > 0;

let pending: { readonly state: SavedAssessment; readonly mirrored: boolean } | null = null;
let draining = false;
/** Every write and deletion, one after the other. */
let chain: Promise<void> = Promise.resolve();
let channel: BroadcastChannel | null = null;

/**
 * Saves this tab's copy: merged with the stored one in one durable transaction. Writes are queued, and only
 * the latest waiting copy is written (it holds every earlier change). `mirrored` says whether the
 * localStorage mirror took it: the participant is warned only when neither could keep it.
 */
export function saveAssessment(state: SavedAssessment, mirrored: boolean): Promise<void> {
  pending = { state, mirrored };
  if (!draining) {
    draining = true;
    chain = chain.then(drain);
  }
  return chain;
}

/** Resolves once every queued write is done (for a caller that must know the copy is on disk). */
export function settled(): Promise<void> {
  return chain;
}

async function drain(): Promise<void> {
  while (pending !== null) {
    const job = pending;
    pending = null;
    await write(job.state, job.mirrored);
  }
  draining = false;
}

async function write(mine: SavedAssessment, mirrored: boolean): Promise<void> {
  let merged = mine;
  const outcome = await update(DURABLE_KEY, (raw) => {
    const stored = readStored(raw);
    merged = stored === null ? mine : mergeAssessments(mine, stored);
    if (stored !== null && canonical(merged) === canonical(stored)) return KEEP;
    return { version: SAVED_VERSION, state: merged };
  });
  const notices = useStorageNotices.getState();
  if (outcome === 'failed') {
    if (!mirrored) notices.add({ kind: 'full' });
  } else notices.clear('full');
  if (outcome === 'written') channel?.postMessage({ type: 'changed' });
  if (outcome !== 'failed') adopt(merged);
}

/** Takes what another copy added into this tab's store, keeping this tab's own page. */
function adopt(other: SavedAssessment): void {
  if (!store) return;
  const current = store.read();
  const merged = mergeAssessments(current, other);
  if (sameAnswers(merged, current)) return;
  if (merged.epoch !== current.epoch) {
    store.replace(merged);
    return;
  }
  const stamps: Record<string, number> = { ...merged.stamps };
  if (current.stamps.step === undefined) delete stamps.step;
  else stamps.step = current.stamps.step;
  store.replace({ ...merged, step: current.step, stamps });
}

/** Reads the stored copy and takes in what it has that this tab does not (after another tab wrote). */
export async function pull(): Promise<void> {
  const stored = readStored(await readValue(DURABLE_KEY));
  if (stored !== null) adopt(stored);
}

/**
 * The named move of an assessment saved by an earlier version (in localStorage only) into IndexedDB:
 * written as it is, with nothing dropped. Returns whether there was anything to move.
 */
export async function moveAssessmentToIndexedDb(copy: SavedAssessment): Promise<boolean> {
  if (!hasData(copy)) return false;
  await saveAssessment(copy, true);
  return true;
}

/**
 * On load: merges the stored copy into the one restored from the mirror (the page it shows is the latest
 * one saved), or moves the mirror's copy into IndexedDB the first time; then keeps tabs in step.
 */
export async function startAssessmentSync(): Promise<void> {
  if (!store) return;
  const stored = readStored(await readValue(DURABLE_KEY));
  const current = store.read();
  if (stored !== null) {
    const merged = mergeAssessments(current, stored);
    if (canonical(merged) !== canonical(current)) store.replace(merged);
  }
  useSyncStatus.setState({ restored: true });
  if (stored === null) await moveAssessmentToIndexedDb(current);
  else {
    const merged = store.read();
    if (canonical(merged) !== canonical(stored)) await saveAssessment(merged, true);
  }
  listen();
}

/** Deletes the durable copy and keeps only this tab's (a fresh, empty assessment): "delete my data". */
export function clearDurable(): Promise<void> {
  chain = chain.then(async () => {
    await deletePrefix('');
    if (store) await write(store.read(), true);
  });
  return chain;
}

const PRESENCE_EVERY_MS = 10_000;
const PRESENCE_GONE_MS = 25_000;

let listening = false;

/** Listens for other tabs' writes and greets them, so each knows when the assessment is open elsewhere. */
function listen(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('storage', (event) => {
    if (event.key === DURABLE_KEY) void pull();
  });
  if (typeof BroadcastChannel === 'undefined') return;
  const tab = `${String(Date.now())}-${String(Math.random()).slice(2)}`;
  const others = new Map<string, number>();
  const count = () => useSyncStatus.setState({ otherTabs: others.size });
  channel = new BroadcastChannel('nla');
  channel.onmessage = (event: MessageEvent<{ type?: string; tab?: string }>) => {
    const { type, tab: from } = event.data;
    if (type === 'changed') void pull();
    if (typeof from !== 'string' || from === tab) return;
    if (type === 'bye') others.delete(from);
    else if (type === 'hello' || type === 'here') {
      if (type === 'hello') channel?.postMessage({ type: 'here', tab });
      others.set(from, Date.now());
    }
    count();
  };
  channel.postMessage({ type: 'hello', tab });
  window.setInterval(() => {
    channel?.postMessage({ type: 'here', tab });
    for (const [id, seen] of others) if (Date.now() - seen > PRESENCE_GONE_MS) others.delete(id);
    count();
  }, PRESENCE_EVERY_MS);
  window.addEventListener('pagehide', () => channel?.postMessage({ type: 'bye', tab }));
}
