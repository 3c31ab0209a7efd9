import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sealResponse } from '../../../src/crypto/response';
import { responseFileText } from '../../../src/crypto/response-file';
import { indexBank } from '../../../src/domain/bank/model';
import { buildRaterPayload, ratedItems, readRaterPayload } from '../../../src/domain/feedback/payload';
import { readResultText, readResultValue } from '../../../src/domain/result-file';
import { openTokens, tokensOfFile, tokensOfText } from '../../../src/state/feedback-import';
import { roundFeedback, type StoredRound } from '../../../src/state/feedback';
import { networkLeadershipBank } from '../../helpers/network-leadership';
import { flipByte, roundWithInvitation } from '../crypto/fixtures';

const index = indexBank(networkLeadershipBank('2.0.0'));
const items = ratedItems(index);
const answers = Object.fromEntries(items.map((item) => [item.id, 4]));
const payload = buildRaterPayload(index, answers, { roles: 'Verbindt partners.' });
const BANK = { id: 'network-leadership', version: '2.0.0' };

const { round, invitation } = await roundWithInvitation('partners');
const mine = { ...invitation, bank: BANK };
const opening = { roundId: round.roundId, privateKey: round.privateKey, groups: ['manager', 'partners'] };
const good = await sealResponse(mine, payload);

describe('opening responses for a round', () => {
  it('takes a response in once, and explains every refusal', async () => {
    const other = await roundWithInvitation('partners');
    const tokens = [
      good,
      good,
      await sealResponse(other.invitation, payload),
      await sealResponse(mine, { ...payload, bank: { ...BANK, version: '1.0.0' } }),
      await sealResponse({ ...mine, groupId: 'team' }, payload),
      await sealResponse(mine, { ...payload, answers: { 'trust-orientation-1': 4 } }),
      flipByte(good, 5, 0),
      good.slice(0, 60),
      await sealResponse(mine, { formatVersion: 9 }),
    ];
    const batch = await openTokens(
      tokens.map((token) => ({ token })),
      opening,
      index,
      new Set(),
    );
    expect(batch.outcomes.map((o) => (o.kind === 'refused' ? o.reason : o.kind))).toEqual([
      'added',
      'duplicate',
      'other-round',
      'other-bank',
      'other-group',
      'invalid',
      'tampered',
      'malformed',
      'newer-format',
    ]);
    expect(batch.responses).toHaveLength(1);
    expect(batch.responses[0]?.payload.comments).toEqual({ roles: 'Verbindt partners.' });
    // An id already in counts as a duplicate, whether it comes as a link or as a file.
    const again = await openTokens(
      tokensOfFile('a.json', responseFileText(good)).ok ? [{ token: good }] : [],
      opening,
      index,
      new Set([batch.responses[0]?.responseId ?? '']),
    );
    expect(again.outcomes.map((o) => o.kind)).toEqual(['duplicate']);
  });

  it('finds tokens in files and pasted texts, and refuses files without one', () => {
    expect(tokensOfFile('r.json', responseFileText(good))).toEqual({
      ok: true,
      tokens: [{ token: good, source: 'r.json' }],
    });
    expect(tokensOfFile('links.txt', `a http://x/feedback#response=${good} b`)).toMatchObject({ ok: true });
    expect(tokensOfFile('bank.json', '{"format":"other"}')).toEqual({
      ok: false,
      outcome: { source: 'bank.json', kind: 'refused', reason: 'no-response' },
    });
    expect(tokensOfText(`${good}\n${good}`)).toEqual([{ token: good }]);
  });

  it('never throws on random text (10,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400, unit: 'binary' }), async (text) => {
        const batch = await openTokens([{ token: text }, ...tokensOfText(text)], opening, index, new Set());
        expect(batch.responses).toEqual([]);
        const file = tokensOfFile('x', text);
        expect(typeof file.ok).toBe('boolean');
      }),
      { numRuns: 10_000 },
    );
  });

  it('never throws on any decrypted value (10,000 runs)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(readRaterPayload(value, index).ok).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('a round on a results page', () => {
  const stored = (groups: readonly string[]): StoredRound => ({
    roundId: round.roundId,
    publicKey: round.publicKey,
    privateKey: 'x',
    bank: BANK,
    groups: ['manager', 'partners', 'team'],
    createdAt: '2026-12-01T10:00:00.000Z',
    keySaved: true,
    responses: groups.map((groupId, i) => ({
      responseId: String(i).repeat(64),
      groupId,
      token: `v1.token-${String(i)}`,
      payload,
    })),
  });

  it('carries only the responses that count: a left-out group stays out of the result file', () => {
    const some = roundFeedback(stored(['manager', 'team']), index);
    expect(some?.sets).toHaveLength(2);
    expect(some?.counted).toEqual(['v1.token-0']);
    const all = roundFeedback(stored(['partners', 'partners', 'partners', 'team']), index);
    expect(all?.counted).toHaveLength(4);
    expect(roundFeedback(stored(['partners']), indexBank(networkLeadershipBank('1.0.0')))).toBeNull();
    expect(roundFeedback(stored([]), index)).toBeNull();
  });

  it('a result file carrying feedback reads back; a damaged feedback part is refused', () => {
    const base = {
      format: 'network-leadership-result',
      formatVersion: 1,
      bank: { ...BANK, sha256: '0'.repeat(64) },
      language: 'nl',
      completedAt: '2026-12-01T10:00:00.000Z',
      exportedAt: '2026-12-01T10:00:00.000Z',
      answers: {},
      context: {},
      reflections: {},
    };
    const file = { ...base, feedback: { roundId: round.roundId, responses: [good] } };
    expect(readResultValue(file, new Date('2026-12-01T12:00:00Z')).ok).toBe(true);
    // Read from its text (the cohort's fast path first), the feedback part is kept, never dropped.
    const read = readResultText(JSON.stringify(file), new Date('2026-12-01T12:00:00Z'));
    expect(read.ok && read.result.feedback).toEqual(file.feedback);
    for (const feedback of [
      { roundId: 'x', responses: [] },
      { roundId: round.roundId, responses: ['nope'] },
      { roundId: round.roundId, responses: [good], names: ['Jan'] },
    ])
      expect(readResultValue({ ...base, feedback }, new Date('2026-12-01T12:00:00Z')).ok).toBe(false);
  });
});
