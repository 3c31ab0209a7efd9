/**
 * Banks a facilitator or coach loaded from a file, kept in this browser (localStorage) so a reload keeps
 * them. Stored as the file's text and validated again whenever one is used. Nothing is uploaded.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createTolerantStorage } from './tolerant-storage';

export interface StoredBank {
  /** `id@version`. */
  readonly key: string;
  readonly title: string;
  readonly text: string;
  readonly addedAt: string;
}

interface CustomBanksState {
  readonly banks: readonly StoredBank[];
  /** Adds (or replaces) a bank by its `id@version`. */
  readonly add: (bank: StoredBank) => void;
  readonly remove: (key: string) => void;
}

function isStoredBank(value: unknown): value is StoredBank {
  if (value === null || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.key === 'string' &&
    typeof entry.title === 'string' &&
    typeof entry.text === 'string' &&
    typeof entry.addedAt === 'string'
  );
}

export const CUSTOM_BANKS_KEY = 'nla:banks';

export const useCustomBanks = create<CustomBanksState>()(
  persist<CustomBanksState, [], [], { banks: readonly StoredBank[] }>(
    (set) => ({
      banks: [],
      add: (bank) => set((state) => ({ banks: [...state.banks.filter((b) => b.key !== bank.key), bank] })),
      remove: (key) => set((state) => ({ banks: state.banks.filter((b) => b.key !== key) })),
    }),
    {
      name: CUSTOM_BANKS_KEY,
      version: 1,
      storage: createTolerantStorage(1),
      partialize: ({ banks }) => ({ banks }),
      merge: (persisted, current) => {
        const banks = (persisted as { banks?: unknown } | undefined)?.banks;
        return { ...current, banks: Array.isArray(banks) ? banks.filter(isStoredBank) : [] };
      },
    },
  ),
);
