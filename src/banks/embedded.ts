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
