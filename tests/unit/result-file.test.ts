import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { indexBank } from '../../src/domain/bank/model';
import { carryOverAnswers } from '../../src/domain/carry-over';
import {
  RESULT_FORMAT,
  buildResultFile,
  readResultText,
  readResultValue,
  resultFileText,
  type ResultFile,
} from '../../src/domain/result-file';
import { decodeShare, encodeShare, sharePayload } from '../../src/domain/share-link';
import { tinyBank } from '../helpers/banks';
import { worded } from '../helpers/i18n';
import { answersScoring, networkLeadershipBank } from '../helpers/network-leadership';

const bank = networkLeadershipBank();
const SHA = 'a'.repeat(64);

function sample(overrides: Partial<Parameters<typeof buildResultFile>[0]> = {}): ResultFile {
  return buildResultFile(
    {
      bank: { id: bank.id, version: bank.version },
      bankSha256: SHA,
      language: 'nl',
      startedAt: '2026-11-20T09:00:00.000Z',
      completedAt: '2026-11-20T09:20:00.000Z',
      name: 'Łukasz',
      answers: answersScoring(bank, {}, 4),
      context: { phase: 'execute' },
      reflections: { 'self-as-leader': 'Ja.\n<script>alert(1)</script>', 'home-or-network': 7 },
      ...overrides,
    },
    new Date('2026-11-27T10:00:00.000Z'),
  );
}

