import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/commands';
import { validateBankText } from '../../src/domain/bank/validate';
import { readResultText } from '../../src/domain/result-file';
import { decodeShare } from '../../src/domain/share-link';
import {
  hostileBanks,
  hostileLinks,
  hostileResults,
  markupBankText,
  markupResultText,
} from '../fixtures/hostile/corpus';
import { worded } from '../helpers/i18n';

const banks = hostileBanks();
const results = hostileResults();
const links = hostileLinks();

describe('the hostile corpus', () => {
  it('has at least 30 banks and 20 result files or links', () => {
    expect(banks.length).toBeGreaterThanOrEqual(30);
    expect(results.length + links.length).toBeGreaterThanOrEqual(20);
  });
});

describe.each(banks)('hostile bank: $name', ({ text, expected }) => {
  it('is rejected with its problem, worded in both languages', () => {
    const result = validateBankText(text, { fileName: '2.1.0.json' });
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        code: expected.code,
        ...(expected.path === undefined ? {} : { path: expected.path }),
      }),
    );
    for (const language of ['nl', 'en'] as const)
      for (const problem of worded(result.problems, language))
        expect(problem.message).not.toMatch(/problems\./);
  });

  it('is rejected by the command line with exit code 1 and the place in the file', () => {
    const err: string[] = [];
    const io: CliIo = {
      out: () => undefined,
      err: (line) => err.push(line),
      readBytes: () => new TextEncoder().encode(text),
      writeText: () => undefined,
      listBanks: () => [],
      schemaPath: 'bank.schema.json',
      questionnairesPath: 'questionnaires',
    };
    expect(runCli(['validate', 'hostile/2.1.0.json'], io)).toBe(1);
    expect(err[0]).toMatch(/^hostile\/2\.1\.0\.json: /);
    if (expected.path !== undefined && expected.path !== '')
      expect(err.join('\n')).toContain(`: ${expected.path}: `);
  });
});

describe('a bank full of markup and script', () => {
  it('is valid: texts are data, shown as text, never interpreted', () => {
    expect(validateBankText(markupBankText()).problems).toEqual([]);
  });
});

describe.each(results)('hostile result file: $name', ({ text, expected }) => {
  it('is refused with the right reason and problem', () => {
    const reading = readResultText(text);
    expect(reading).toMatchObject({ ok: false, reason: expected.reason });
    if (!reading.ok && reading.reason === 'invalid' && expected.code !== undefined)
      expect(reading.problems).toContainEqual(
        expect.objectContaining({
          code: expected.code,
          ...(expected.path === undefined ? {} : { path: expected.path }),
        }),
      );
  });
});

describe('a result file full of markup', () => {
  it('is read as it is (its texts are shown as text)', () => {
    expect(readResultText(markupResultText()).ok).toBe(true);
  });
});

describe.each(links)('hostile share link: $name', ({ text, expected }) => {
  it('is refused with the right reason', () => {
    expect(decodeShare(text)).toMatchObject({ ok: false, reason: expected.reason });
  });
});
