/**
 * The bank the participant's assessment uses, loaded on demand. Not persisted: only its reference is
 * saved with the assessment.
 */
import { create } from 'zustand';
import { indexBank, type BankIndex } from '../domain/bank/model';
import type { Bank } from '../domain/bank/schema';
import { loadBundledBank, refKey, type BankRef } from '../banks/catalogue';

export type BankStatus =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly ref: BankRef }
  | { readonly status: 'ready'; readonly ref: BankRef; readonly bank: Bank; readonly index: BankIndex }
  | { readonly status: 'missing'; readonly ref: BankRef }
  | { readonly status: 'failed'; readonly ref: BankRef; readonly message: string };

interface BankState {
  readonly current: BankStatus;
  /** Loads a bundled bank (once per reference; repeated calls for the same bank do nothing). */
  readonly load: (ref: BankRef) => Promise<void>;
}

export const useBank = create<BankState>()((set, get) => ({
  current: { status: 'idle' },
  load: async (ref) => {
    const current = get().current;
    if (current.status !== 'idle' && current.status !== 'failed' && refKey(current.ref) === refKey(ref))
      return;
    const loading = loadBundledBank(ref);
    if (!loading) {
      set({ current: { status: 'missing', ref } });
      return;
    }
    set({ current: { status: 'loading', ref } });
    try {
      const bank = await loading;
      set({ current: { status: 'ready', ref, bank, index: indexBank(bank) } });
    } catch (error) {
      set({
        current: { status: 'failed', ref, message: error instanceof Error ? error.message : String(error) },
      });
    }
  },
}));
