import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesFromBase64Url, toBase64Url, utf8Bytes } from '../../../src/crypto/encoding';
import {
  MAX_RESPONSE_BYTES,
  MAX_RESPONSE_CHARS,
  openResponse,
  parseToken,
  sealResponse,
} from '../../../src/crypto/response';
import { createRound } from '../../../src/crypto/round';
import { deflated, flipByte, nonCanonical, roundWithInvitation, sealBytesByHand, withPart } from './fixtures';

const PAYLOAD = {
  bank: { id: 'network-leadership', version: '1.2.0' },
  answers: { 'weaver-1': 4, 'broker-2': null, 'host-3': 1 },
  comment: 'Goed gedaan — 👍 <b>echt</b>',
};

const { round, invitation } = await roundWithInvitation('partners');
const other = await roundWithInvitation('partners');
const token = await sealResponse(invitation, PAYLOAD);

describe('sealing and opening a response', () => {
  it('round-trips: the round key opens what a rater sealed, with the authenticated group', async () => {
    const opened = await openResponse(token, round);
    expect(opened).toEqual({
      ok: true,
      payload: PAYLOAD,
      groupId: 'partners',
      responseId: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('writes v1.<roundId>.<groupId>.<ephemeral key>.<iv>.<ciphertext>', () => {
    const parts = token.split('.');
    expect(parts).toHaveLength(6);
    expect(parts.slice(0, 3)).toEqual(['v1', round.roundId, 'partners']);
    expect(bytesFromBase64Url(parts[3]!, 65)?.[0]).toBe(0x04);
    expect(bytesFromBase64Url(parts[4]!, 12)).not.toBeNull();
    expect(token).toMatch(/^[A-Za-z0-9_.-]+$/);
  });

  it('follows the documented construction: a token sealed by hand opens', async () => {
    const byHand = await sealBytesByHand(invitation, deflated('{"a":[1,"x"]}'));
    expect(await openResponse(byHand, round)).toMatchObject({ ok: true, payload: { a: [1, 'x'] } });
  });

  it('refuses to seal for an invitation whose key does not import, or a payload over the limit', async () => {
    await expect(sealResponse({ ...invitation, publicKey: 'AAAA' }, PAYLOAD)).rejects.toThrow(TypeError);
    await expect(sealResponse(invitation, 'x'.repeat(MAX_RESPONSE_BYTES))).rejects.toThrow(RangeError);
  });
});

describe('refusing a response', () => {
  it.each([
    ['the first ciphertext byte', 5, 0],
    ['a middle ciphertext byte', 5, 20],
    ['the last byte of the tag', 5, -1],
    ['an IV byte', 4, 3],
  ])('refuses an edit of %s as tampered', async (_name, part, at) => {
    expect(await openResponse(flipByte(token, part, at), round)).toEqual({ ok: false, reason: 'tampered' });
  });

  it('refuses an edited group as tampered (the group is authenticated and in the key)', async () => {
    expect(await openResponse(withPart(token, 2, 'team'), round)).toEqual({ ok: false, reason: 'tampered' });
    expect(await openResponse(withPart(token, 2, 'partner'), round)).toEqual({
      ok: false,
      reason: 'tampered',
    });
  });

  it('refuses an edited ephemeral key as tampered, on the curve or not', async () => {
    expect(await openResponse(flipByte(token, 3, 40), round)).toEqual({ ok: false, reason: 'tampered' });
    expect(await openResponse(withPart(token, 3, other.round.publicKey), round)).toEqual({
      ok: false,
      reason: 'tampered',
    });
  });

  it('refuses an edited round id field: another round, or tampered when rewritten to this round', async () => {
    expect(await openResponse(flipByte(token, 1, 0), round)).toEqual({ ok: false, reason: 'other-round' });
    const forOther = await sealResponse(other.invitation, PAYLOAD);
    expect(await openResponse(withPart(forOther, 1, round.roundId), round)).toEqual({
      ok: false,
      reason: 'tampered',
    });
  });

  it('refuses a response meant for another round', async () => {
    const forOther = await sealResponse(other.invitation, PAYLOAD);
    expect(await openResponse(forOther, round)).toEqual({ ok: false, reason: 'other-round' });
    expect(await openResponse(forOther, other.round)).toMatchObject({ ok: true });
  });

  it("refuses a response opened with another round's private key as tampered", async () => {
    const wrongKey = { roundId: round.roundId, privateKey: other.round.privateKey };
    expect(await openResponse(token, wrongKey)).toEqual({ ok: false, reason: 'tampered' });
    const notEcdh = await globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
    ]);
    expect(await openResponse(token, { roundId: round.roundId, privateKey: notEcdh })).toEqual({
      ok: false,
      reason: 'tampered',
    });
  });

  it.each([
    ['an empty text', ''],
    ['the version alone', 'v1'],
    ['five parts', token.split('.').slice(0, 5).join('.')],
    ['seven parts', `${token}.AAAA`],
    ['an unknown version', token.replace(/^v1/, 'x1')],
    ['version 0', token.replace(/^v1/, 'v0')],
    ['a group that is not kebab-case', withPart(token, 2, 'Team')],
    ['an IV of 16 bytes', withPart(token, 4, toBase64Url(new Uint8Array(16)))],
    ['a ciphertext shorter than a tag', withPart(token, 5, toBase64Url(new Uint8Array(16)))],
    ['padding', `${token}==`],
    ['a space', ` ${token}`],
    ['a non-canonical spelling of the ephemeral key', withPart(token, 3, nonCanonical(token.split('.')[3]!))],
  ])('refuses %s as malformed', async (_name, text) => {
    expect(parseToken(text)).toEqual({ ok: false, reason: 'malformed' });
    expect(await openResponse(text, round)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses a newer version and a token over the length limit', async () => {
    expect(await openResponse(token.replace(/^v1/, 'v2'), round)).toEqual({
      ok: false,
      reason: 'newer-format',
    });
    expect(await openResponse(token + 'A'.repeat(MAX_RESPONSE_CHARS), round)).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });

  it('refuses an authentic payload that inflates too far (zip bomb), or is not deflated JSON', async () => {
    const bomb = await sealBytesByHand(invitation, deflated(`"${'0'.repeat(MAX_RESPONSE_BYTES)}"`));
    expect(bomb.length).toBeLessThan(MAX_RESPONSE_CHARS);
    expect(await openResponse(bomb, round)).toEqual({ ok: false, reason: 'too-large' });
    for (const plaintext of [utf8Bytes('{"a":1}'), deflated('{"a":'), deflated('{"__proto__":{"x":1}}')])
      expect(await openResponse(await sealBytesByHand(invitation, plaintext), round)).toEqual({
        ok: false,
        reason: 'malformed',
      });
  });
});

describe('recognising duplicates', () => {
  it('gives the same token the same response id, and two sealings different tokens and ids', async () => {
    const first = await openResponse(token, round);
    const again = await openResponse(token, round);
    const resealed = await sealResponse(invitation, PAYLOAD);
    const second = await openResponse(resealed, round);
    expect(resealed).not.toBe(token);
    expect(first.ok && again.ok && second.ok).toBe(true);
    if (!first.ok || !again.ok || !second.ok) return;
    expect(again.responseId).toBe(first.responseId);
    expect(second.responseId).not.toBe(first.responseId);
    expect(second.payload).toEqual(first.payload);
  });

  it('the response id is the SHA-256 of the ciphertext', async () => {
    const opened = await openResponse(token, round);
    const digest = await globalThis.crypto.subtle.digest(
      'SHA-256',
      bytesFromBase64Url(token.split('.')[5]!)!,
    );
    const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(opened).toMatchObject({ responseId: hex });
  });
});

describe('openResponse never throws', () => {
  const b64 = (min: number, max: number) =>
    fc.uint8Array({ minLength: min, maxLength: max }).map((bytes) => toBase64Url(bytes));

  it('on random strings (10,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300, unit: 'binary' }), async (text) => {
        expect((await openResponse(text, round)).ok).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  });

  it('on tokens of the right shape with random bytes (2,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(round.roundId, other.round.roundId),
        fc.constantFrom('partners', 'team', 'manager'),
        fc.oneof(b64(65, 65), fc.constant(other.round.publicKey)),
        b64(12, 12),
        b64(17, 200),
        async (roundId, group, epk, iv, ciphertext) => {
          const reading = await openResponse(`v1.${roundId}.${group}.${epk}.${iv}.${ciphertext}`, round);
          expect(reading).toMatchObject({
            ok: false,
            reason: roundId === round.roundId ? 'tampered' : 'other-round',
          });
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('on a real token with one character changed (2,000 runs): never opens', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: token.length - 1 }),
        fc.nat({ max: alphabet.length - 1 }),
        async (at, c) => {
          const edited = token.slice(0, at) + alphabet[c]! + token.slice(at + 1);
          fc.pre(edited !== token);
          expect((await openResponse(edited, round)).ok).toBe(false);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

it('createRound gives 128-bit round ids and 65-byte public points, different each time', async () => {
  const rounds = await Promise.all([createRound(), createRound()]);
  for (const r of rounds) {
    expect(bytesFromBase64Url(r.roundId, 16)).not.toBeNull();
    expect(bytesFromBase64Url(r.publicKey, 65)?.[0]).toBe(4);
    expect(r.privateKey.extractable).toBe(true);
    expect(r.privateKey.usages).toEqual(['deriveBits']);
  }
  expect(rounds[0].roundId).not.toBe(rounds[1].roundId);
  expect(rounds[0].publicKey).not.toBe(rounds[1].publicKey);
});
