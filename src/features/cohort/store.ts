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
  /** Reads a new set of files, letting the previous one go. */
  readonly open: (files: readonly File[]) => Promise<void>;
  readonly choose: (key: string) => void;
}

export const useCohort = create<CohortState>()((set, get) => ({
  stage: { kind: 'empty' },
  chosen: null,
  open: async (files) => {
    const previous = get().stage;
    if (previous.kind === 'read') previous.session.close();
    set({ stage: { kind: 'reading', done: 0, total: files.length }, chosen: null });
    try {
      const session = await openCohort(files, (done, total) =>
        set({ stage: { kind: 'reading', done, total } }),
      );
      set({ stage: { kind: 'read', session }, chosen: session.summary.groups[0]?.key ?? null });
    } catch (error) {
      set({ stage: { kind: 'failed', message: error instanceof Error ? error.message : String(error) } });
    }
  },
  choose: (key) => set({ chosen: key }),
}));
