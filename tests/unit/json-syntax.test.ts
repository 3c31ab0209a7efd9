import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/domain/json-syntax';
import { jsonProblem } from '../../src/domain/problems';
import { worded } from '../helpers/i18n';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": [1,,2]}', 9],
    ['{"a": 1,}', 8],
    ['[1, 2', 5],
    ['{"a" 1}', 5],
    ['{a: 1}', 1],
    ['"abc', 4],
    ['[1] x', 4],
    ['', 0],
    ['{"a": tru}', 6],
    ['[01]', 2],
  ])('finds the error in %j at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('agrees with JSON.parse on valid JSON (property)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => jsonErrorOffset(text) === null),
      { numRuns: 3000 },
    );
  });

  it('agrees with JSON.parse on broken JSON (property)', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '{', '}', '[', ']', ':', '"', 'x', '\n', ' '))
      .map(([text, at, insert]) => {
        const p = at % (text.length + 1);
        return text.slice(0, p) + insert + text.slice(p + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(
        fc.oneof(mutated, fc.string({ maxLength: 30 })),
        (text) => (jsonErrorOffset(text) === null) === parses(text),
      ),
      { numRuns: 5000 },
    );
  });

  it('copes with very deep nesting', () => {
    expect(jsonErrorOffset('['.repeat(200_000) + ']'.repeat(200_000))).toBeNull();
    expect(jsonErrorOffset('['.repeat(200_000))).toBe(200_000);
  });

  it('gives facilitators a line and a column', () => {
    const text = '{\n  "id": "x",\n  "version": 1.0.0\n}';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    expect(jsonProblem(text, error)).toMatchObject({ code: 'not-json-at', values: { line: 3, column: 17 } });
    expect(worded([jsonProblem(text, error)])[0]?.message).toMatch(
      /^is not valid JSON: the problem is at line 3, column 17/,
    );
    expect(worded([jsonProblem(text, error)], 'nl')[0]?.message).toMatch(
      /^is geen geldige JSON: het probleem zit op regel 3, kolom 17/,
    );
  });
});
