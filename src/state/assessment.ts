/**
 * The assessment in progress: one zustand store, saved on every change to IndexedDB with strict durability
 * (a committed write survives a crash of the whole browser; see `durable-sync.ts`, loaded after the first
 * paint) and mirrored to localStorage, which restores it synchronously on load. Every change records its
 * time, so two tabs, or a mirror that missed a crash, merge per answer. Scores are not stored; they are
 * derived from the answers and the bank (see `derived.ts`).
 */
import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import type * as Durable from './durable-sync';
import { useStorageNotices } from './notices';
import { useSyncStatus } from './sync-status';
import { EMPTY_ASSESSMENT, SAVED_VERSION, migrate, sanitize, type SavedAssessment } from './restore';
import { createTolerantStorage, keepAside, removeAllWithPrefix } from './tolerant-storage';

/** Every key this app writes to localStorage starts with this. */
export const STORAGE_PREFIX = 'nla:';
export const ASSESSMENT_KEY = `${STORAGE_PREFIX}assessment`;

export interface AssessmentActions {
  /** Starts a new assessment on `bank`, keeping the context answers given on the intro page. */
  readonly start: (bank: { id: string; version: string }) => void;
  readonly answer: (itemId: string, value: number | null) => void;
  readonly setContext: (questionId: string, optionId: string | null) => void;
  readonly setReflection: (promptId: string, value: string | number | null) => void;
  /** Sets the roles chosen for a situation (an empty list clears it). */
  readonly setChoice: (situationId: string, roles: readonly string[]) => void;
  readonly setName: (name: string) => void;
  readonly goToStep: (step: number) => void;
  readonly complete: () => void;
  /** Forgets the assessment in progress (after the participant confirmed). */
  readonly reset: () => void;
  /**
   * Continues as a new assessment with `changes` applied (another version of the bank, with the answers
   * carried over): a new epoch, so a copy of the old one in another tab does not merge into it.
   */
  readonly rebase: (changes: Partial<SavedAssessment>) => void;
}

export type AssessmentState = SavedAssessment & AssessmentActions;

const now = () => new Date().toISOString();

