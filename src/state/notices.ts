/**
 * Notices about the browser's storage that the participant must hear about: saved data that could not
 * be read (and was kept aside), repaired data, storage that is full, or data deleted on request.
 */
import { create } from 'zustand';

export type StorageNotice =
  | { readonly kind: 'unreadable'; readonly keptAs: string | null }
  | { readonly kind: 'newer'; readonly keptAs: string | null }
  | { readonly kind: 'kept'; readonly keptAs: string | null }
  | { readonly kind: 'repaired'; readonly keptAs: string | null; readonly dropped: number }
  | { readonly kind: 'full' }
  | { readonly kind: 'deleted' };

interface NoticeState {
  readonly notices: readonly StorageNotice[];
  readonly add: (notice: StorageNotice) => void;
  readonly clear: (kind: StorageNotice['kind']) => void;
  readonly dismiss: (notice: StorageNotice) => void;
}

export const useStorageNotices = create<NoticeState>()((set) => ({
  notices: [],
  add: (notice) =>
    set((state) => ({ notices: [...state.notices.filter((n) => n.kind !== notice.kind), notice] })),
  clear: (kind) =>
    set((state) =>
      state.notices.some((n) => n.kind === kind)
        ? { notices: state.notices.filter((n) => n.kind !== kind) }
        : state,
    ),
  dismiss: (notice) => set((state) => ({ notices: state.notices.filter((n) => n !== notice) })),
}));