describe('result files', () => {
  it('round-trips through text: what is exported is what is imported', () => {
    const result = sample();
    const reading = readResultText(resultFileText(result));
    expect(reading).toEqual({ ok: true, result });
    expect(result).not.toHaveProperty('scores');
    expect(result).toMatchObject({
      format: RESULT_FORMAT,
      formatVersion: 1,
      exportedAt: '2026-11-27T10:00:00.000Z',
    });
  });

  it('leaves an empty name and empty coach notes out', () => {
    const result = sample({ name: '  ', coachNotes: '' });
    expect(result).not.toHaveProperty('name');
    expect(result).not.toHaveProperty('coachNotes');
  });

  it.each([
    ['not JSON', '{"format": ', 'not-json'],
    ['a bank, not a result', JSON.stringify(bank), 'not-result'],
    ['an array', '[1,2]', 'not-result'],
    ['null', 'null', 'not-result'],
    ['a number', '42', 'not-result'],
  ])('refuses %s with the right reason', (_name, text, reason) => {
    expect(readResultText(text)).toMatchObject({ ok: false, reason });
  });

  it('cleans direction-override and control characters once, when the file is read', () => {
    const result = { ...sample(), name: 'Jan \u202Efdp.exe', reflections: { 'self-as-leader': 'a\u0000b' } };
    const reading = readResultText(JSON.stringify(result));
    expect(reading).toMatchObject({
      ok: true,
      result: { name: 'Jan fdp.exe', reflections: { 'self-as-leader': 'ab' } },
    });
  });

  it.each([
    ['a start date that is not an ISO date', { startedAt: '20 november 2026' }, 'startedAt', 'date-format'],
    ['a completion that is not a date', { completedAt: 'yesterday' }, 'completedAt', 'date-format'],
    [
      'a start after the completion',
      { startedAt: '2026-11-21T09:00:00.000Z' },
      'startedAt',
      'started-after-completed',
    ],
    [
      'a completion in the far future',
      { completedAt: '2099-01-01T00:00:00.000Z' },
      'completedAt',
      'date-future',
    ],
  ])('refuses %s', (_name, change, path, code) => {
    const reading = readResultValue({ ...sample(), ...change }, new Date('2026-11-27T12:00:00.000Z'));
    expect(reading).toMatchObject({ ok: false, reason: 'invalid' });
    if (reading.ok || reading.reason !== 'invalid') return;
    expect(reading.problems).toContainEqual(expect.objectContaining({ path, code }));
    expect(
      worded(reading.problems)
        .map((p) => p.message)
        .join(' '),
    ).not.toMatch(/problems\./);
  });

  it('is checked against its bank by the one check every reader uses', async () => {
    const { checkResultForBank } = await import('../../src/domain/result-check');
    const index = indexBank(bank);
    const fine = sample();
    expect(checkResultForBank(index, fine)).toEqual([]);
    const first = bank.items[0]?.id ?? '';
    const damaged = {
      ...fine,
      answers: { ...fine.answers, [first]: 7, 'no-such-item': 3 },
      context: { phase: 'not-a-phase', nope: 'x' },
      reflections: { 'home-or-network': 99, 'self-as-leader': 4 },
    };
    expect(checkResultForBank(index, damaged).map((p) => [p.path, p.code])).toEqual([
      [`answers.${first}`, 'not-on-scale-or-na'],
      ['answers.no-such-item', 'not-an-item'],
      ['context.phase', 'not-an-option'],
      ['context.nope', 'not-a-question'],
      ['reflections.home-or-network', 'slider-off-range'],
      ['reflections.self-as-leader', 'reflection-wrong-kind'],
    ]);
  });

  it('refuses a newer format, saying which', () => {
    expect(readResultValue({ ...sample(), formatVersion: 7 })).toEqual({
      ok: false,
      reason: 'newer-format',
      formatVersion: 7,
    });
  });

  it('refuses a file over the size limit before parsing it', () => {
    expect(readResultText(`"${'x'.repeat(5_000_001)}"`)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('lists every problem of a damaged file with its path', () => {
    const reading = readResultValue({
      ...sample(),
      answers: { 'network-weaver-1': 'five' },
      completedAt: 'yesterday',
    });
    expect(reading).toMatchObject({ ok: false, reason: 'invalid' });
    if (reading.ok || reading.reason !== 'invalid') return;
    expect(worded(reading.problems)).toContainEqual({
      path: 'answers.network-weaver-1',
      message: 'must be a number, but is a text',
    });
    expect(worded(reading.problems, 'nl')).toContainEqual({
      path: 'completedAt',
      message: 'moet een datum en tijd zijn, zoals 2026-11-27T10:00:00Z',
    });
  });

  it.each([
    [
      '__proto__ keys',
      JSON.parse(`{"format":"${RESULT_FORMAT}","formatVersion":1,"__proto__":{"polluted":1}}`),
    ],
    ['wrong types', { ...sample(), bank: 'network-leadership' }],
    ['huge strings', { ...sample(), name: 'x'.repeat(1_000_000) }],
    [
      'deep nesting',
      { ...sample(), reflections: JSON.parse('{"a":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}') },
    ],
    ['unknown fields', { ...sample(), scores: { 'network-weaver': 5 } }],
    ['a bad hash', { ...sample(), bank: { id: 'x', version: '1.0.0', sha256: 'zz' } }],
  ])('never throws on hostile input (%s) and gives problems', (_name, value) => {
    const reading = readResultValue(value);
    expect(reading.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on arbitrary values or text (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => !readResultValue(value).ok || typeof value === 'object'),
      { numRuns: 10_000 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => !readResultText(text).ok),
      { numRuns: 10_000 },
    );
  });
});

describe('share links', () => {
  it('round-trips a result through the link (property)', () => {
    const answer = fc.oneof(fc.constantFrom(1, 2, 3, 4, 5), fc.constant(null));
    fc.assert(
      fc.property(
        fc.record({
          name: fc.string({ maxLength: 60 }),
          reflection: fc.string({ maxLength: 400 }),
          answers: fc.array(answer, { minLength: bank.items.length, maxLength: bank.items.length }),
        }),
        ({ name, reflection, answers }) => {
          const result = sample({
            name,
            reflections: reflection.trim() === '' ? {} : { 'self-as-leader': reflection },
            answers: Object.fromEntries(bank.items.map((item, i) => [item.id, answers[i] ?? null])),
          });
          expect(decodeShare(encodeShare(result))).toEqual({ ok: true, result });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a full result short enough for a link', () => {
    expect(encodeShare(sample()).length).toBeLessThan(2500);
  });

  it('finds the payload in a URL hash', () => {
    expect(sharePayload('#r=abc_-1')).toBe('abc_-1');
    expect(sharePayload('r=xyz')).toBe('xyz');
    expect(sharePayload('#x=1')).toBeNull();
  });

  it('refuses broken, truncated and bomb-like links without throwing', () => {
    const good = encodeShare(sample());
    expect(decodeShare('')).toEqual({ ok: false, reason: 'bad-link' });
    expect(decodeShare('not base64!')).toEqual({ ok: false, reason: 'bad-link' });
    expect(decodeShare(good.slice(0, good.length / 2))).toMatchObject({ ok: false });
    expect(decodeShare('A'.repeat(300_000))).toEqual({ ok: false, reason: 'bad-link' });
    // 50 MB of zeros deflate to a few kB: refused by the inflate limit, not by the link length.
    const bomb = deflateSync(new Uint8Array(50_000_000), { level: 9 });
    const encoded = Buffer.from(bomb).toString('base64url');
    expect(encoded.length).toBeLessThan(200_000);
    expect(decodeShare(encoded)).toEqual({ ok: false, reason: 'bad-link' });
    // valid deflate of something that is not a result file
    expect(decodeShare(Buffer.from(deflateSync(strToU8('{"a":1}'))).toString('base64url'))).toEqual({
      ok: false,
      reason: 'not-result',
    });
  });

  it('never throws on arbitrary payloads (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (payload) => !decodeShare(payload).ok),
      { numRuns: 10_000 },
    );
  });
});

describe('answers carried over to a newer bank version', () => {
  it('keeps answers to unchanged item ids that still fit, and counts the new items', () => {
    const old = tinyBank();
    const next = {
      ...old,
      version: '2.2.0',
      items: [
        ...old.items.filter((item) => item.id !== 'c2'),
        { id: 'c9', dimension: 'connect', text: { nl: 'Nieuw.', en: 'New.' } },
      ],
    };
    const carried = carryOverAnswers(
      { c1: 4, c2: 5, t1: 3, x1: 7, gone: 2 },
      indexBank(old),
      indexBank(next),
    );
    // c1 and t1 kept; c2 and gone removed from the bank; x1 = 7 is not on its 0/5/10 scale
    expect(carried).toMatchObject({ answers: { c1: 4, t1: 3 }, kept: 2, dropped: 3 });
  });

  it('counts what changed between the two versions, not what was left unanswered', () => {
    const old = tinyBank();
    const [first, ...rest] = old.items;
    if (!first) throw new Error('the tiny bank has items');
    const next = {
      ...old,
      version: '2.2.0',
      items: [
        { ...first, text: { ...first.text, en: 'Reworded.' } },
        ...rest.filter((item) => item.id !== 'c2'),
        { id: 'c9', dimension: 'connect', text: { nl: 'Nieuw.', en: 'New.' } },
      ],
    };
    // One statement answered of many: the old count ("new or changed") was items minus answers kept.
    const carried = carryOverAnswers({ t1: 3 }, indexBank(old), indexBank(next));
    expect(carried).toMatchObject({ kept: 1, changed: 2, unchanged: next.items.length - 2 });
    expect(carryOverAnswers({}, indexBank(old), indexBank(old))).toMatchObject({ changed: 0 });
  });
});
