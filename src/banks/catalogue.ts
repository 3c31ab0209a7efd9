/**
 * The catalogue of bundled banks: every `questionnaires/<id>/<version>.json`, shipped as a static JSON file
 * and fetched when needed, except the default bank, which index.html carries as a JSON data block (a bank
 * is data, not code: it stays out of the JavaScript bundle). The only module that reads questionnaires/. Bundled banks are validated by `npm test`
 * (`bank validate --all` and the data test), so the app does not re-validate them at run time, which keeps
 * the validator's code out of the first screen.
 */
import type { Bank } from '../domain/bank/schema';
import { compareVersions } from '../domain/semver';
import defaultBank from '../../questionnaires/default.json';
import { readEmbeddedBank } from './embedded';

/** A bank version: its id and semantic version. */
export interface BankRef {
  readonly id: string;
  readonly version: string;
}

const bankUrls = import.meta.glob<string>('../../questionnaires/*/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});
const changelogs = import.meta.glob<string>('../../questionnaires/*/CHANGELOG*.md', {
  query: '?raw',
  import: 'default',
});

const PATH = /questionnaires\/([^/]+)\/([^/]+)\.json$/;

/** `id@version`, the form used in links (`?bank=network-leadership@1.0.0`). */
export function refKey(ref: BankRef): string {
  return `${ref.id}@${ref.version}`;
}

/** Parses `id@version`; `null` when the text does not have that form. */
export function parseRefKey(text: string): BankRef | null {
  const match = /^([a-z][a-z0-9-]{0,63})@(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(text.trim());
  return match?.[1] && match[2] ? { id: match[1], version: match[2] } : null;
}

/** Every bundled bank version, by id, newest version first. */
export const BUNDLED_BANKS: readonly BankRef[] = Object.keys(bankUrls)
  .map((path) => PATH.exec(path))
  .filter((match): match is RegExpExecArray => match !== null)
  .map((match) => ({ id: match[1] ?? '', version: match[2] ?? '' }))
  .sort((a, b) => a.id.localeCompare(b.id) || compareVersions(b.version, a.version));

/** The bank participants get when nothing else is asked for (`questionnaires/default.json`). */
export const DEFAULT_BANK: BankRef = { id: defaultBank.bank, version: defaultBank.version };

export function isBundled(ref: BankRef): boolean {
  return BUNDLED_BANKS.some((bank) => bank.id === ref.id && bank.version === ref.version);
}

/**
 * Loads a bundled bank: the default one from the page itself (embedded at build time), any other by
 * fetching its JSON file. `null` when no such bank is bundled.
 */
export function loadBundledBank(ref: BankRef): Promise<Bank> | null {
  const url = bankUrls[`../../questionnaires/${ref.id}/${ref.version}.json`];
  if (url === undefined) return null;
  const embedded = readEmbeddedBank(refKey(ref));
  if (embedded !== null) return Promise.resolve(embedded as Bank);
  return fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
    return (await response.json()) as Bank;
  });
}

/**
 * The changelog of a bundled bank id, as Markdown text: `CHANGELOG.<language>.md` where the bank has one in
 * that language, else `CHANGELOG.md`; `null` when it has none.
 */
export function loadChangelog(id: string, language?: string): Promise<string> | null {
  const inLanguage =
    language === undefined ? undefined : changelogs[`../../questionnaires/${id}/CHANGELOG.${language}.md`];
  return (inLanguage ?? changelogs[`../../questionnaires/${id}/CHANGELOG.md`])?.() ?? null;
}

const formatGuides = import.meta.glob<string>('../../questionnaires/README*.md', {
  query: '?raw',
  import: 'default',
});

/**
 * The guide to the bank format (`questionnaires/README.md`, or `README.<language>.md` where one exists in the
 * interface language), as Markdown text with its language, for the in-app help page; `null` when none.
 */
export function loadFormatGuide(
  language: string,
): Promise<{ readonly text: string; readonly language: string }> | null {
  const own = formatGuides[`../../questionnaires/README.${language}.md`];
  if (own) return own().then((text) => ({ text, language }));
  return (
    formatGuides['../../questionnaires/README.md']?.().then((text) => ({ text, language: 'en' })) ?? null
  );
}
