import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openResponse, sealResponse } from '../../../src/crypto/response';
import {
  MAX_RESPONSE_FILE_CHARS,
  RESPONSE_FILE_FORMAT,
  readResponseFile,
  responseFileText,
} from '../../../src/crypto/response-file';
import { roundWithInvitation } from './fixtures';

const { round, invitation } = await roundWithInvitation('team');
const token = await sealResponse(invitation, { answers: { 'weaver-1': 3 } });
const file = (value: unknown) => JSON.stringify(value);

describe('response files', () => {
  it('round-trip the token, and a file and its link are one response', async () => {
    const text = responseFileText(token);
    expect(JSON.parse(text)).toEqual({ format: RESPONSE_FILE_FORMAT, formatVersion: 1, token });
    expect(text.endsWith('\n')).toBe(true);
    const read = readResponseFile(text);
    expect(read).toEqual({ ok: true, token });
    const [fromLink, fromFile] = await Promise.all([
      openResponse(token, round),
      openResponse(read.ok ? read.token : '', round),
    ]);
    expect(fromFile).toEqual(fromLink);
    expect(readResponseFile(`\uFEFF${text}`)).toEqual({ ok: true, token });
  });

  it.each([
    ['not JSON', '{"format":', 'not-response-file'],
    ['an array', '[]', 'not-response-file'],
    ['null', 'null', 'not-response-file'],
    ['a key file', file({ format: 'nla-360-round-key', formatVersion: 1 }), 'not-response-file'],
    ['a newer file', file({ format: RESPONSE_FILE_FORMAT, formatVersion: 2 }), 'newer-format'],
    [
      'a newer token',
      file({ format: RESPONSE_FILE_FORMAT, formatVersion: 1, token: 'v9.x' }),
      'newer-format',
    ],
    ['no token', file({ format: RESPONSE_FILE_FORMAT, formatVersion: 1 }), 'malformed'],
    ['version 0', file({ format: RESPONSE_FILE_FORMAT, formatVersion: 0, token }), 'malformed'],
    [
      'an extra field',
      file({ format: RESPONSE_FILE_FORMAT, formatVersion: 1, token, name: 'x' }),
      'malformed',
    ],
    [
      'a broken token',
      file({ format: RESPONSE_FILE_FORMAT, formatVersion: 1, token: 'v1.a.b' }),
      'malformed',
    ],
    ['a file over the limit', `"${'x'.repeat(MAX_RESPONSE_FILE_CHARS)}"`, 'too-large'],
  ])('refuses %s', (_name, text, reason) => {
    expect(readResponseFile(text)).toEqual({ ok: false, reason });
  });

  it('never throws on random strings (10,000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(readResponseFile(text).ok).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  });

  it('never throws on random JSON, with or without the format name (10,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            format: fc.constant(RESPONSE_FILE_FORMAT),
            formatVersion: fc.jsonValue(),
            token: fc.jsonValue(),
          }),
          fc.record({
            format: fc.constant(RESPONSE_FILE_FORMAT),
            formatVersion: fc.constant(1),
            token: fc.string(),
          }),
        ),
        (value) => {
          readResponseFile(JSON.stringify(value));
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
