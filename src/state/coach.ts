/**
 * The coach's workspace, kept apart from the participant's assessment: the result files opened (as their
 * text, re-read on every use), the coach's notes per result, and which result(s) are shown or compared.
 * Persisted in this browser so a reload keeps it; nothing is uploaded.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { readResultValue, type ResultFile, resultDate } from '../domain/result-file';
import { createTolerantStorage } from './tolerant-storage';

export interface StoredResult {
  /** Identifies a result: bank, completion time and name. */
  readonly key: string;
  readonly result: ResultFile;
  readonly addedAt: string;
}

interface CoachState {
  readonly results: readonly StoredResult[];
  readonly notes: Readonly<Record<string, string>>;
  /** The result shown, or two results compared (earlier first once ordered). */
  readonly selected: readonly string[];
  /** Adds a result (replacing one with the same key) and shows it. */
  readonly add: (result: ResultFile) => string;
  readonly remove: (key: string) => void;
  readonly select: (keys: readonly string[]) => void;
  readonly setNotes: (key: string, notes: string) => void;
  /** Forgets every result and note. */
  readonly clear: () => void;
}

/** The key of a result: bank id and version, completion time and name. */
export function resultKey(result: ResultFile): string {
  return `${result.bank.id}@${result.bank.version}|${resultDate(result)}|${result.name ?? ''}`;
}

export const COACH_KEY = 'nla:coach';

function isStoredResult(value: unknown): value is StoredResult {
  if (value === null || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.key === 'string' &&
    typeof entry.addedAt === 'string' &&
    entry.result !== null &&
    typeof entry.result === 'object'
  );
}

export const useCoach = create<CoachState>()(
  persist<CoachState, [], [], Pick<CoachState, 'results' | 'notes' | 'selected'>>(
    (set) => ({
      results: [],
      notes: {},
      selected: [],
      add: (result) => {
        const key = resultKey(result);
        set((state) => ({
          results: [
            ...state.results.filter((r) => r.key !== key),
            { key, result, addedAt: new Date().toISOString() },
          ],
          notes:
            result.coachNotes !== undefined && state.notes[key] === undefined
              ? { ...state.notes, [key]: result.coachNotes }
              : state.notes,
          selected: [key],
        }));
        return key;
      },
      remove: (key) =>
        set((state) => ({
          results: state.results.filter((r) => r.key !== key),
          notes: Object.fromEntries(Object.entries(state.notes).filter(([k]) => k !== key)),
          selected: state.selected.filter((k) => k !== key),
        })),
      select: (keys) => set({ selected: [...keys] }),
      setNotes: (key, notes) =>
        set((state) => ({ notes: { ...state.notes, [key]: notes.slice(0, 100_000) } })),
      clear: () => set({ results: [], notes: {}, selected: [] }),
    }),
    {
      name: COACH_KEY,
      version: 1,
      storage: createTolerantStorage(1),
      partialize: ({ results, notes, selected }) => ({ results, notes, selected }),
      merge: (persisted, current) => {
        const saved = (persisted ?? {}) as Partial<Record<'results' | 'notes' | 'selected', unknown>>;
        // Read again like a file (storage can be edited): only results that still read, their texts cleaned.
        const results = (Array.isArray(saved.results) ? saved.results.filter(isStoredResult) : []).flatMap(
          (stored) => {
            const reading = readResultValue(stored.result);
            return reading.ok ? [{ ...stored, result: reading.result }] : [];
          },
        );
        const notes =
          saved.notes !== null && typeof saved.notes === 'object'
            ? Object.fromEntries(
                Object.entries(saved.notes).filter(([, v]) => typeof v === 'string') as [string, string][],
              )
            : {};
        const selected = Array.isArray(saved.selected)
          ? saved.selected.filter((k): k is string => typeof k === 'string')
          : [];
        return { ...current, results, notes, selected };
      },
    },
  ),
);
