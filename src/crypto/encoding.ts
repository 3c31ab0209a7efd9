/**
 * Byte helpers for the crypto envelope: strict base64url, UTF-8, hex and random bytes. Nothing here throws
 * on hostile input; decoders return `null` instead.
 */
import { fromBase64Url, toBase64Url } from '../domain/base64url';

export { toBase64Url };

/**
 * The bytes of a base64url text, strictly: only the canonical (unpadded, unused bits zero) spelling of
 * some bytes is accepted, so one byte string has exactly one text. With `length`, also exactly that many
 * bytes. `null` otherwise.
 */
export function bytesFromBase64Url(text: string, length?: number): Uint8Array<ArrayBuffer> | null {
  if (typeof text !== 'string') return null;
  if (length !== undefined && text.length !== Math.ceil((length * 4) / 3)) return null;
  const bytes = fromBase64Url(text);
  if (bytes === null || toBase64Url(bytes) !== text) return null;
  return length === undefined || bytes.length === length ? bytes : null;
}

/** The UTF-8 bytes of a text. */
export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/** The text of UTF-8 bytes; `null` when they are not valid UTF-8 (never replaced silently). */
export function utf8Text(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Lower-case hex of bytes. */
export function hexOf(bytes: ArrayBuffer | Uint8Array): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `count` bytes from the platform's cryptographic random generator. */
export function randomBytes(count: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(count));
}
