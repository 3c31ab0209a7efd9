import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inflateJson } from '../../../src/crypto/compress';
import { bytesFromBase64Url, toBase64Url } from '../../../src/crypto/encoding';
import { MAX_INVITATION_CHARS, decodeInvitation, encodeInvitation } from '../../../src/crypto/invitation';
import { deflated, roundWithInvitation } from './fixtures';

const { round, invitation } = await roundWithInvitation('manager');

/** An invitation text of any JSON value, written the way invitations are. */
const linkOf = (value: unknown) => toBase64Url(deflated(JSON.stringify(value)));

describe('invitations', () => {
  it('round-trip through a compact fragment text', async () => {
    const text = encodeInvitation(invitation);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(text.length).toBeLessThan(300);
    expect(await decodeInvitation(text)).toEqual({ ok: true, invitation });
  });

  it('carry only the version, round, group, bank, public key and first name', () => {
    const inflated = inflateJson(bytesFromBase64Url(encodeInvitation(invitation))!, 10_000);
    expect(inflated.ok && Object.keys(inflated.value as object).sort()).toEqual([
      'bank',
      'firstName',
      'formatVersion',
      'groupId',
      'publicKey',
      'roundId',
    ]);
  });

  it('trim the first name, and leave out an empty one', async () => {
    const { firstName: _, ...anonymous } = invitation;
    expect(await decodeInvitation(encodeInvitation(anonymous))).toEqual({ ok: true, invitation: anonymous });
    expect(await decodeInvitation(encodeInvitation({ ...invitation, firstName: '  ' }))).toEqual({
      ok: true,
      invitation: anonymous,
    });
    expect(await decodeInvitation(encodeInvitation({ ...invitation, firstName: ' Anne ' }))).toMatchObject({
      invitation: { firstName: 'Anne' },
    });
  });

  it('are not written with fields that would be refused', () => {
    for (const edit of [{ groupId: 'Team' }, { roundId: 'short' }, { bank: { id: 'x', version: '1' } }])
      expect(() => encodeInvitation({ ...invitation, ...edit })).toThrow(TypeError);
  });
});

describe('refusing an invitation', () => {
  const raw = bytesFromBase64Url(round.publicKey, 65)!;
  const offCurve = raw.slice();
  offCurve[40] = offCurve[40]! ^ 1;
  const compressed = new Uint8Array([2 + (raw[64]! & 1), ...raw.slice(1, 33)]);

  it.each([
    ['a point off the curve', toBase64Url(offCurve)],
    ['a compressed point', toBase64Url(compressed)],
    ['64 bytes', toBase64Url(raw.slice(0, 64))],
    ['a wrong prefix byte', toBase64Url(new Uint8Array([5, ...raw.slice(1)]))],
    ['all zeros', toBase64Url(new Uint8Array(65))],
    ['not base64url', '!'.repeat(87)],
    ['an empty key', ''],
  ])('refuses a public key that is %s as bad-key', async (_name, publicKey) => {
    expect(await decodeInvitation(encodeInvitation({ ...invitation, publicKey }))).toEqual({
      ok: false,
      reason: 'bad-key',
    });
  });

  it('refuses a newer format as newer-format', async () => {
    expect(await decodeInvitation(linkOf({ ...invitation, formatVersion: 2, extra: 1 }))).toEqual({
      ok: false,
      reason: 'newer-format',
    });
  });

  it.each([
    ['an empty text', ''],
    ['a text over the limit', 'A'.repeat(MAX_INVITATION_CHARS + 1)],
    ['not base64url', 'ab+/'],
    ['not deflate data', toBase64Url(new Uint8Array([1, 2, 3, 4, 5]))],
    ['a zip bomb', toBase64Url(deflated(`"${'0'.repeat(1_000_000)}"`))],
    ['not JSON', toBase64Url(deflated('{"formatVersion":'))],
    ['an array', linkOf([invitation])],
    ['null', linkOf(null)],
    ['a missing group', linkOf({ ...invitation, groupId: undefined })],
    ['an extra field', linkOf({ ...invitation, privateKey: 'x' })],
    ['a reserved key', toBase64Url(deflated(JSON.stringify(invitation).replace('{', '{"__proto__":{},')))],
    ['a group that is not kebab-case', linkOf({ ...invitation, groupId: 'Manager' })],
    [
      'a bank version that is not semver',
      linkOf({ ...invitation, bank: { ...invitation.bank, version: 'v1' } }),
    ],
    ['a round id of 8 bytes', linkOf({ ...invitation, roundId: toBase64Url(new Uint8Array(8)) })],
    ['format version 0', linkOf({ ...invitation, formatVersion: 0 })],
    ['a name with a bidi override', linkOf({ ...invitation, firstName: 'Anne\u202Egnp.exe' })],
    ['a name with a newline', linkOf({ ...invitation, firstName: 'An\nne' })],
    ['a name of 61 characters', linkOf({ ...invitation, firstName: 'a'.repeat(61) })],
  ])('refuses %s as bad-link', async (_name, text) => {
    expect(await decodeInvitation(text)).toEqual({ ok: false, reason: 'bad-link' });
  });
});

describe('decodeInvitation never throws', () => {
  it('on random strings (10,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (text) => {
        expect((await decodeInvitation(text)).ok).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  });

  it('on random bytes, deflated (10,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const reading = await decodeInvitation(toBase64Url(deflated(new TextDecoder().decode(bytes))));
        expect(reading.ok).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  });

  it('on random JSON values and invitations with random fields (2,000 runs)', async () => {
    const field = fc.oneof(fc.jsonValue(), fc.string({ maxLength: 90 }));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            formatVersion: fc.constant(1),
            roundId: field,
            groupId: field,
            bank: field,
            publicKey: field,
          }),
          fc.constant(invitation).chain((inv) =>
            fc.record({
              ...Object.fromEntries(Object.entries(inv).map(([k, v]) => [k, fc.constant(v)])),
              publicKey: field,
            }),
          ),
        ),
        async (value) => {
          await decodeInvitation(linkOf(value));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
