import { useEffect, useState } from 'react';
import { bankHash } from '../domain/bank/hash';
import type { BankIndex } from '../domain/bank/model';
import type { Problem } from '../domain/problems';
import { checkResultForBank } from '../domain/result-check';
import type { ResultFile } from '../domain/result-file';
import { resolveBank } from './bank';
import { useCustomBanks } from './custom-banks';

export type ResultBank =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | { readonly status: 'failed'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly index: BankIndex;
      readonly sameContent: boolean;
      /** What in the result does not fit its bank (answers off the scale, unknown items…); empty when all fits. */
      readonly problems: readonly Problem[];
    };

/**
 * The bank a result file was made with: bundled, or loaded from a file earlier; and whether its content is
 * exactly the one the result names (same SHA-256). Re-resolved when banks are added.
 */
export function useResultBank(result: ResultFile | null): ResultBank {
  const customBanks = useCustomBanks((state) => state.banks);
  // The answer is kept with the result (and banks) it was found for; anything else is still loading.
  const [found, setFound] = useState<{ readonly for: unknown; readonly bank: ResultBank } | null>(null);
  useEffect(() => {
    if (!result) return;
    const request = { live: true };
    const done = (bank: ResultBank) => {
      if (request.live) setFound({ for: result, bank });
    };
    void (async () => {
      const status = await resolveBank({ id: result.bank.id, version: result.bank.version });
      if (status.status === 'missing') done({ status: 'missing' });
      else if (status.status === 'failed') done({ status: 'failed', message: status.message });
      else if (status.status === 'ready')
        done({
          status: 'ready',
          index: status.index,
          sameContent: (await bankHash(status.bank).catch(() => result.bank.sha256)) === result.bank.sha256,
          problems: checkResultForBank(status.index, result),
        });
    })();
    return () => {
      request.live = false;
    };
  }, [result, customBanks]);
  return found !== null && found.for === result ? found.bank : { status: 'loading' };
}
