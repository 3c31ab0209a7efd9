/**
 * The file form of an encrypted response, for raters who send a file rather than a link: a tiny JSON
 * `{ "format": "nla-360-response", "formatVersion": 1, "token": "v1.…" }`. The token is the same as in
 * the link, so a response imported once as a link and once as a file has one response id.
 */
import { MAX_RESPONSE_CHARS, parseToken, type TokenSyntaxRefusal } from './response';

/** The `format` name every response file carries. */
export const RESPONSE_FILE_FORMAT = 'nla-360-response';
/** The response-file format version this app writes and reads. */
export const RESPONSE_FILE_FORMAT_VERSION = 1;
/** Longest response file accepted, in characters: a token at its limit and room for the JSON around it. */
export const MAX_RESPONSE_FILE_CHARS = MAX_RESPONSE_CHARS + 1_000;

/** A response token as the text of a response file (pretty JSON, ending in a newline). */
export function responseFileText(token: string): string {
  const file = { format: RESPONSE_FILE_FORMAT, formatVersion: RESPONSE_FILE_FORMAT_VERSION, token };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Why a text was refused as a response file: `too-large` (over {@link MAX_RESPONSE_FILE_CHARS}, or its
 * token over the token limit), `not-response-file` (not JSON, or no `format` of a response file),
 * `newer-format` (the file's or the token's version is newer), `malformed` (the right format, but the
 * fields or the token's syntax are wrong).
 */
export type ResponseFileRefusal = TokenSyntaxRefusal | 'not-response-file';

export type ResponseFileReading =
  | { readonly ok: true; readonly token: string }
  | { readonly ok: false; readonly reason: ResponseFileRefusal };

/**
 * Reads a response file's token, checking its syntax (not its cryptography: that is `openResponse`'s).
 * Never throws.
 */
export function readResponseFile(text: string): ResponseFileReading {
  if (typeof text !== 'string') return { ok: false, reason: 'not-response-file' };
  if (text.length > MAX_RESPONSE_FILE_CHARS) return { ok: false, reason: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, reason: 'not-response-file' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, reason: 'not-response-file' };
  const record = value as Record<string, unknown>;
  if (record.format !== RESPONSE_FILE_FORMAT) return { ok: false, reason: 'not-response-file' };
  const { formatVersion, token } = record;
  if (typeof formatVersion === 'number' && formatVersion > RESPONSE_FILE_FORMAT_VERSION)
    return { ok: false, reason: 'newer-format' };
  const keys = Object.keys(record).sort().join(',');
  if (
    formatVersion !== RESPONSE_FILE_FORMAT_VERSION ||
    typeof token !== 'string' ||
    keys !== 'format,formatVersion,token'
  )
    return { ok: false, reason: 'malformed' };
  const parsed = parseToken(token);
  return parsed.ok ? { ok: true, token } : parsed;
}
