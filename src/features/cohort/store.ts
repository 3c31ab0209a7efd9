/**
 * The cohort the facilitator opened, kept in memory only (never in storage: it holds other people's
 * answers), so it is still there after opening one result in the coach view and coming back.
 */
import { create } from 'zustand';
import { openCohort, type CohortSession } from './run';

export type CohortStage =
  | { readonly kind: 'empty' }
  | { readonly kind: 'reading'; readonly done: number; readonly total: number }
  | { readonly kind: 'read'; readonly session: CohortSession }
  | { readonly kind: 'failed'; readonly message: string };

interface CohortState {
  readonly stage: CohortStage;
  /** The group (`id@version`) shown. */
  readonly chosen: string | null;
  /** The files of the cohort on screen (handles to the files on disk, read again when more are added). */
  readonly files: readonly File[];
  /** Reads `files`, added to the cohort on screen (`add`) or instead of it; a file already in counts once. */
  readonly open: (files: readonly File[], add?: boolean) => Promise<void>;
  readonly choose: (key: string) => void;
  /** Forgets the cohort on screen. */
  readonly clear: () => void;
}

export const useCohort = create<CohortState>()((set, get) => ({
  stage: { kind: 'empty' },
  chosen: null,
  files: [],
  open: async (added, add = false) => {
    const { stage: previous, files: before, chosen: shown } = get();
    if (previous.kind === 'read') previous.session.close();
    const files = add ? [...before, ...added] : added;
    set({ stage: { kind: 'reading', done: 0, total: files.length }, chosen: null, files });
    try {
      const session = await openCohort(files, (done, total) =>
        set({ stage: { kind: 'reading', done, total } }),
      );
      const groups = session.summary.groups;
      const chosen = add && groups.some((g) => g.key === shown) ? shown : (groups[0]?.key ?? null);
      set({ stage: { kind: 'read', session }, chosen });
    } catch (error) {
      set({
        stage: { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
        files: [],
      });
    }
  },
  choose: (key) => set({ chosen: key }),
  clear: () => {
    const { stage } = get();
    if (stage.kind === 'read') stage.session.close();
    set({ stage: { kind: 'empty' }, chosen: null, files: [] });
  },
}));
