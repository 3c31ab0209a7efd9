/**
 * Bank links: a whole question bank compressed into the URL fragment (`#b=…`), which browsers never send to
 * a server, so a facilitator's own bank reaches participants on any device without a server. Decoding is
 * defensive (a size limit on the link and on what it inflates to); the text it yields is then checked like
 * any bank file. Never throws.
 */
import { deflateSync, strToU8 } from 'fflate';
import { canonicalJson } from './bank/hash';
import type { Bank } from './bank/schema';
import { MAX_BANK_BYTES } from './bank/validate';
import { fromBase64Url, toBase64Url } from './base64url';
import { inflateLimited } from './inflate';
import { isLocalized } from './bank/localized';

/** The fragment key: `#b=<payload>`. */
export const BANK_LINK_KEY = 'b';
/** Longest payload accepted (characters of base64url): a bank file at its size limit compresses well below. */
export const MAX_BANK_LINK_CHARS = 1_000_000;

/** The first line of a packed bank link's text (a plain one is the bank's JSON, starting with `{`). */
const PACKED = '1\n';
/** The key of a placeholder for a text per language in a packed bank's skeleton. */
const TEXT = '$text';

interface Packed {
  /** The bank with every text per language replaced by `{ "$text": n }`. */
  readonly s: unknown;
  /** Per language, text `n` (null where that text has no such language). */
  readonly l: Record<string, (string | null)[]>;
}

/**
 * Packs a bank for a link: the structure, then every text per language grouped by language, so texts in
 * one language sit together (deflate finds more to share: 2.0.0 deflates to 41.8 kB rather than 45.9 kB).
 */
function pack(bank: Bank): string {
  const languages = new Set(bank.languages);
  const texts: Record<string, (string | null)[]> = Object.fromEntries(bank.languages.map((l) => [l, []]));
  let count = 0;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    if (isLocalized(value, languages)) {
      for (const language of bank.languages) texts[language]?.push(value[language] ?? null);
      return { [TEXT]: count++ };
    }
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, strip(entry)]));
  };
  const packed: Packed = { s: strip(bank), l: texts };
  return `${PACKED}${JSON.stringify(packed)}`;
}

/** Rebuilds the bank from a packed link text; `null` when it is not a well-formed packing. */
function unpack(text: string): unknown {
  const packed: unknown = JSON.parse(text.slice(PACKED.length));
  if (packed === null || typeof packed !== 'object' || !('l' in packed) || !('s' in packed)) return null;
  const lists: unknown = packed.l;
  if (lists === null || typeof lists !== 'object') return null;
  const texts = Object.entries(lists as Record<string, unknown>);
  if (!texts.every(([, list]) => Array.isArray(list))) return null;
  const restore = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(restore);
    if (value === null || typeof value !== 'object') return value;
    const keys = Object.keys(value);
    const n = (value as Record<string, unknown>)[TEXT];
    if (keys.length === 1 && typeof n === 'number') {
      const entries = texts.flatMap(([language, list]) => {
        const entry: unknown = (list as unknown[])[n];
        return typeof entry === 'string' ? [[language, entry] as const] : [];
      });
      return Object.fromEntries(entries);
    }
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, restore(entry)]));
  };
  return restore(packed.s);
}

/**
 * The bank-link payload of a bank: the bank packed by language (or its canonical JSON, should packing not
 * give back the very same bank), deflated, in base64url.
 */
export function encodeBankLink(bank: Bank): string {
  const plain = canonicalJson(bank);
  const packed = pack(bank);
  const text = canonicalJson(unpack(packed)) === plain ? packed : plain;
  return toBase64Url(deflateSync(strToU8(text), { level: 9 }));
}

function keepLanguage(value: unknown, language: string, languages: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((entry) => keepLanguage(entry, language, languages));
  if (value === null || typeof value !== 'object') return value;
  if (isLocalized(value, languages)) return language in value ? { [language]: value[language] } : value;
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [key, keepLanguage(entry, language, languages)]),
  );
}

/**
 * The bank in one of its languages only (every text per language keeps that language), for a shorter link.
 * A different bank file than the original: its fingerprint differs, so results made with it are scored
 * with this version (the link or its file).
 */
export function bankInLanguage(bank: Bank, language: string): Bank {
  const languages = new Set(bank.languages);
  const kept = keepLanguage(bank, language, languages) as Bank;
  return { ...kept, languages: [language] };
}

/** The payload of `#b=…` in a URL hash (with or without the leading `#`); `null` when there is none. */
export function bankLinkPayload(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(BANK_LINK_KEY);
}

/** Why a bank link cannot be read, or the bank file text it carries (still to be validated). */
export type BankLinkReading =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'empty' | 'damaged' | 'too-large' };

/**
 * Reads a bank-link payload into the bank file text it carries: `damaged` when it is not base64url deflate
 * data of UTF-8 text (a truncated or altered link), `too-large` past the size limits. Never throws.
 */
export function decodeBankLink(payload: string): BankLinkReading {
  if (payload.length === 0) return { ok: false, reason: 'empty' };
  if (payload.length > MAX_BANK_LINK_CHARS) return { ok: false, reason: 'too-large' };
  const bytes = fromBase64Url(payload);
  if (!bytes) return { ok: false, reason: 'damaged' };
  const inflated = inflateLimited(bytes, MAX_BANK_BYTES);
  if (inflated === 'too-large') return { ok: false, reason: 'too-large' };
  if (inflated === null) return { ok: false, reason: 'damaged' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
    if (!text.startsWith(PACKED)) return { ok: true, text };
    const bank = unpack(text);
    return bank === null ? { ok: false, reason: 'damaged' } : { ok: true, text: JSON.stringify(bank) };
  } catch {
    // Not UTF-8, not JSON, or nested too deeply to rebuild.
    return { ok: false, reason: 'damaged' };
  }
}

/** The participant link that carries `bank` itself: `<origin><base>#b=<payload>`. */
export function bankLinkUrl(originAndBase: string, bank: Bank): string {
  return `${originAndBase}#${BANK_LINK_KEY}=${encodeBankLink(bank)}`;
}
