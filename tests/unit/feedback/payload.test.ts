import { describe, expect, it } from 'vitest';
import { indexBank } from '../../../src/domain/bank/model';
import { invitationOf, responseOf, responseUrl, tokensIn } from '../../../src/domain/feedback/links';
import {
  answerSetOf,
  buildRaterPayload,
  offersFeedback,
  ratedItems,
  readRaterPayload,
} from '../../../src/domain/feedback/payload';
import { tinyBank } from '../../helpers/banks';
import { networkLeadershipBank } from '../../helpers/network-leadership';

const index = indexBank(networkLeadershipBank('2.0.0'));
const items = ratedItems(index);

describe('rater payload', () => {
  it('rates only the behaviour sections of bank 2.0.0', () => {
    expect(items).toHaveLength(85);
    expect(new Set(items.map((item) => index.dimensions.get(item.dimension)?.section))).toEqual(
      new Set(['roles', 'lever-skills']),
    );
    expect(offersFeedback(index)).toBe(true);
    expect(offersFeedback(indexBank(tinyBank()))).toBe(false);
  });

  it('keeps rated answers and non-empty comments only, and reads back what it built', () => {
    const first = items[0]?.id ?? '';
    const payload = buildRaterPayload(
      index,
      { [first]: 4, [items[1]?.id ?? '']: null, 'trust-orientation-1': 5 },
      { roles: '  Brengt mensen samen.\u202E ', mindset: 'niet gevraagd', 'lever-skills': '   ' },
    );
    expect(payload.answers).toEqual({ [first]: 4, [items[1]?.id ?? '']: null });
    expect(payload.comments).toEqual({ roles: 'Brengt mensen samen.' });
    const read = readRaterPayload(JSON.parse(JSON.stringify(payload)), index);
    expect(read).toEqual({ ok: true, payload });
    if (read.ok)
      expect(answerSetOf('partners', read.payload).comments).toEqual({ roles: 'Brengt mensen samen.' });
  });

  it('refuses other banks, newer formats, unasked statements, off-scale values and stray fields', () => {
    const good = buildRaterPayload(index, { [items[0]?.id ?? '']: 4 }, {});
    expect(readRaterPayload({ ...good, bank: { id: good.bank.id, version: '1.0.0' } }, index)).toEqual({
      ok: false,
      reason: 'other-bank',
    });
    expect(readRaterPayload({ ...good, formatVersion: 2 }, index)).toEqual({
      ok: false,
      reason: 'newer-format',
    });
    expect(readRaterPayload({ ...good, answers: { 'trust-orientation-1': 4 } }, index)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(readRaterPayload({ ...good, answers: { [items[0]?.id ?? '']: 7 } }, index)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(readRaterPayload({ ...good, comments: { mindset: 'x' } }, index)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    for (const hostile of [null, 1, 'x', [], { ...good, name: 'Jan' }, JSON.parse('{"__proto__": {}}')])
      expect(readRaterPayload(hostile, index).ok).toBe(false);
    expect(readRaterPayload({ ...good, comments: { roles: 'x'.repeat(2_001) } }, index).ok).toBe(false);
  });
});

describe('feedback links', () => {
  const token = `v1.${'A'.repeat(22)}.partners.${'B'.repeat(87)}.${'C'.repeat(16)}.${'D'.repeat(40)}`;

  it('finds tokens in pasted links and text, once each', () => {
    const link = responseUrl('https://dev1.example.org/nla/', token);
    expect(responseOf(new URL(link).hash)).toBe(token);
    expect(tokensIn(`Hier is mijn antwoord: ${link}. En nog eens:\n${token}`)).toEqual([token]);
    expect(tokensIn('geen antwoord hier, versie v1 van iets')).toEqual([]);
    expect(tokensIn(token.slice(0, 60))).toEqual([token.slice(0, 60)]);
  });

  it('reads fragments', () => {
    expect(invitationOf('#abc')).toBe('abc');
    expect(invitationOf('#')).toBeNull();
    expect(responseOf('#other=1')).toBeNull();
  });
});
