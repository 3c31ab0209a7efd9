import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { indexBank } from '../../src/domain/bank/model';
import { carryOverAnswers } from '../../src/domain/carry-over';
import { findOversized, findReservedKeys } from '../../src/domain/problems';
import { checkResultForBank, resultChecker } from '../../src/domain/result-check';
import {
  RESULT_FORMAT,
  ResultFileSchema,
  buildResultFile,
  readResultText,
  readResultValue,
  resultFileText,
  wellFormedResult,
  type ResultFile,
} from '../../src/domain/result-file';
import { hostileResults } from '../fixtures/hostile/corpus';
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

/** A copy of `value` with the entry at `path` set (as an own key, `__proto__` too), or deleted for `undefined`. */
function withEntry(value: unknown, path: readonly (string | number)[], entry: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return entry;
  const copy = (
    Array.isArray(value)
      ? [...(value as unknown[])]
      : typeof value === 'object' && value !== null
        ? { ...(value as Record<string, unknown>) }
        : {}
  ) as Record<string | number, unknown>;
  const inner = withEntry(Object.hasOwn(copy, key) ? copy[key] : undefined, rest, entry);
  if (inner === undefined) delete copy[key];
  else
    Object.defineProperty(copy, key, { value: inner, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * The fast path of `readResultText` against the schema: whatever it accepts, the checks before the schema
 * and the schema itself accept too, giving the same result (same keys in the same order); and reading a
 * text gives the same reading as the schema path (`readResultValue` on the parsed value), refusals included.
 */
function expectAgreement(text: string, now: Date): void {
  const value: unknown = JSON.parse(text);
  const fast = wellFormedResult(value);
  if (fast !== null) {
    expect(findReservedKeys(value)).toEqual([]);
    expect(findOversized(value, 20_000, 20_000)).toEqual([]);
    const parsed = ResultFileSchema.safeParse(value);
    expect(parsed.success).toBe(true);
    expect(fast).toStrictEqual(parsed.data);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
  }
  const reading = readResultText(text, now);
  const slow = readResultValue(JSON.parse(text), now);
  expect(reading).toStrictEqual(slow);
  expect(JSON.stringify(reading)).toBe(JSON.stringify(slow));
}

describe('the fast path of reading a result file', () => {
  const now = new Date('2026-11-27T12:00:00.000Z');
  const full = sample({
    name: 'Jan \u202Efdp.exe',
    reflections: { 'self-as-leader': 'a\u0000b <b>x</b>', 'home-or-network': 7 },
    choices: { kickoff: ['network-weaver', 'mediator'] },
    coachNotes: 'Notes\u2066 here',
  });
  const fullText = JSON.stringify(full);
  const item = bank.items[0]?.id ?? 'c1';

  it('takes a well-formed result, as the schema gives it', () => {
    const value: unknown = JSON.parse(fullText);
    expect(wellFormedResult(value)).not.toBeNull();
    expect(wellFormedResult(JSON.parse(JSON.stringify(sample())))).not.toBeNull();
    expectAgreement(fullText, now);
    expectAgreement(resultFileText(sample()), now);
  });

  it.each(hostileResults().filter(({ expected }) => expected.reason !== 'not-json'))(
    'agrees with the schema on the hostile result file: $name',
    ({ text }) => {
      if (text.length <= 5_000_000) expectAgreement(text, now);
    },
  );

  it('leaves a record of more than 20,000 entries to the schema path', () => {
    const answers = Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`i${String(i)}`, 1]));
    const text = JSON.stringify({ ...full, answers });
    expect(wellFormedResult(JSON.parse(text))).toBeNull();
    expectAgreement(text, now);
  });

  const LIMITS = [40, 41, 63, 64, 65, 200, 201];
  /** Texts at the edges of the schema's patterns and limits. */
  const EDGE_TEXTS = [
    '',
    'a',
    'A',
    'a-',
    '-a',
    'a--b',
    'a-1',
    '1a',
    '1',
    'é',
    '__proto__',
    'constructor',
    'toString',
    'nl',
    'pt-BR',
    'pt-br',
    'en-GB-oxendict',
    RESULT_FORMAT,
    '2026-11-20T09:00:00.000Z',
    '2026-11-20T09:00Z',
    '2026-11-20T09:00:00+01:00',
    '2026-11-20T09:00:00.000+0100',
    '2026-11-20T09:00:00.1234567890Z',
    '2026-02-30T09:00:00Z',
    '2026-13-45T99:99:00Z',
    '2099-01-01T00:00:00.000Z',
    '2026-11-21T09:00:00.000Z',
    'f'.repeat(63),
    'A'.repeat(64),
    'Ab\u202E\u0000c',
    ...LIMITS.map((n) => 'x'.repeat(n)),
    ...LIMITS.map((n) => 'a'.repeat(n)),
    ...LIMITS.map((n) => `2026-11-20T09:00:00.${'0'.repeat(Math.max(1, n - 21))}Z`),
    'x'.repeat(100_000),
    'x'.repeat(100_001),
  ];
  const EDGE_VALUES: unknown[] = [
    ...EDGE_TEXTS,
    0,
    -0,
    1,
    1.5,
    -1,
    3,
    99,
    1e308,
    5e-324,
    null,
    true,
    false,
    [],
    {},
    ['network-weaver'],
    Array.from({ length: 10 }, () => 'mediator'),
    Array.from({ length: 11 }, () => 'mediator'),
    ['A'],
    [1],
    { a: 1 },
    { 'a-b': null },
    { A: 1 },
    { a: 'b' },
    { a: 'x'.repeat(65) },
    { a: ['b'] },
    undefined,
  ];
  /** Where a variant changes the result: every field of the schema, and entries of its records. */
  const PLACES: (string | number)[][] = [
    ...Object.keys(ResultFileSchema.shape).map((key) => [key]),
    ['scores'],
    ['__proto__'],
    ['constructor'],
    ['bank', 'id'],
    ['bank', 'version'],
    ['bank', 'sha256'],
    ['bank', 'extra'],
    ['bank', '__proto__'],
    ['answers', item],
    ['answers', 'new-item'],
    ['answers', 'Bad'],
    ['answers', '__proto__'],
    ['answers', 'constructor'],
    ['context', 'phase'],
    ['context', 'x'.repeat(65)],
    ['reflections', 'self-as-leader'],
    ['reflections', 'home-or-network'],
    ['choices', 'kickoff'],
    ['choices', 'kickoff', 0],
    ['choices', 'kickoff', 10],
  ];

  it('agrees with the schema on every field set to every edge value', () => {
    let fast = 0;
    for (const place of PLACES)
      for (const entry of EDGE_VALUES) {
        const text = JSON.stringify(withEntry(JSON.parse(fullText), place, entry));
        expectAgreement(text, now);
        if (wellFormedResult(JSON.parse(text)) !== null) fast += 1;
      }
    expect(fast).toBeGreaterThan(100);
  }, 60_000);

  it('agrees with the schema on numbers JSON reads as infinite', () => {
    for (const [place, number] of [
      ['"home-or-network":7', '"home-or-network":1e400'],
      [`"${item}":`, `"${item}":-1e400,"x${item}":`],
    ] as const) {
      const text = fullText.replace(place, number);
      expect(text).not.toBe(fullText);
      expect(wellFormedResult(JSON.parse(text))).toBeNull();
      expectAgreement(text, now);
    }
  });

  const strings = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...EDGE_TEXTS));
  const entries = fc.oneof(
    fc.constantFrom(...EDGE_VALUES),
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(strings, { maxLength: 12 }),
    fc.dictionary(strings, fc.oneof(strings, fc.integer({ min: -2, max: 7 }), fc.constant(null)), {
      maxKeys: 4,
    }),
  );
  const paths = fc.oneof(
    fc.constantFrom(...PLACES),
    fc
      .tuple(fc.constantFrom('', 'bank', 'answers', 'context', 'reflections', 'choices'), strings)
      .map(([parent, key]) => (parent === '' ? [key] : [parent, key])),
  );

  it('agrees with the schema on damaged variants of a result (property)', () => {
    const taken = { fast: 0, schema: 0 };
    fc.assert(
      fc.property(fc.array(fc.tuple(paths, entries), { minLength: 1, maxLength: 3 }), (changes) => {
        let value: unknown = JSON.parse(fullText);
        for (const [path, entry] of changes) value = withEntry(value, path, entry);
        const text = JSON.stringify(value);
        expectAgreement(text, now);
        taken[wellFormedResult(JSON.parse(text)) === null ? 'schema' : 'fast'] += 1;
      }),
      { numRuns: 1500 },
    );
    // Both paths were taken often: the variants tried the fast path's every check.
    expect(taken.fast).toBeGreaterThan(10);
    expect(taken.schema).toBeGreaterThan(100);
  }, 60_000);
});

