import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/domain/bank/hash';
import { toBase64Url, utf8Bytes } from '../../../src/crypto/encoding';
import { openResponse, sealResponse } from '../../../src/crypto/response';
import { responseFileText } from '../../../src/crypto/response-file';
import { deflated, roundWithInvitation } from './fixtures';

const SECRETS = [
  'weaver-unique-7',
  'broker-unique-9',
  'Zeer-uniek-antwoord-42',
  'Łukasz',
  'network-leadership',
];
const PAYLOAD = {
  bank: { id: 'network-leadership', version: '1.2.0' },
  answers: { 'weaver-unique-7': 4, 'broker-unique-9': 2 },
  comments: { 'weaver-unique-7': 'Zeer-uniek-antwoord-42' },
  rater: 'Łukasz',
};

/** Every base64 (standard and URL-safe) spelling of a text at each of the three byte alignments. */
function base64Spellings(text: string): string[] {
  const spellings: string[] = [];
  for (const pad of ['', 'x', 'xy']) {
    const encoded = toBase64Url(utf8Bytes(pad + text));
    // Drop the characters that also depend on the padding or on what follows the text.
    const core = encoded.slice(Math.ceil((pad.length * 4) / 3) + 1, -2);
    spellings.push(core, core.replace(/-/g, '+').replace(/_/g, '/'));
  }
  return spellings;
}

describe('what a sealed response shows in clear', () => {
  it('shows no item id, answer, comment, name or bank, in any encoding of the plaintext', async () => {
    const { round, invitation } = await roundWithInvitation('team');
    const token = await sealResponse(invitation, PAYLOAD);
    const file = responseFileText(token);
    const json = canonicalJson(PAYLOAD);
    const forbidden = [
      ...SECRETS,
      ...SECRETS.flatMap(base64Spellings),
      '"answers"',
      ...base64Spellings(json).filter((s) => s.length >= 8),
      toBase64Url(deflated(json)).slice(4, 40),
      Buffer.from(json).toString('hex').slice(0, 40),
    ];
    for (const text of [token, file])
      for (const needle of forbidden) expect(text, `${needle} in clear`).not.toContain(needle);
    expect(token.split('.').slice(0, 3)).toEqual(['v1', round.roundId, 'team']);
    expect(await openResponse(token, round)).toMatchObject({ ok: true, payload: PAYLOAD });
  });
});
