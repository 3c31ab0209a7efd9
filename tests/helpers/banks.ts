import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateBank } from '../../src/domain/bank/validate';
import type { Bank } from '../../src/domain/bank/schema';

export const TINY_PATH = resolve(process.cwd(), 'tests/fixtures/banks/tiny/2.1.0.json');

/** The raw JSON of the tiny fixture bank, freshly parsed (safe to mutate). */
export function tinyRaw(): Record<string, any> {
  return JSON.parse(readFileSync(TINY_PATH, 'utf8')) as Record<string, any>;
}

/** The tiny fixture bank, validated. */
export function tinyBank(): Bank {
  const result = validateBank(tinyRaw());
  if (!result.ok) throw new Error(`fixture bank is invalid: ${JSON.stringify(result.problems)}`);
  return result.bank;
}