describe('the check of many results against one bank', () => {
  const current = networkLeadershipBank('2.0.0');
  const index = indexBank(current);
  const byItem = (from: number, value: number | null) =>
    Object.fromEntries(current.items.map((item, i) => [item.id, i >= from ? value : 3]));
  const fine = buildResultFile(
    {
      bank: { id: current.id, version: current.version },
      bankSha256: SHA,
      language: 'nl',
      startedAt: '2026-11-20T09:00:00.000Z',
      completedAt: '2026-11-20T09:20:00.000Z',
      name: 'Anna',
      answers: answersScoring(current, {}, 4),
      context: { phase: 'execute', position: current.context[1]?.options[0]?.id ?? '' },
      reflections: { 'self-as-leader': 'Ja.', 'home-or-network': 7 },
      choices: { 'situation-explore': ['network-weaver', 'mediator'] },
    },
    new Date('2026-11-27T10:00:00.000Z'),
  );
  const agreeing = (result: ResultFile) => {
    const problems = resultChecker(index)(result);
    expect(problems).toStrictEqual(checkResultForBank(index, result));
    return problems;
  };
  const first = current.items[0]?.id ?? '';
  const agreementItem =
    current.items.find((item) => index.itemScale.get(item.id)?.id === 'agreement')?.id ?? '';

  it('finds exactly the problems of checkResultForBank', () => {
    expect(agreeing(fine)).toEqual([]);
    const variants: Partial<ResultFile>[] = [
      { answers: {} },
      { answers: { ...fine.answers, [first]: 7 } },
      { answers: { ...fine.answers, [first]: 2.5 } },
      { answers: { ...fine.answers, [first]: -0 } },
      { answers: { ...fine.answers, [first]: null } },
      { answers: { ...fine.answers, [agreementItem]: null } },
      { answers: { ...fine.answers, 'no-such-item': 3 } },
      { answers: { ...fine.answers, constructor: 3 } },
      { answers: byItem(50, null) },
      { answers: byItem(0, 6) },
      { context: {} },
      { context: { phase: 'not-a-phase' } },
      { context: { nope: 'x' } },
      { context: { constructor: 'x' } },
      { reflections: {} },
      { reflections: { 'home-or-network': 11 } },
      { reflections: { 'home-or-network': -1 } },
      { reflections: { 'home-or-network': 0, 'self-identification': 10 } },
      { reflections: { 'home-or-network': 'seven' } },
      { reflections: { 'self-as-leader': 4 } },
      { reflections: { 'no-such-prompt': 'x' } },
      { choices: {} },
      { choices: { 'situation-explore': [] } },
      { choices: { 'situation-explore': ['mediator', 'mediator'] } },
      { choices: { 'situation-explore': ['mediator', 'catalyst', 'coordinator'] } },
      { choices: { 'situation-explore': ['framing'] } },
      { choices: { 'situation-explore': ['no-such-role'] } },
      { choices: { 'no-such-situation': ['mediator'] } },
    ];
    for (const variant of variants) agreeing({ ...fine, ...variant });
    const { choices: _choices, ...withoutChoices } = fine;
    expect(agreeing(withoutChoices)).toEqual([]);
    expect(agreeing({ ...fine, answers: { ...fine.answers, [first]: 7 } }).map((p) => p.code)).toEqual([
      'not-on-scale-or-na',
    ]);
  });

  it('reads records with inherited keys as checkResultForBank does', () => {
    const inherited = Object.assign(
      Object.create({ 'no-such-item': 3 }) as Record<string, number>,
      fine.answers,
    );
    expect(agreeing({ ...fine, answers: inherited })).toEqual([]);
    const bare = Object.assign(Object.create(null) as Record<string, number | null>, fine.answers, { x: 1 });
    expect(agreeing({ ...fine, answers: bare }).map((p) => p.code)).toEqual(['not-an-item']);
  });

  it('agrees with checkResultForBank on damaged variants (property)', () => {
    const ids = fc.constantFrom(first, agreementItem, 'phase', 'home-or-network', 'self-as-leader', 'x');
    const entry = fc.oneof(
      fc.constantFrom(0, 1, 3, 5, 6, 10, 11, 2.5, -0, null, 'x', 'execute', 'mediator'),
      fc.array(fc.constantFrom('mediator', 'catalyst', 'framing', 'x'), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('answers', 'context', 'reflections', 'choices'),
        fc.dictionary(ids, entry, { maxKeys: 3 }),
        (field, changes) => {
          const record = { ...(fine[field] ?? {}), ...changes };
          agreeing({ ...fine, [field]: record });
        },
      ),
      { numRuns: 500 },
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
