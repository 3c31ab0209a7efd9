/** Recognising a bank's texts per language inside any part of a bank (for packing, comparing, sheets). */

/**
 * Whether `value` is a text per language of `languages` (a LocalizedText of the bank): a non-empty object
 * whose every key is one of the languages and every value a string.
 */
export function isLocalized(value: object, languages: ReadonlySet<string>): value is Record<string, string> {
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => languages.has(key) && typeof text === 'string');
}
