/**
 * Finding and loading banks: bundled ones from the catalogue, and the banks a facilitator or coach loaded
 * from a file (validated again on every use). The participant's current bank is kept in a store; its
 * reference alone is saved with the assessment.
 */
import { create } from 'zustand';
import { loadBundledBank, refKey, type BankRef } from '../banks/catalogue';
import { indexBank, type BankIndex } from '../domain/bank/model';
import type { Bank } from '../domain/bank/schema';
import type { Problem } from '../domain/problems';
import { useCustomBanks } from './custom-banks';

export type BankStatus =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly ref: BankRef }
  | { readonly status: 'ready'; readonly ref: BankRef; readonly bank: Bank; readonly index: BankIndex }
  | { readonly status: 'missing'; readonly ref: BankRef }
  | {
      readonly status: 'failed';
      readonly ref: BankRef;
      readonly message: string;
      readonly problem?: Problem;
    };

/** Finds a bank: the one being tried out, bundled ones, then the banks loaded from files. Never throws. */
export async function resolveBank(ref: BankRef): Promise<BankStatus> {
  const trial = useBank.getState().trial;
  if (trial !== null && refKey(trial.bank) === refKey(ref))
    return { status: 'ready', ref, bank: trial.bank, index: trial };
  try {
    const bundled = loadBundledBank(ref);
    if (bundled) {
      const bank = await bundled;
      return { status: 'ready', ref, bank, index: indexBank(bank) };
    }
    const stored = useCustomBanks.getState().banks.find((entry) => entry.key === refKey(ref));
    if (!stored) return { status: 'missing', ref };
    const { validateBankFile } = await import('./bank-file');
    const checked = await validateBankFile(stored.text);
    if (!checked.ok) {
      const problem = checked.problems[0];
      return {
        status: 'failed',
        ref,
        message: problem?.path ?? '',
        ...(problem === undefined ? {} : { problem }),
      };
    }
    return { status: 'ready', ref, bank: checked.bank, index: indexBank(checked.bank) };
  } catch (error) {
    return { status: 'failed', ref, message: error instanceof Error ? error.message : String(error) };
  }
}

interface BankState {
  readonly current: BankStatus;
  /** A bank a facilitator is trying out as a participant (not kept among this browser's banks). */
  readonly trial: BankIndex | null;
  /** Loads the participant's bank (once per reference; repeated calls for the same bank do nothing). */
  readonly load: (ref: BankRef) => Promise<void>;
}

let latestRequest = 0;

export const useBank = create<BankState>()((set, get) => ({
  current: { status: 'idle' },
  trial: null,
  load: async (ref) => {
    const current = get().current;
    if (current.status !== 'idle' && current.status !== 'failed' && refKey(current.ref) === refKey(ref))
      return;
    const request = (latestRequest += 1);
    set({ current: { status: 'loading', ref } });
    const next = await resolveBank(ref);
    // Only the latest request may set the bank (an earlier one can finish later).
    if (request === latestRequest) set({ current: next });
  },
}));
