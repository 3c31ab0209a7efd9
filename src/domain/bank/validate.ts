/**
 * Bank validation, in one pass and bounded: containers too big for any bank are refused first; then every
 * field and list entry is checked against the schema on its own, and the semantic checks run on every part
 * that is well formed. Every problem comes back as `{path, code, values}` in file order (the words are in
 * the interface strings, `problems.<code>`), at most {@link MAX_PROBLEMS} with a count of the rest. Nothing
 * here throws, whatever the input; time and memory grow linearly with the file.
 */
import { parseJson } from '../json-syntax';
import {
  findOversized,
  findReservedKeys,
  MAX_PROBLEMS,
  ProblemCollector,
  type PathSegment,
  type Problem,
} from '../problems';
import { decodeTextFile } from '../text-file';
import { checkBank } from './checks';
import { readPartialBank } from './partial';
import { expectedShape } from './shape';
import { Bank as BankSchema, type Bank } from './schema';
import { plainText } from './texts';

/** The outcome of validating a bank: the typed bank (texts cleaned), or every problem found. */
export type BankValidation =
  | { readonly ok: true; readonly bank: Bank; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The steps of checking a bank file, for a progress message. */
export type CheckStage = 'decoding' | 'parsing' | 'checking';

export interface ValidateOptions {
  /** The file's name (e.g. `1.0.0.json`); when given, it must equal the bank's version + `.json`. */
  readonly fileName?: string;
  /** Told as each step of checking a file begins. */
  readonly onStage?: (stage: CheckStage) => void;
}

/** Largest bank file accepted, in bytes (a text's UTF-16 code units count as bytes: a safe over-estimate). */
export const MAX_BANK_BYTES = 5_000_000;

/** Most entries of any list and most keys of any object in a bank file (far above any real bank). */
export const MAX_CONTAINER = 20_000;

/** Every string of a schema-valid value with invisible control and direction characters removed. */
function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return plainText(value) as T;
  if (Array.isArray(value)) return value.map((entry: unknown) => cleanStrings(entry)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) out[key] = cleanStrings(entry);
    return out as T;
  }
  return value;
}

/**
 * Validates an already-parsed bank against the contract: the schema, then unique ids, resolving
 * references, parent cycles, complete translations, strictly rising scale values, the file name, and
 * rule parameters in range. A valid bank comes back with its texts cleaned of invisible control and
 * direction-override characters (cleaned once, here, where the file enters). Never throws, for any input.
 */
export function validateBank(input: unknown, options: ValidateOptions = {}): BankValidation {
  const collector = new ProblemCollector(MAX_PROBLEMS);
  try {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      collector.report([], 'wrong-type', {
        expected: 'object',
        found: Array.isArray(input) ? 'array' : typeof input,
      });
      return { ok: false, problems: collector.finish(input) };
    }
    const reserved = findReservedKeys(input);
    if (reserved.length > 0) {
      for (const path of reserved) collector.report(path, 'reserved-key');
      return { ok: false, problems: collector.finish(input) };
    }
    const oversized = findOversized(input, MAX_CONTAINER, MAX_CONTAINER);
    if (oversized.length > 0) {
      for (const { path } of oversized) collector.report(path, 'too-many-entries', { count: MAX_CONTAINER });
      return { ok: false, problems: collector.finish(input) };
    }
    const partial = readPartialBank(input as Record<string, unknown>, collector);
    if (options.fileName !== undefined && partial.version !== undefined) {
      const base = options.fileName.split(/[\\/]/).pop() ?? options.fileName;
      if (base !== `${partial.version}.json`)
        collector.report(['version'], 'file-name', { version: partial.version, file: base });
    }
    checkBank(partial, collector.report);
    const languages = (partial.languages ?? []).filter((code) => typeof code === 'string');
    const expect = (path: readonly PathSegment[], missing: boolean) =>
      expectedShape(path, languages, missing);
    if (collector.size > 0) return { ok: false, problems: collector.finish(input, expect) };
    const parsed = BankSchema.safeParse(input);
    if (!parsed.success) {
      // Every part was well formed on its own, so this cannot happen; say so rather than pass a bank.
      collector.report([], 'unchecked', { detail: 'schema' });
      return { ok: false, problems: collector.finish(input) };
    }
    return { ok: true, bank: cleanStrings(parsed.data), problems: [] };
  } catch (error) {
    // A safety net: the checks above are written not to throw, but a bank must never crash the caller.
    return {
      ok: false,
      problems: [{ path: '', code: 'unchecked', values: { detail: String(error).slice(0, 200) } }],
    };
  }
}

/**
 * Parses a bank file's text and validates it. Rejects text over {@link MAX_BANK_BYTES} and text that is not
 * JSON with a message saying what is wrong and where. Never throws.
 */
export function validateBankText(text: string, options: ValidateOptions = {}): BankValidation {
  if (text.length > MAX_BANK_BYTES)
    return {
      ok: false,
      problems: [
        {
          path: '',
          code: 'file-too-large',
          values: { size: (text.length / 1_000_000).toFixed(1), max: MAX_BANK_BYTES / 1_000_000 },
        },
      ],
    };
  options.onStage?.('parsing');
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  options.onStage?.('checking');
  return validateBank(parsed.value, options);
}

/** Validates a bank file from its bytes: it must be UTF-8 text (see `decodeTextFile`), then JSON. */
export function validateBankBytes(bytes: Uint8Array, options: ValidateOptions = {}): BankValidation {
  if (bytes.length > MAX_BANK_BYTES)
    return {
      ok: false,
      problems: [
        {
          path: '',
          code: 'file-too-large',
          values: { size: (bytes.length / 1_000_000).toFixed(1), max: MAX_BANK_BYTES / 1_000_000 },
        },
      ],
    };
  options.onStage?.('decoding');
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  return validateBankText(decoded.text, options);
}
