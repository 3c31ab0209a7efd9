/**
 * The coach's workspace, kept apart from the participant's assessment: the result files opened, the coach's
 * notes per result, and which result(s) are shown or compared. Kept in this browser's IndexedDB, each result
 * and each result's notes as a record of its own: typing a note writes that note alone, never the results
 * (which can be megabytes each). A result or note the browser could not keep (storage full or blocked) is
 * listed in `unsaved`, so the coach is told and can download exactly that. Nothing is uploaded.
 */
import { create } from 'zustand';
import { readResultValue, type ResultFile, resultDate } from '../domain/result-file';
import { deletePrefix, readPrefix, writeValues, type WriteOutcome } from './idb';

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
  /** Results whose file or notes this browser could not keep: gone after a reload unless downloaded. */
  readonly unsaved: readonly string[];
  /** Whether what was kept from earlier visits has been read. */
  readonly loaded: boolean;
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

/** Where an earlier version kept the whole workspace, in localStorage (moved on first load). */
export const COACH_KEY = 'nla:coach';
const RESULT = 'coach:result:';
const NOTES = 'coach:notes:';
const SELECTED = 'coach:selected';

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

/** Read again like a file (storage can be edited or damaged): only results that still read, texts cleaned. */
function reread(values: readonly unknown[]): StoredResult[] {
  return values.filter(isStoredResult).flatMap((stored) => {
    const reading = readResultValue(stored.result);
    return reading.ok ? [{ ...stored, result: reading.result }] : [];
  });
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];

/** Marks `key` unsaved or saved after a write, by its outcome. */
function noted(key: string, outcome: WriteOutcome): void {
  useCoach.setState((state) => {
    const has = state.unsaved.includes(key);
    if (outcome === 'failed') return has ? state : { unsaved: [...state.unsaved, key] };
    return has ? { unsaved: state.unsaved.filter((k) => k !== key) } : state;
  });
}

/** Tries again to keep the results not kept yet (after a removal made room). */
function retryUnsaved(): void {
  const { unsaved, results, notes } = useCoach.getState();
  for (const key of unsaved) {
    const stored = results.find((r) => r.key === key);
    if (!stored) continue;
    const text = notes[key];
    void writeValues([
      [RESULT + key, stored],
      ...(text === undefined ? [] : [[NOTES + key, text] as const]),
    ]).then((outcome) => noted(key, outcome));
  }
}

function saveSelected(selected: readonly string[]): void {
  void writeValues([[SELECTED, [...selected]]]);
}

export const useCoach = create<CoachState>()((set, get) => ({
  results: [],
  notes: {},
  selected: [],
  unsaved: [],
  loaded: false,
  add: (result) => {
    const key = resultKey(result);
    const stored = { key, result, addedAt: new Date().toISOString() };
    const carriedNotes = result.coachNotes !== undefined && get().notes[key] === undefined;
    set((state) => ({
      results: [...state.results.filter((r) => r.key !== key), stored],
      notes: carriedNotes ? { ...state.notes, [key]: result.coachNotes ?? '' } : state.notes,
      selected: [key],
    }));
    void writeValues([
      [RESULT + key, stored],
      ...(carriedNotes ? [[NOTES + key, result.coachNotes ?? ''] as const] : []),
      [SELECTED, [key]],
    ]).then((outcome) => noted(key, outcome));
    return key;
  },
  remove: (key) => {
    set((state) => ({
      results: state.results.filter((r) => r.key !== key),
      notes: Object.fromEntries(Object.entries(state.notes).filter(([k]) => k !== key)),
      selected: state.selected.filter((k) => k !== key),
      unsaved: state.unsaved.filter((k) => k !== key),
    }));
    void writeValues([[SELECTED, [...get().selected]]], [RESULT + key, NOTES + key]).then(retryUnsaved);
  },
  select: (keys) => {
    set({ selected: [...keys] });
    saveSelected(keys);
  },
  setNotes: (key, notes) => {
    const text = notes.slice(0, 100_000);
    set((state) => ({ notes: { ...state.notes, [key]: text } }));
    void writeValues([[NOTES + key, text]]).then((outcome) => {
      // A failed note marks its result unsaved; a saved one clears the mark only if the result itself is kept.
      if (outcome === 'failed') noted(key, outcome);
    });
  },
  clear: () => {
    set({ results: [], notes: {}, selected: [], unsaved: [] });
    void deletePrefix('coach:');
  },
}));

/**
 * The named move of a workspace kept by an earlier version (one localStorage entry) into IndexedDB: every
 * result, note and the selection, as records of their own; the old entry is removed only once they are
 * written. Returns whether there was one to move.
 */
export async function moveCoachToIndexedDb(): Promise<boolean> {
  let raw: string | null;
  try {
    raw = localStorage.getItem(COACH_KEY);
  } catch {
    return false;
  }
  if (raw === null) return false;
  let saved: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(raw) as { state?: unknown };
    if (parsed.state !== null && typeof parsed.state === 'object')
      saved = parsed.state as Record<string, unknown>;
  } catch {
    // Unreadable: nothing can be moved; the entry stays where it is.
    return false;
  }
  const results = reread(Array.isArray(saved.results) ? saved.results : []);
  const notes =
    saved.notes !== null && typeof saved.notes === 'object'
      ? Object.entries(saved.notes).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      : [];
  const outcome = await writeValues([
    ...results.map((stored) => [RESULT + stored.key, stored] as const),
    ...notes.map(([key, text]) => [NOTES + key, text] as const),
    [SELECTED, strings(saved.selected)],
  ]);
  if (outcome === 'failed') return false;
  try {
    localStorage.removeItem(COACH_KEY);
  } catch {
    // It stays; moving it again later writes the same records.
  }
  return true;
}

let loading: Promise<void> | null = null;

/**
 * Reads the workspace kept in this browser (after moving an earlier version's), once per page; what the
 * coach opened meanwhile stays on top of it.
 */
export function loadCoachWorkspace(): Promise<void> {
  loading ??= (async () => {
    await moveCoachToIndexedDb();
    const records = await readPrefix('coach:');
    const kept = reread(records.filter(([key]) => key.startsWith(RESULT)).map(([, value]) => value));
    const notes = Object.fromEntries(
      records
        .filter(([key, value]) => key.startsWith(NOTES) && typeof value === 'string')
        .map(([key, value]) => [key.slice(NOTES.length), value as string]),
    );
    const selected = strings(records.find(([key]) => key === SELECTED)?.[1]);
    useCoach.setState((state) => {
      const opened = new Set(state.results.map((r) => r.key));
      const results = [...kept.filter((r) => !opened.has(r.key)), ...state.results].sort((a, b) =>
        a.addedAt.localeCompare(b.addedAt),
      );
      const known = new Set(results.map((r) => r.key));
      return {
        results,
        notes: { ...notes, ...state.notes },
        selected: state.selected.length > 0 ? state.selected : selected.filter((key) => known.has(key)),
        loaded: true,
      };
    });
  })();
  return loading;
}

/** Forgets that the workspace was read (tests that start from an empty browser). */
export function forgetCoachWorkspace(): void {
  loading = null;
}
