import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en.json';
import nl from '../../src/i18n/locales/nl.json';

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
