/**
 * The identity of a bank's content: SHA-256 of its canonical JSON. Result files carry it, so a coach can
 * tell whether a result was made with exactly the bank at hand.
 */

/**
 * Canonical JSON: object keys sorted (by UTF-16 code units), no whitespace, arrays in order. The same
 * content always gives the same text, whatever the key order or formatting of the file it came from.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((entry: unknown) => canonicalJson(entry)).join(',')}]`;
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/** Lower-case hex SHA-256 of a text (UTF-8), with the platform's Web Crypto (browsers and Node 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The bank's content hash: SHA-256 of its canonical JSON, 64 hex characters. */
export function bankHash(bank: unknown): Promise<string> {
  return sha256Hex(canonicalJson(bank));
}
