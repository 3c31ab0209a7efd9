/**
 * What changed between two versions of a bank, and which version number the change needs (semantic
 * versioning for question banks): a removed or re-meant scored item, a changed or removed scale, dimension or
 * section, or a changed scoring rule → major (scores are no longer comparable); added items, dimensions,
 * sections, scales or questions → minor; wording only → patch. Pure.
 */
import { canonicalJson } from './hash';
import type { Bank } from './schema';
import { compareVersions } from '../semver';
import { isLocalized } from './localized';

export type Bump = 'major' | 'minor' | 'patch';

/** One change, with the bump it needs. `languages` names the languages whose wording changed. */
export interface BankChange {
  readonly kind: 'added' | 'removed' | 're-meant' | 'reworded' | 'changed';
  /** What changed: `items`, `scales`, `sections`, `dimensions`, `context`, `scoring`, `texts`, … */
  readonly area: string;
  /** The id of the item, scale, section, dimension or question; '' for a part of the bank as a whole. */
  readonly id: string;
  readonly languages: readonly string[];
  readonly bump: Bump;
}

export interface BankDiff {
  readonly changes: readonly BankChange[];
  /** The largest bump any change needs; null when the banks say the same. */
  readonly needed: Bump | null;
}

const ORDER: readonly Bump[] = ['patch', 'minor', 'major'];

/** The larger of two bumps. */
function larger(a: Bump | null, b: Bump): Bump {
  return a === null || ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a;
}

/** The value with every text per language replaced by a placeholder: what is left is its meaning. */
function skeleton(value: unknown, languages: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((entry) => skeleton(entry, languages));
  if (value === null || typeof value !== 'object') return value;
  if (isLocalized(value, languages)) return 0;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, skeleton(entry, languages)]));
}

/** Every text per language in a value, by language, in order. */
function textsByLanguage(value: unknown, languages: ReadonlySet<string>, out = new Map<string, string[]>()) {
  if (Array.isArray(value)) for (const entry of value) textsByLanguage(entry, languages, out);
  else if (value !== null && typeof value === 'object') {
    if (isLocalized(value, languages))
      for (const [language, text] of Object.entries(value))
        out.set(language, [...(out.get(language) ?? []), text]);
    else for (const entry of Object.values(value)) textsByLanguage(entry, languages, out);
  }
  return out;
}

/** The languages whose wording differs between two values of the same meaning. */
function rewordedLanguages(a: unknown, b: unknown, languages: ReadonlySet<string>): string[] {
  const before = textsByLanguage(a, languages);
  const after = textsByLanguage(b, languages);
  return [...languages].filter(
    (language) => canonicalJson(before.get(language) ?? []) !== canonicalJson(after.get(language) ?? []),
  );
}

interface Keyed {
  readonly id: string;
}

/**
 * Compares two lists of things with ids: added ones need `added`, removed ones `removed`; one whose meaning
 * changed needs `meant`; one whose wording alone changed, a patch.
 */
function compareList(
  area: string,
  before: readonly Keyed[],
  after: readonly Keyed[],
  languages: ReadonlySet<string>,
  bumps: { readonly added: Bump; readonly removed: Bump; readonly meant: Bump },
): BankChange[] {
  const old = new Map(before.map((entry) => [entry.id, entry]));
  const next = new Map(after.map((entry) => [entry.id, entry]));
  const changes: BankChange[] = [];
  for (const [id, entry] of old) {
    const now = next.get(id);
    if (now === undefined) {
      changes.push({ kind: 'removed', area, id, languages: [], bump: bumps.removed });
      continue;
    }
    if (canonicalJson(entry) === canonicalJson(now)) continue;
    if (canonicalJson(skeleton(entry, languages)) !== canonicalJson(skeleton(now, languages)))
      changes.push({ kind: 're-meant', area, id, languages: [], bump: bumps.meant });
    else
      changes.push({
        kind: 'reworded',
        area,
        id,
        languages: rewordedLanguages(entry, now, languages),
        bump: 'patch',
      });
  }
  for (const id of next.keys())
    if (!old.has(id)) changes.push({ kind: 'added', area, id, languages: [], bump: bumps.added });
  return changes;
}

/** A part of the bank as a whole (its texts, scoring rules, reflections…): unchanged, reworded or changed. */
function comparePart(
  area: string,
  a: unknown,
  b: unknown,
  languages: ReadonlySet<string>,
  meant: Bump,
): BankChange[] {
  if (canonicalJson(a) === canonicalJson(b)) return [];
  if (canonicalJson(skeleton(a, languages)) !== canonicalJson(skeleton(b, languages)))
    return [{ kind: 'changed', area, id: '', languages: [], bump: meant }];
  return [{ kind: 'reworded', area, id: '', languages: rewordedLanguages(a, b, languages), bump: 'patch' }];
}

/** Every change from `before` to `after`, and the version bump they need together. */
export function diffBanks(before: Bank, after: Bank): BankDiff {
  const languages = new Set([...before.languages, ...after.languages]);
  const scored = { added: 'minor', removed: 'major', meant: 'major' } as const;
  const changes: BankChange[] = [
    ...comparePart(
      'texts',
      { title: before.title, intro: before.intro, instruction: before.instruction },
      { title: after.title, intro: after.intro, instruction: after.instruction },
      languages,
      'patch',
    ),
    ...(canonicalJson(before.languages) === canonicalJson(after.languages)
      ? []
      : [{ kind: 'changed' as const, area: 'languages', id: '', languages: [], bump: 'minor' as const }]),
    ...compareList('scales', before.scales, after.scales, languages, scored),
    ...compareList('sections', before.sections, after.sections, languages, scored),
    ...compareList('dimensions', before.dimensions, after.dimensions, languages, scored),
    ...compareList('items', before.items, after.items, languages, scored),
    ...compareList('context', before.context, after.context, languages, {
      added: 'minor',
      removed: 'minor',
      meant: 'minor',
    }),
    ...comparePart('reflections', before.reflections, after.reflections, languages, 'minor'),
    ...comparePart('situations', before.situations, after.situations, languages, 'minor'),
    ...comparePart('raters', before.raters, after.raters, languages, 'minor'),
    ...comparePart('scoring', before.scoring, after.scoring, languages, 'major'),
    ...comparePart('norms', before.norms, after.norms, languages, 'minor'),
  ];
  return { changes, needed: changes.reduce<Bump | null>((bump, change) => larger(bump, change.bump), null) };
}

/** The bump from one version number to the next (`lower` when it goes down, null when it is the same). */
export function bumpBetween(from: string, to: string): Bump | 'lower' | null {
  const order = compareVersions(to, from);
  if (order === 0) return null;
  if (order < 0) return 'lower';
  const [a = 0, b = 0] = from.split(/[.-]/).map(Number);
  const [c = 0, d = 0] = to.split(/[.-]/).map(Number);
  return c > a ? 'major' : d > b ? 'minor' : 'patch';
}

/** Whether going from `from` to `to` is a large enough version step for `needed`. */
export function bumpSuffices(from: string, to: string, needed: Bump | null): boolean {
  const bump = bumpBetween(from, to);
  if (needed === null) return bump !== 'lower';
  if (bump === null || bump === 'lower') return false;
  return ORDER.indexOf(bump) >= ORDER.indexOf(needed);
}
