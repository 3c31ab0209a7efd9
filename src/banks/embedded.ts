/**
 * The default bank travels inside index.html as a JSON data block (see `embedDefaultBank` in
 * vite.config.ts), so the first question needs no second request. Shared by the build and the catalogue.
 */

/** The id of the `<script type="application/json">` element that carries the default bank. */
export const EMBEDDED_BANK_ELEMENT_ID = 'default-bank';

/** The embedded bank's JSON when it is the bank `key` (`id@version`); `null` otherwise. Never throws. */
export function readEmbeddedBank(key: string): unknown {
  if (typeof document === 'undefined') return null;
  const element = document.getElementById(EMBEDDED_BANK_ELEMENT_ID);
  if (element?.dataset.bank !== key || !element.textContent) return null;
  try {
    return JSON.parse(element.textContent) as unknown;
  } catch {
    return null;
  }
}

/**
 * The default bank's title in every language, as the build put it beside the embedded bank: the edition's
 * name for the views that run no bank of their own (facilitator, coach). `null` when the page has none.
 */
export function readEditionTitle(): Readonly<Record<string, string>> | null {
  if (typeof document === 'undefined') return null;
  const raw = document.getElementById(EMBEDDED_BANK_ELEMENT_ID)?.dataset.title;
  if (raw === undefined) return null;
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const entries = Object.entries(parsed).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    return entries.length === 0 ? null : Object.fromEntries(entries);
  } catch {
    return null;
  }
}
