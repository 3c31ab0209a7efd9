/**
 * Checking a bank file a person chose (or one kept in this browser): in a worker, so the page never freezes.
 * Loaded with the views that need it, not with the first screen.
 */
import type { Bank } from '../domain/bank/schema';
import type { CheckStage } from '../domain/bank/validate';
import type { Problem } from '../domain/problems';
import type { CheckReply, CheckRequest } from './validate-messages';

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
