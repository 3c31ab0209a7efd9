/**
 * What became of a bank link (`#b=…`) the page was opened with: being checked, refused (and why), or opened
 * (the bank is then one of this browser's banks, pinned by `?bank=`). Tiny, in the first screen; the code that
 * reads a link loads only when there is one (`bank-link-open.ts`).
 */
import { create } from 'zustand';
import type { Problem } from '../domain/problems';

export type BankLinkRefusal = 'empty' | 'damaged' | 'too-large' | 'invalid' | 'built-in-clash';

export type BankLinkStatus =
  | { readonly status: 'none' }
  | { readonly status: 'checking' }
  | {
      readonly status: 'refused';
      readonly reason: BankLinkRefusal;
      /** Where the bank came from: a link, or a file the participant chose. */
      readonly source: 'link' | 'file';
      /** The bank's problems, for `invalid`. */
      readonly problems: readonly Problem[];
    }
  | { readonly status: 'opened'; readonly key: string };

export const useBankLink = create<BankLinkStatus>()(() => ({ status: 'none' }));

/**
 * Whether a URL hash carries a bank link (`b`, the domain's BANK_LINK_KEY, written here so the first screen
 * does not load the link reader and its deflate code to find out).
 */
export function hasBankLink(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).has('b');
}
