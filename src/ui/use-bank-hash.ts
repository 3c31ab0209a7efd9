import { useEffect, useState } from 'react';
import { bankHash } from '../domain/bank/hash';
import type { Bank } from '../domain/bank/schema';

const hashes = new WeakMap<Bank, Promise<string>>();

/** The bank's SHA-256 fingerprint, computed once per bank; '' until it is known (or without Web Crypto). */
export function useBankHash(bank: Bank): string {
  const [hash, setHash] = useState('');
  useEffect(() => {
    let live = true;
    let pending = hashes.get(bank);
    if (!pending) {
      pending = bankHash(bank).catch(() => '');
      hashes.set(bank, pending);
    }
    void pending.then((value) => {
      if (live) setHash(value);
    });
    return () => {
      live = false;
    };
  }, [bank]);
  return hash;
}
