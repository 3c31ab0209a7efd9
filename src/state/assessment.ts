/**
 * The assessment in progress: one zustand store, persisted to localStorage on every change. Scores are
 * not stored; they are derived from the answers and the bank (see `derived.ts`).
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { useStorageNotices } from './notices';
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
}

export type AssessmentState = SavedAssessment & AssessmentActions;

const now = () => new Date().toISOString();

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

const storage = createTolerantStorage<SavedAssessment>(SAVED_VERSION);

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
        set((state) => ({
          ...EMPTY_ASSESSMENT,
          context: state.context,
          name: state.name,
          bank,
          startedAt: now(),
          updatedAt: now(),
        })),
      answer: (itemId, value) =>
        set((state) => ({ answers: { ...state.answers, [itemId]: value }, updatedAt: now() })),
      setContext: (questionId, optionId) =>
        set((state) => ({
          context:
            optionId === null
              ? without(state.context, questionId)
              : { ...state.context, [questionId]: optionId },
          updatedAt: now(),
        })),
      setReflection: (promptId, value) =>
        set((state) => ({
          reflections:
            value === null || value === ''
              ? without(state.reflections, promptId)
              : { ...state.reflections, [promptId]: value },
          updatedAt: now(),
        })),
      setChoice: (situationId, roles) =>
        set((state) => ({
          choices:
            roles.length === 0
              ? without(state.choices, situationId)
              : { ...state.choices, [situationId]: [...roles] },
          updatedAt: now(),
        })),
      setName: (name) => set({ name: name.slice(0, 200), updatedAt: now() }),
      goToStep: (step) => set({ step: Math.max(0, Math.floor(step)), updatedAt: now() }),
      complete: () => set((state) => ({ completedAt: state.completedAt ?? now(), updatedAt: now() })),
      reset: () => set({ ...EMPTY_ASSESSMENT }),
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
          const raw = storage.lastRaw();
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

/** Deletes everything this app stored in the browser and resets the assessment. */
export function deleteAllData(): void {
  useAssessment.getState().reset();
  removeAllWithPrefix(STORAGE_PREFIX);
  useStorageNotices.setState({ notices: [{ kind: 'deleted' }] });
}
