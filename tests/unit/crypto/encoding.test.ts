import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deflateJson, inflateJson } from '../../../src/crypto/compress';
import { bytesFromBase64Url, hexOf, toBase64Url, utf8Text } from '../../../src/crypto/encoding';
import { fromBase64Url } from '../../../src/domain/base64url';
import { deflated, nonCanonical } from './fixtures';

describe('base64url', () => {
  it('round-trips any bytes, strictly and leniently', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(bytesFromBase64Url(text)).toEqual(bytes);
        expect(bytesFromBase64Url(text, bytes.length)).toEqual(bytes);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
      { numRuns: 2_000 },
    );
  });

  it('strictly accepts one spelling of some bytes, of the asked length', () => {
    const text = toBase64Url(new Uint8Array([1, 2, 3, 4]));
    expect(fromBase64Url(nonCanonical(text))).toEqual(fromBase64Url(text));
    expect(bytesFromBase64Url(nonCanonical(text))).toBeNull();
    expect(bytesFromBase64Url(text, 5)).toBeNull();
    for (const bad of ['A', 'AB==', 'A+B/', 'ab cd', 'é']) expect(bytesFromBase64Url(bad), bad).toBeNull();
  });

  it('never throws on random strings (10,000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat({ max: 50 }), (text, length) => {
        bytesFromBase64Url(text);
        bytesFromBase64Url(text, length);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('other byte helpers', () => {
  it('refuses invalid UTF-8 instead of replacing it', () => {
    expect(utf8Text(new Uint8Array([0x68, 0x69]))).toBe('hi');
    expect(utf8Text(new Uint8Array([0xff, 0xfe, 0x41]))).toBeNull();
  });
  it('writes lower-case hex', () => {
    expect(hexOf(new Uint8Array([0, 15, 255]))).toBe('000fff');
  });
});

describe('deflated JSON', () => {
  it('round-trips canonical JSON and refuses to write more than its limit', () => {
    expect(inflateJson(deflateJson({ b: 1, a: [true, null] }, 100), 100)).toEqual({
      ok: true,
      value: { a: [true, null], b: 1 },
    });
    expect(() => deflateJson('x'.repeat(100), 100)).toThrow(RangeError);
  });
  it('stops inflating at the limit, and refuses what is not deflated JSON without reserved keys', () => {
    expect(inflateJson(deflated(`"${'0'.repeat(10_000)}"`), 1_000)).toEqual({
      ok: false,
      reason: 'too-large',
    });
    for (const data of [
      new Uint8Array(),
      new Uint8Array([1, 2, 3]),
      deflated('{'),
      deflated('{"__proto__":1}'),
    ])
      expect(inflateJson(data, 1_000)).toEqual({ ok: false, reason: 'malformed' });
  });
});
