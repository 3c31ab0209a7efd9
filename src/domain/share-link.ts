/**
 * Share links: a result file compressed into the URL fragment (`#r=…`), which browsers never send to a
 * server. Decoding is defensive: a size limit on the link and on what it inflates to (no zip bombs), and
 * the same checks as for a result file. Never throws.
 */
import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { canonicalJson } from './bank/hash';
import { inflateLimited } from './inflate';
import { fromBase64Url, toBase64Url } from './base64url';
import { readResultText, type ResultFile, type ResultReading } from './result-file';

/** The fragment key: `#r=<payload>`. */
export const SHARE_KEY = 'r';
/** Longest payload accepted (characters of base64url). */
export const MAX_SHARE_CHARS = 200_000;
/** Most bytes a payload may inflate to. */
export const MAX_SHARE_BYTES = 2_000_000;

/** The share-link payload of a result file: its canonical JSON, deflated, in base64url. */
export function encodeShare(result: ResultFile): string {
  return toBase64Url(deflateSync(strToU8(canonicalJson(result)), { level: 9 }));
}

/** Why a share link could not be opened, or the result reading it carries. */
export type ShareReading = ResultReading | { readonly ok: false; readonly reason: 'bad-link' };

/** The payload of `#r=…` in a URL hash (with or without the leading `#`); `null` when there is none. */
export function sharePayload(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_KEY);
}

/** Decodes a share-link payload into a result file, with every check of a result file. Never throws. */
export function decodeShare(payload: string): ShareReading {
  if (payload.length === 0 || payload.length > MAX_SHARE_CHARS) return { ok: false, reason: 'bad-link' };
  const bytes = fromBase64Url(payload);
  if (!bytes) return { ok: false, reason: 'bad-link' };
  const inflated = inflateLimited(bytes, MAX_SHARE_BYTES);
  if (inflated === null || inflated === 'too-large') return { ok: false, reason: 'bad-link' };
  let text: string;
  try {
    text = strFromU8(inflated);
  } catch {
    return { ok: false, reason: 'bad-link' };
  }
  return readResultText(text);
}