let lastTick = 0;
/** Milliseconds since 1970, strictly rising within this tab (two changes never share a time). */
export function tick(): number {
  lastTick = Math.max(Date.now(), lastTick + 1);
  return lastTick;
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** The change times with `key` changed now. */
function stamped(state: SavedAssessment, key: string): Readonly<Record<string, number>> {
  return { ...state.stamps, [key]: tick() };
}

/** Change times for every entry and field of `state`, all now (a new epoch's starting point). */
function stampAll(state: SavedAssessment): Record<string, number> {
  const time = tick();
  const stamps: Record<string, number> = {};
  for (const field of ['answers', 'context', 'reflections', 'choices'] as const)
    for (const key of Object.keys(state[field])) stamps[`${field}.${key}`] = time;
  for (const field of ['name', 'step', 'completedAt'] as const) stamps[field] = time;
  return stamps;
}

const mirror = createTolerantStorage<SavedAssessment>(SAVED_VERSION, { quiet: true });

/** The participant's own assessment, set aside while an unsaved run (a facilitator's trial) is on. */
let setAside: SavedAssessment | null = null;

/** Whether an unsaved run is on: nothing is written to the browser, and other tabs' changes wait. */
export function isUnsavedRun(): boolean {
  return setAside !== null;
}

/**
 * Starts an unsaved run: the assessment in progress is set aside (it stays as saved, in this browser and in
 * other tabs) and an empty one takes its place, of which nothing is ever written.
 */
export function beginUnsavedRun(): void {
  if (setAside !== null) return;
  setAside = savedPart(useAssessment.getState());
  useAssessment.setState({ ...EMPTY_ASSESSMENT, epoch: tick() });
}

/** Ends an unsaved run: its answers are dropped and the assessment set aside comes back, with what other tabs added. */
export function endUnsavedRun(): void {
  if (setAside === null) return;
  useAssessment.setState(setAside);
  setAside = null;
  if (durable) void durable.then((module) => module.pull());
}

let durable: Promise<typeof Durable> | null = null;
/** The durable store's code, loaded on first use (it stays out of the first screen's bundle). */
export function loadDurable(): Promise<typeof Durable> {
  durable ??= import('./durable-sync').then((module) => {
    module.connectAssessment({
      read: () => savedPart(useAssessment.getState()),
      replace: (state) => {
        if (setAside === null) useAssessment.setState(state);
      },
    });
    return module;
  });
  return durable;
}

/**
 * Starts the durable copy (after the first paint): merges what IndexedDB holds into the assessment restored
 * from localStorage, moves an earlier version's copy into IndexedDB, and keeps tabs in step.
 */
export function startDurableSync(): Promise<void> {
  return loadDurable()
    .then((module) => module.startAssessmentSync())
    .catch(() => {
      // The durable store's code could not load: the mirror is all there is, and the screens go on with it.
      useSyncStatus.setState({ restored: true });
    });
}

/** localStorage restores synchronously; every write also goes to IndexedDB (see `durable-sync.ts`). */
const storage: PersistStorage<SavedAssessment> = {
  getItem: (name) => mirror.getItem(name),
  setItem: (name, value) => {
    if (setAside !== null) return;
    const mirrored = mirror.setItem(name, value);
    const save = () => void loadDurable().then((module) => module.saveAssessment(value.state, mirrored));
    // A write while the page starts (a migrated saved state) fetches the durable store's code in the next
    // task, so the first question does not wait for it; the mirror already holds the change. Writes are
    // merged per entry by their change times, so the order they reach IndexedDB in does not matter.
    if (durable) save();
    else setTimeout(save, 0);
  },
  removeItem: (name) => mirror.removeItem(name),
};

/**
 * Picks the saved fields out of the store: everything but the actions, fields this version does not know
 * included (a newer version's data survives a round trip through this one).
 */
export function savedPart(state: SavedAssessment): SavedAssessment {
  return Object.fromEntries(
    Object.entries(state).filter(([, value]) => typeof value !== 'function'),
  ) as unknown as SavedAssessment;
}

export const useAssessment = create<AssessmentState>()(
  persist<AssessmentState, [], [], SavedAssessment>(
    (set) => ({
      ...EMPTY_ASSESSMENT,
      start: (bank) =>
        set((state) => {
          const next = {
            ...EMPTY_ASSESSMENT,
            context: state.context,
            name: state.name,
            bank,
            startedAt: now(),
            updatedAt: now(),
          };
          return { ...next, epoch: tick(), stamps: stampAll(next) };
        }),
      answer: (itemId, value) =>
        set((state) => ({
          answers: { ...state.answers, [itemId]: value },
          stamps: stamped(state, `answers.${itemId}`),
          updatedAt: now(),
        })),
      setContext: (questionId, optionId) =>
        set((state) => ({
          context:
            optionId === null
              ? without(state.context, questionId)
              : { ...state.context, [questionId]: optionId },
          stamps: stamped(state, `context.${questionId}`),
          updatedAt: now(),
        })),
      setReflection: (promptId, value) =>
        set((state) => ({
          reflections:
            value === null || value === ''
              ? without(state.reflections, promptId)
              : { ...state.reflections, [promptId]: value },
          stamps: stamped(state, `reflections.${promptId}`),
          updatedAt: now(),
        })),
      setChoice: (situationId, roles) =>
        set((state) => ({
          choices:
            roles.length === 0
              ? without(state.choices, situationId)
              : { ...state.choices, [situationId]: [...roles] },
          stamps: stamped(state, `choices.${situationId}`),
          updatedAt: now(),
        })),
      setName: (name) =>
        set((state) => ({ name: name.slice(0, 200), stamps: stamped(state, 'name'), updatedAt: now() })),
      goToStep: (step) =>
        set((state) => ({
          step: Math.max(0, Math.floor(step)),
          stamps: stamped(state, 'step'),
          updatedAt: now(),
        })),
      complete: () =>
        set((state) => ({
          completedAt: state.completedAt ?? now(),
          stamps: stamped(state, 'completedAt'),
          updatedAt: now(),
        })),
      reset: () => set({ ...EMPTY_ASSESSMENT, epoch: tick() }),
      rebase: (changes) =>
        set((state) => {
          const next = { ...savedPart(state), ...changes, updatedAt: now() };
          return { ...next, epoch: tick(), stamps: stampAll(next) };
        }),
    }),
    {
      name: ASSESSMENT_KEY,
      version: SAVED_VERSION,
      storage,
      partialize: savedPart,
      migrate: (persisted, version) => (migrate(persisted, version) ?? {}) as unknown as AssessmentState,
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) return current;
        const { state, dropped } = sanitize(persisted);
        if (dropped.length > 0) {
          const raw = mirror.lastRaw();
          useStorageNotices.getState().add({
            kind: 'repaired',
            keptAs: raw === null ? null : keepAside(ASSESSMENT_KEY, raw),
            dropped: dropped.length,
          });
        }
        return { ...current, ...state };
      },
    },
  ),
);

/**
 * Starts afresh while keeping a copy of the current assessment aside in the browser (reported as a
 * notice), for when the saved assessment cannot be continued, e.g. its bank is no longer available.
 */
export function keepAsideAndReset(): void {
  const keptAs = keepAside(
    ASSESSMENT_KEY,
    JSON.stringify({ state: savedPart(useAssessment.getState()), version: SAVED_VERSION }),
  );
  useAssessment.getState().reset();
  useStorageNotices.getState().add({ kind: 'kept', keptAs });
}

/**
 * Deletes everything this app stored in the browser (IndexedDB and localStorage) and resets the assessment.
 * What stays is an empty assessment of a new epoch, so a tab still open on the old one cannot bring it back.
 */
export function deleteAllData(): void {
  useAssessment.getState().reset();
  removeAllWithPrefix(STORAGE_PREFIX);
  void loadDurable().then((module) => module.clearDurable());
  useStorageNotices.setState({ notices: [{ kind: 'deleted' }] });
}
