import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateBank, validateBankText } from '../../../src/domain/bank/validate';
import { tinyRaw } from '../../helpers/banks';
import { worded } from '../../helpers/i18n';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { deeper: value };
  return value;
}

describe('validateBank never throws', () => {
  const hostile: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'bank'],
    ['an array', [1, 2, 3]],
    ['an empty object', {}],
    ['a 10 MB string as title', { ...tinyRaw(), title: { nl: 'x'.repeat(10_000_000), en: 'y' } }],
    ['deep nesting in a field', { ...tinyRaw(), items: nested(5000) }],
    ['deep nesting under an unknown key', { ...tinyRaw(), extra: nested(5000) }],
    ['__proto__ keys', JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}')],
    [
      '__proto__ inside texts',
      JSON.parse(
        JSON.stringify(tinyRaw()).replace('"nl":"Mini-vragenlijst"', '"__proto__":{"a":1},"nl":"x"'),
      ),
    ],
    [
      'constructor as a band id',
      (() => {
        const b = tinyRaw();
        b.scoring.bands[0].id = 'constructor';
        return b;
      })(),
    ],
    ['a function', () => 1],
    ['a symbol-keyed object', { [Symbol('x')]: 1 }],
    [
      'a cyclic object',
      (() => {
        const b = tinyRaw();
        b.self = b;
        return b;
      })(),
    ],
  ];
  it.each(hostile)('on %s it returns problems', (_name, input) => {
    const result = validateBank(input);
    expect(result.ok).toBe(false);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of worded(result.problems)) {
      expect(typeof problem.path).toBe('string');
      expect(problem.message.length).toBeGreaterThan(3);
      expect(problem.message).not.toMatch(/^problems\./);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('on deeply nested JSON text', () => {
    const depth = 100_000;
    const result = validateBankText('['.repeat(depth) + ']'.repeat(depth));
    expect(result.ok).toBe(false);
  });

  it('on arbitrary JSON values (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateBank(value);
        return !result.ok && result.problems.length > 0;
      }),
      { numRuns: 10_000 },
    );
  });

  it('on arbitrary mutations of a valid bank (property)', () => {
    const paths = ['title', 'items', 'scales', 'dimensions', 'scoring', 'sections', 'context', 'reflections'];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (key, value) => {
        const raw = tinyRaw();
        raw[key] = value;
        const result = validateBank(raw);
        return Array.isArray(result.problems);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => !validateBankText(text).ok),
      { numRuns: 10_000 },
    );
  });
});
