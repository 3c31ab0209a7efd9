/**
 * Finding and loading banks: bundled ones from the catalogue, and the banks a facilitator or coach loaded
 * from a file (validated again on every use). The participant's current bank is kept in a store; its
 * reference alone is saved with the assessment.
 */
import { create } from 'zustand';
import { loadBundledBank, refKey, type BankRef } from '../banks/catalogue';
import { indexBank, type BankIndex } from '../domain/bank/model';
import type { Bank } from '../domain/bank/schema';
import type { CheckStage } from '../domain/bank/validate';
import type { Problem } from '../domain/problems';
import type { CheckReply, CheckRequest } from './validate-messages';
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

/** What checking a bank file gives: the bank and its text, or every problem found. */
export type BankFileCheck =
  | { readonly ok: true; readonly bank: Bank; readonly text: string }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Longest a check may take before the worker is stopped and the file reported as not checkable. */
const CHECK_TIMEOUT_MS = 30_000;

function checkInWorker(
  source: string | Uint8Array,
  onStage: (stage: CheckStage) => void,
): Promise<BankFileCheck> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
    const finish = (outcome: BankFileCheck) => {
      window.clearTimeout(timer);
      worker.terminate();
      resolve(outcome);
    };
    const unchecked = (detail: string): BankFileCheck => ({
      ok: false,
      problems: [{ path: '', code: 'unchecked', values: { detail: detail.slice(0, 120) } }],
    });
    const timer = window.setTimeout(
      () => finish(unchecked(`> ${String(CHECK_TIMEOUT_MS / 1000)} s`)),
      CHECK_TIMEOUT_MS,
    );
    worker.onerror = (event) => finish(unchecked(event.message));
    worker.onmessage = (event: MessageEvent<CheckReply>) => {
      const reply = event.data;
      if (reply.type === 'stage') onStage(reply.stage);
      else if (reply.type === 'failed') finish(unchecked(reply.message));
      else
        finish(
          reply.result.ok
            ? { ok: true, bank: reply.result.bank, text: reply.text }
            : { ok: false, problems: reply.result.problems },
        );
    };
    worker.postMessage({ source } satisfies CheckRequest);
  });
}

/**
 * Validates a bank file in the browser, from its bytes (a file a person chose: it must be UTF-8 text) or
 * from text already read. In a worker, so the page never freezes, with each step told to `onStage`; in the
 * page where there are no workers (tests). The validator loads on first use.
 */
export async function validateBankFile(
  source: string | Uint8Array,
  onStage: (stage: CheckStage) => void = () => undefined,
): Promise<BankFileCheck> {
  if (typeof Worker !== 'undefined') return checkInWorker(source, onStage);
  const { validateBankText } = await import('../domain/bank/validate');
  const { decodeTextFile } = await import('../domain/text-file');
  onStage('decoding');
  const decoded = typeof source === 'string' ? { ok: true as const, text: source } : decodeTextFile(source);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const result = validateBankText(decoded.text, { onStage });
  return result.ok
    ? { ok: true, bank: result.bank, text: decoded.text }
    : { ok: false, problems: result.problems };
}

/** Finds a bank: bundled first, then the banks loaded from files. Never throws. */
export async function resolveBank(ref: BankRef): Promise<BankStatus> {
  try {
    const bundled = loadBundledBank(ref);
    if (bundled) {
      const bank = await bundled;
      return { status: 'ready', ref, bank, index: indexBank(bank) };
    }
    const stored = useCustomBanks.getState().banks.find((entry) => entry.key === refKey(ref));
    if (!stored) return { status: 'missing', ref };
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
  /** Loads the participant's bank (once per reference; repeated calls for the same bank do nothing). */
  readonly load: (ref: BankRef) => Promise<void>;
}

let latestRequest = 0;

export const useBank = create<BankState>()((set, get) => ({
  current: { status: 'idle' },
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
