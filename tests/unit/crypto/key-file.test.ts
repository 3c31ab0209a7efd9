import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../src/crypto/encoding';
import {
  KEY_FILE_FORMAT,
  KEY_FILE_ITERATIONS,
  exportRoundKeyFile,
  importRoundKeyFile,
  type RoundMetadata,
} from '../../../src/crypto/key-file';
import { openResponse, sealResponse } from '../../../src/crypto/response';
import { ECDH_P256 } from '../../../src/crypto/round';
import { BANK, flipByte, roundWithInvitation } from './fixtures';

/** Tests use few PBKDF2 iterations (real files use 600,000); the count is in the file, so it still opens. */
const FAST = { iterations: 1_000 };
const PASSPHRASE = 'correct horse battery staple';

const { round, invitation } = await roundWithInvitation('partners');
const metadata: RoundMetadata = {
  groups: ['manager', 'partners', 'team'],
  bank: BANK,
  createdAt: '2026-11-20T09:00:00.000Z',
  firstName: 'Łukasz',
};
const text = await exportRoundKeyFile(round, metadata, PASSPHRASE, FAST);
const json = JSON.parse(text) as Record<string, unknown>;
/** Whether a text is JSON with the same value (an edit of whitespace between tokens changes nothing). */
function sameJson(candidate: string, value: unknown): boolean {
  try {
    return JSON.stringify(JSON.parse(candidate)) === JSON.stringify(value);
  } catch {
    return false;
  }
}
const edit = (changes: Record<string, unknown>) => JSON.stringify({ ...json, ...changes });

describe('round key files', () => {
  it('round-trip: the imported key opens the round’s responses', async () => {
    const reading = await importRoundKeyFile(text, PASSPHRASE);
    expect(reading).toMatchObject({
      ok: true,
      metadata,
      round: { roundId: round.roundId, publicKey: round.publicKey },
    });
    if (!reading.ok) return;
    expect(reading.round.privateKey.extractable).toBe(true);
    const token = await sealResponse(invitation, { a: 1 });
    expect(await openResponse(token, reading.round)).toMatchObject({ ok: true, payload: { a: 1 } });
  });

  it('hold nothing in clear but the format, round id and KDF parameters', () => {
    expect(Object.keys(json).sort()).toEqual([
      'ciphertext',
      'format',
      'formatVersion',
      'iv',
      'kdf',
      'roundId',
    ]);
    expect(json).toMatchObject({
      format: KEY_FILE_FORMAT,
      formatVersion: 1,
      roundId: round.roundId,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1_000, salt: expect.stringMatching(/^[\w-]{22}$/) },
      iv: expect.stringMatching(/^[\w-]{16}$/),
    });
    for (const secret of ['Łukasz', 'partners', 'network-leadership', PASSPHRASE])
      expect(text).not.toContain(secret);
  });

  it('use 600,000 PBKDF2 iterations by default', async () => {
    expect(KEY_FILE_ITERATIONS).toBe(600_000);
    const real = JSON.parse(await exportRoundKeyFile(round, metadata, PASSPHRASE));
    expect(real.kdf.iterations).toBe(600_000);
  });

  it('open with the same passphrase typed in another Unicode normalisation', async () => {
    const composed = await exportRoundKeyFile(round, metadata, 'caf\u00e9 au lait', FAST);
    expect(await importRoundKeyFile(composed, 'cafe\u0301 au lait')).toMatchObject({ ok: true });
  });

  it('are not written for bad metadata, an empty passphrase, a bad count or a key that cannot be exported', async () => {
    await expect(exportRoundKeyFile(round, { ...metadata, groups: [] }, PASSPHRASE, FAST)).rejects.toThrow(
      TypeError,
    );
    await expect(
      exportRoundKeyFile(round, { ...metadata, groups: ['team', 'team'] }, PASSPHRASE, FAST),
    ).rejects.toThrow(TypeError);
    await expect(exportRoundKeyFile(round, metadata, '', FAST)).rejects.toThrow(RangeError);
    await expect(exportRoundKeyFile(round, metadata, PASSPHRASE, { iterations: 0 })).rejects.toThrow(
      RangeError,
    );
    const locked = await globalThis.crypto.subtle.generateKey(ECDH_P256, false, ['deriveBits']);
    await expect(
      exportRoundKeyFile({ ...round, privateKey: locked.privateKey }, metadata, PASSPHRASE, FAST),
    ).rejects.toThrow();
  });
});

