import { describe, expect, it } from 'vitest';
import { bankHash } from '../../../src/domain/bank/hash';
import { validateBankText } from '../../../src/domain/bank/validate';
import {
  bankInLanguage,
  bankLinkPayload,
  decodeBankLink,
  encodeBankLink,
} from '../../../src/domain/bank-link';
import { networkLeadershipBank } from '../../helpers/network-leadership';

const bank = networkLeadershipBank('2.0.0');

describe('bank links', () => {
  it('carry the bundled 2.0.0 bank in both languages within 60 kB, and back to the identical bank', async () => {
    const payload = encodeBankLink(bank);
    expect(payload.length).toBeLessThanOrEqual(60_000);
    const read = decodeBankLink(payload);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const checked = validateBankText(read.text);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(await bankHash(checked.bank)).toBe(await bankHash(bank));
  });

  it('give back the identical bank for every bundled bank and for texts missing a language', async () => {
    const partial = structuredClone(bank);
    const first = partial.items[0];
    if (first) first.text = { nl: first.text.nl ?? '' };
    for (const original of [networkLeadershipBank('1.0.0'), bank, partial]) {
      const read = decodeBankLink(encodeBankLink(original));
      expect(read.ok).toBe(true);
      if (read.ok) expect(await bankHash(JSON.parse(read.text))).toBe(await bankHash(original));
    }
  });

  it('offer a shorter link with one language, a valid bank in that language only', () => {
    const dutch = bankInLanguage(bank, 'nl');
    expect(dutch.languages).toEqual(['nl']);
    expect(encodeBankLink(dutch).length).toBeLessThan(encodeBankLink(bank).length * 0.7);
    const checked = validateBankText(JSON.stringify(dutch));
    expect(checked.ok).toBe(true);
    expect(JSON.stringify(dutch)).not.toContain('"en":');
    expect(dutch.items.map((item) => item.text.nl)).toEqual(bank.items.map((item) => item.text.nl));
  });

  it('refuse a truncated, altered or empty link, and read the payload from a hash', () => {
    const payload = encodeBankLink(bank);
    expect(decodeBankLink(payload.slice(0, payload.length - 500))).toEqual({ ok: false, reason: 'damaged' });
    expect(decodeBankLink(payload.slice(0, 40))).toEqual({ ok: false, reason: 'damaged' });
    expect(decodeBankLink(`${payload.slice(0, 100)}!!${payload.slice(102)}`)).toEqual({
      ok: false,
      reason: 'damaged',
    });
    expect(decodeBankLink('')).toEqual({ ok: false, reason: 'empty' });
    expect(decodeBankLink('A'.repeat(1_000_001))).toEqual({ ok: false, reason: 'too-large' });
    expect(bankLinkPayload(`#b=${payload}`)).toBe(payload);
    expect(bankLinkPayload('#r=abc')).toBeNull();
  });
});
