import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../src/domain/problem-codes';
import enCore from '../../src/i18n/locales/en/core.json';
import enViews from '../../src/i18n/locales/en/views.json';
import nlCore from '../../src/i18n/locales/nl/core.json';
import nlViews from '../../src/i18n/locales/nl/views.json';

const nl = { ...nlCore, ...nlViews };
const en = { ...enCore, ...enViews };

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return value !== null && typeof value === 'object' ? Object.values(value).flatMap(leaves) : [];
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  it('keeps the first screen’s strings and the other views’ strings in the same files per language', () => {
    expect(Object.keys(nlCore).sort()).toEqual(Object.keys(enCore).sort());
    expect(Object.keys(nlViews).sort()).toEqual(Object.keys(enViews).sort());
    for (const key of Object.keys(nlCore)) expect(Object.keys(nlViews)).not.toContain(key);
  });

  it('Dutch and English have exactly the same keys (this lists what is missing)', () => {
    const nlKeys = keys(nl);
    const enKeys = keys(en);
    expect({
      missingInEnglish: nlKeys.filter((k) => !enKeys.includes(k)),
      missingInDutch: enKeys.filter((k) => !nlKeys.includes(k)),
    }).toEqual({
      missingInEnglish: [],
      missingInDutch: [],
    });
  });

  it('no string is empty, and both languages use the same placeholders', () => {
    for (const text of [...leaves(nl), ...leaves(en)]) expect(text.trim()).not.toBe('');
    const get = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
    for (const key of keys(nl))
      expect(placeholders(get(en, key) as string), key).toEqual(placeholders(get(nl, key) as string));
  });
});

describe('problem messages', () => {
  it('every problem code has a sentence in Dutch and English, and no sentence is left without a code', () => {
    // PROBLEM_CODES is the type of every Problem's code: a code the checks can produce is in this list, or
    // the type check fails.
    expect(PROBLEM_CODES.length).toBeGreaterThan(80);
    const has = (tree: Record<string, unknown>, code: string) => code in tree || `${code}_one` in tree;
    for (const [language, tree] of [
      ['nl', nlViews.problems],
      ['en', enViews.problems],
    ] as const) {
      const missing = PROBLEM_CODES.filter((code) => !has(tree as Record<string, unknown>, code));
      expect(missing, `codes without a ${language} sentence`).toEqual([]);
      const unused = Object.keys(tree)
        .map((key) => key.replace(/_(one|other)$/, ''))
        .filter(
          (key) => key !== 'types' && key !== 'kinds' && !(PROBLEM_CODES as readonly string[]).includes(key),
        );
      expect(unused, `${language} sentences without a code`).toEqual([]);
    }
  });
});