describe('refusing a key file', () => {
  it('refuses a wrong passphrase', async () => {
    for (const wrong of ['Correct horse battery staple', '', 'correct horse battery staple '])
      expect(await importRoundKeyFile(text, wrong)).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it('reports an edited ciphertext, IV, salt, count or round id as a wrong passphrase (GCM cannot tell them apart)', async () => {
    const ciphertextEdit = flipByte(`x.${json.ciphertext as string}`, 1, 10).slice(2);
    const other = await roundWithInvitation();
    for (const changes of [
      { ciphertext: ciphertextEdit },
      { iv: toBase64Url(new Uint8Array(12)) },
      { kdf: { ...(json.kdf as object), salt: toBase64Url(new Uint8Array(16)) } },
      { kdf: { ...(json.kdf as object), iterations: 1_001 } },
      { roundId: other.round.roundId },
    ])
      expect(await importRoundKeyFile(edit(changes), PASSPHRASE)).toEqual({
        ok: false,
        reason: 'wrong-passphrase',
      });
  });

  it.each([
    ['a missing IV', { iv: undefined }],
    ['an IV of 8 bytes', { iv: toBase64Url(new Uint8Array(8)) }],
    ['a ciphertext that is not base64url', { ciphertext: 'not base64!' }],
    ['another KDF', { kdf: { ...(json.kdf as object), name: 'scrypt' } }],
    ['a count that would hang', { kdf: { ...(json.kdf as object), iterations: 1e9 } }],
    ['a fractional count', { kdf: { ...(json.kdf as object), iterations: 1000.5 } }],
    ['an extra field', { privateKey: 'x' }],
    ['a round id that is not one', { roundId: 'abc' }],
    ['format version 0', { formatVersion: 0 }],
  ])('refuses %s as damaged', async (_name, changes) => {
    expect(await importRoundKeyFile(edit(changes), PASSPHRASE)).toEqual({ ok: false, reason: 'damaged' });
  });

  it.each([
    ['a truncated file', text.slice(0, text.length / 2)],
    ['an empty text', ''],
    ['an array', '[]'],
    ['a response file', JSON.stringify({ format: 'nla-360-response', formatVersion: 1, token: 'v1' })],
    ['a file over the limit', `"${'x'.repeat(200_000)}"`],
  ])('refuses %s as not a key file', async (_name, input) => {
    expect(await importRoundKeyFile(input, PASSPHRASE)).toEqual({ ok: false, reason: 'not-key-file' });
  });

  it('refuses a newer format', async () => {
    expect(await importRoundKeyFile(edit({ formatVersion: 2, kdf: 'argon2id' }), PASSPHRASE)).toEqual({
      ok: false,
      reason: 'newer-format',
    });
  });
});

describe('importRoundKeyFile never throws', () => {
  it('on random strings (10,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string(),
        async (input, passphrase) => {
          expect((await importRoundKeyFile(input, passphrase)).ok).toBe(false);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('on key files with random fields, with few iterations (1,000 runs)', async () => {
    const b64 = (min: number, max: number) =>
      fc.uint8Array({ minLength: min, maxLength: max }).map(toBase64Url);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          format: fc.constant(KEY_FILE_FORMAT),
          formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
          roundId: fc.oneof(fc.constant(round.roundId), b64(16, 16), fc.jsonValue()),
          kdf: fc.oneof(
            fc.record({
              name: fc.constant('PBKDF2'),
              hash: fc.constant('SHA-256'),
              iterations: fc.integer({ min: -5, max: 50 }),
              salt: b64(14, 17),
            }),
            fc.jsonValue(),
          ),
          iv: fc.oneof(b64(12, 12), fc.jsonValue()),
          ciphertext: fc.oneof(b64(0, 300), fc.jsonValue()),
        }),
        async (file) => {
          expect((await importRoundKeyFile(JSON.stringify(file), PASSPHRASE)).ok).toBe(false);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('on a real key file with one character changed (1,000 runs): never opens', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_":,{} ';
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: text.length - 1 }),
        fc.nat({ max: alphabet.length - 1 }),
        async (at, c) => {
          const edited = text.slice(0, at) + alphabet[c]! + text.slice(at + 1);
          fc.pre(!sameJson(edited, json));
          expect((await importRoundKeyFile(edited, PASSPHRASE)).ok).toBe(false);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
