/**
 * base64url (RFC 4648 §5) without padding: the URL-safe text form of bytes that share links, invitations
 * and encrypted responses travel in.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as unpadded base64url. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63] ?? '';
    out += ALPHABET[(n >> 12) & 63] ?? '';
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63] ?? '';
    if (i + 2 < bytes.length) out += ALPHABET[n & 63] ?? '';
  }
  return out;
}

/**
 * The bytes of an unpadded base64url text; `null` when it has other characters or an impossible length.
 * Lenient about the unused low bits of the last character (see `src/crypto/encoding.ts` for a strict form).
 */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of text) {
    value = (value << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at] = (value >> bits) & 0xff;
      at += 1;
    }
  }
  return bytes.subarray(0, at);
}
