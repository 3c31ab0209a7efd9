/**
 * JSON values as deflated canonical JSON, and back with limits: the inflated size is capped while
 * inflating (no zip bombs), the text must be valid UTF-8 JSON, and reserved keys (`__proto__`) are refused.
 */
import { deflateSync } from 'fflate';
import { canonicalJson } from '../domain/bank/hash';
import { inflateLimited } from '../domain/inflate';
import { findReservedKeys } from '../domain/problems';
import { utf8Bytes, utf8Text } from './encoding';

/**
 * A value's canonical JSON (sorted keys, no whitespace), deflated. Throws a RangeError when the JSON is
 * longer than `limit` bytes, so nothing is written that {@link inflateJson} with the same limit refuses.
 */
export function deflateJson(value: unknown, limit: number): Uint8Array<ArrayBuffer> {
  const json = utf8Bytes(canonicalJson(value));
  if (json.length > limit) throw new RangeError(`JSON of ${json.length} bytes is over the ${limit} limit`);
  return deflateSync(json, { level: 9 });
}

/** What deflated JSON holds, or why it cannot be read. */
export type InflatedJson =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: 'too-large' | 'malformed' };

/** Reads deflated UTF-8 JSON of at most `limit` inflated bytes, without reserved keys. Never throws. */
export function inflateJson(data: Uint8Array, limit: number): InflatedJson {
  const inflated = inflateLimited(data, limit);
  if (inflated === 'too-large') return { ok: false, reason: 'too-large' };
  const text = inflated === null ? null : utf8Text(inflated);
  if (text === null) return { ok: false, reason: 'malformed' };
  try {
    const value: unknown = JSON.parse(text);
    return findReservedKeys(value).length === 0 ? { ok: true, value } : { ok: false, reason: 'malformed' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
