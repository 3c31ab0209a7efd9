import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonError, jsonProblem, parseJson } from '../../src/domain/json-syntax';
import { decodeTextFile } from '../../src/domain/text-file';
import { validateBankBytes, validateBankText } from '../../src/domain/bank/validate';
import { worded } from '../helpers/i18n';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonError', () => {
  it.each([
    ['{"a": [1,,2]}', 9, 'missing-value'],
    ['{"a": 1,}', 8, 'trailing-comma'],
    ['[1, 2,]', 6, 'trailing-comma'],
    ['[1, 2', 5, 'unexpected-end'],
    ['{"a" 1}', 5, 'missing-colon'],
    ['{a: 1}', 1, 'unexpected'],
    ['"abc', 0, 'unclosed-string'],
    ['{"a": "line\nbreak"}', 6, 'string-line-break'],
    ['[1] x', 4, 'extra-text'],
    ['', 0, 'empty'],
    ['   \n ', 0, 'empty'],
    ['{"a": tru}', 6, 'unexpected'],
    ['[01]', 2, 'missing-comma'],
    ['{"a": 1 "b": 2}', 8, 'missing-comma'],
    ['{"title": “Mijn lijst”}', 10, 'curly-quote'],
    ["{'a': 1}", 1, 'single-quote'],
    ['{"a": 1 // note\n}', 8, 'comment'],
    ['{"a": "C:\\path"}', 9, 'bad-escape'],
  ])('finds the error in %j at %i: %s', (text, offset, mistake) => {
    expect(findJsonError(text)).toEqual({ offset, mistake });
  });

  it('agrees with JSON.parse on valid JSON (property)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => findJsonError(text) === null),
      { numRuns: 3000 },
    );
  });

  it('agrees with JSON.parse on broken JSON (property)', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '{', '}', '[', ']', ':', '"', 'x', '\n', ' ', '“'))
      .map(([text, at, insert]) => {
        const p = at % (text.length + 1);
        return text.slice(0, p) + insert + text.slice(p + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(
        fc.oneof(mutated, fc.string({ maxLength: 30 })),
        (text) => (findJsonError(text) === null) === parses(text),
      ),
      { numRuns: 5000 },
    );
  });

  it('copes with very deep nesting', () => {
    expect(findJsonError('['.repeat(200_000) + ']'.repeat(200_000))).toBeNull();
    expect(findJsonError('['.repeat(200_000))).toEqual({ offset: 200_000, mistake: 'unexpected-end' });
  });
});

describe('JSON problems in the reader’s words', () => {
  it('gives facilitators a line and a column, never the JavaScript engine’s English', () => {
    const text = '{\n  "id": "x",\n  "version": 1.0.0\n}';
    const problem = jsonProblem(text);
    expect(problem).toMatchObject({ code: 'json-unexpected', values: { line: 3, column: 17, found: '.' } });
    const [en] = worded([problem!]);
    const [nl] = worded([problem!], 'nl');
    expect(en?.message).toBe('has an unexpected character (.) at line 3, column 17');
    expect(nl?.message).toBe('heeft een onverwacht teken (.) op regel 3, kolom 17');
    expect(`${en?.message} ${nl?.message}`).not.toMatch(/Unexpected|token|position/);
  });

  it.each([
    ['a trailing comma', '{\n  "id": "x",\n}', 'json-trailing-comma', 3, 1],
    ['a curly quote', '{\n  "id": “x”\n}', 'json-curly-quote', 2, 9],
    ['a missing bracket', '{\n  "items": [1, 2\n', 'json-unexpected-end', 3, 1],
    ['an unclosed string', '{\n  "id": "x\n}', 'json-string-line-break', 2, 9],
  ])('words %s for a facilitator', (_name, text, code, line, column) => {
    const reading = validateBankText(text);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems).toEqual([
      expect.objectContaining({ code, values: expect.objectContaining({ line, column }) }),
    ]);
    for (const language of ['nl', 'en'] as const) {
      const message = worded(reading.problems, language)[0]?.message ?? '';
      expect(message).toContain(String(line));
      expect(message).not.toMatch(/problems\.|Unexpected token/);
    }
  });

  it('parses a file with a byte-order mark', () => {
    expect(parseJson('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe('files that are not UTF-8 text', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const utf16 = (text: string, bom: boolean) => {
    const bytes = [...(bom ? [0xff, 0xfe] : [])];
    for (const char of text) bytes.push(char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8);
    return new Uint8Array(bytes);
  };
  const latin1 = new Uint8Array([
    ...new TextEncoder().encode('{\n"title": "Caf'),
    0xe9,
    ...new TextEncoder().encode('"}'),
  ]);

  it.each([
    ['a PNG picture', png, 'not-text'],
    ['a UTF-16 file with a byte-order mark', utf16('{"id": "x"}', true), 'utf16'],
    ['a UTF-16 file without one', utf16('{"id": "x", "version": "1.0.0"}', false), 'utf16'],
    ['a Latin-1 file', latin1, 'not-utf8'],
  ])('refuses %s, saying what it is', (_name, bytes, code) => {
    const decoded = decodeTextFile(bytes);
    expect(decoded).toMatchObject({ ok: false, problem: { code } });
    const validation = validateBankBytes(bytes);
    expect(validation.ok).toBe(false);
    if (!validation.ok) expect(validation.problems[0]?.code).toBe(code);
  });

  it('says where a Latin-1 file stops being UTF-8', () => {
    expect(decodeTextFile(latin1)).toMatchObject({ ok: false, problem: { values: { line: 2, column: 14 } } });
  });

  it('reads UTF-8 with or without a byte-order mark', () => {
    const text = '{"naam": "Łukasz – ‘quoted’"}';
    expect(decodeTextFile(new TextEncoder().encode(text))).toEqual({ ok: true, text });
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({
      ok: true,
      text,
    });
  });
});
