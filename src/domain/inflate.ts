/** Inflating deflate data with a cap on what it inflates to, so a small link or file can never be a zip bomb. */
import { Inflate } from 'fflate';

/**
 * Inflates at most `limit` bytes: the bytes, `'too-large'` when the data inflates to more (inflation stops at
 * the cap), or `null` when it is not deflate data. Never throws.
 */
export function inflateLimited(data: Uint8Array, limit: number): Uint8Array | 'too-large' | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      // Stop at once: throwing out of the callback ends the inflation (and is caught below).
      if (total > limit) throw new Error('too large');
      chunks.push(chunk);
    });
    inflater.push(data, true);
  } catch {
    return total > limit ? 'too-large' : null;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
