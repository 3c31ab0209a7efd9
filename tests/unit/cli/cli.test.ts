import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../src/cli/commands';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function fakeIo(files: Record<string, string> = {}, banks: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readBytes: (path) => {
      if (path in files) return new TextEncoder().encode(files[path] ?? '');
      try {
        return new Uint8Array(readFileSync(`${root}/${path}`));
      } catch {
        return null;
      }
    },
    writeText: (path, text) => {
      written[path] = text;
    },
    listBanks: () => banks,
    schemaPath: 'questionnaires/bank.schema.json',
    questionnairesPath: 'questionnaires',
  };
  return { io, out, err, written };
}

const TINY = 'tests/fixtures/banks/tiny/2.1.0.json';
const BROKEN = 'tests/fixtures/banks/broken/1.0.0.json';

describe('bank validate', () => {
  it('accepts the fixture bank with exit code 0', () => {
    const { io, out } = fakeIo();
    expect(runCli(['validate', TINY], io)).toBe(0);
    expect(out.join('\n')).toContain('valid (tiny 2.1.0, 15 items, nl/en)');
  });

  it('rejects a broken bank with exit code 1, listing every problem with file and path', () => {
    const { io, err } = fakeIo();
    expect(runCli(['validate', TINY, BROKEN], io)).toBe(1);
    // Every problem in one pass, in the order of their places in the file.
    expect(err).toEqual([
      `${BROKEN}: scales[0].points[2].value: must be greater than the value before it (2); values must rise strictly`,
      `${BROKEN}: dimensions[3].parent: forms a cycle of parents: openness → trust → openness`,
      `${BROKEN}: items[3].dimension: names the dimension "delivr", which the bank does not define`,
      `${BROKEN}: items[12].text.en: is missing: the bank declares "en"`,
      '1 of 2 bank files have problems.',
    ]);
  });

  it('explains unreadable files and files that are not JSON', () => {
    const { io, err } = fakeIo({ 'x/1.0.0.json': '{"a": [1,,2]}' });
    expect(runCli(['validate', 'missing/1.0.0.json', 'x/1.0.0.json'], io)).toBe(1);
    expect(err[0]).toBe('missing/1.0.0.json: cannot be read (does the file exist?)');
    expect(err[1]).toMatch(/^x\/1\.0\.0\.json: \(whole file\): misses a value at line 1, column 10/);
  });

  it('with --all, requires the folder to match the bank id', () => {
    const { io, err } = fakeIo({}, ['questionnaires/other/2.1.0.json']);
    io.readBytes('x');
    const withTiny = { ...io, readBytes: () => new Uint8Array(readFileSync(`${root}/${TINY}`)) };
    expect(runCli(['validate', '--all'], withTiny)).toBe(1);
    expect(err[0]).toContain('id: is "tiny", but the bank sits in the folder "other"');
  });

  it('exits 2 on usage errors', () => {
    expect(runCli(['validate'], fakeIo().io)).toBe(2);
    expect(runCli(['validate', '--fast', TINY], fakeIo().io)).toBe(2);
    expect(runCli(['frobnicate'], fakeIo().io)).toBe(2);
    expect(runCli([], fakeIo().io)).toBe(2);
    expect(runCli(['score', TINY], fakeIo().io)).toBe(2);
    expect(runCli(['score', TINY, 'a.json', '--context'], fakeIo().io)).toBe(2);
  });
});

describe('bank score', () => {
  it('prints the hand-checked scores as JSON', () => {
    const { io, out } = fakeIo();
    const code = runCli(
      [
        'score',
        TINY,
        'tests/fixtures/answers/tiny-hand-checked.json',
        '--context',
        'tests/fixtures/answers/tiny-context.json',
      ],
      io,
    );
    expect(code).toBe(0);
    const result = JSON.parse(out.join('\n'));
    // connect: 5 + 4 + (6 − 1) = 14 / 3 = 4.6667; 91.6667 % of the 1–5 range
    expect(result.dimensions[0]).toEqual({
      id: 'connect',
      section: 'roles',
      items: 4 - 1,
      count: 3,
      notApplicable: 0,
      enough: true,
      sum: 14,
      mean: 4.6667,
      percent: 91.6667,
      band: 'high',
      // The tiny bank declares no measurement model, so scores come without a standard error.
      se: null,
      interval: null,
    });
    // deliver: 2 + 2 + 3 = 7 / 3 = 2.3333, d3 not applicable
    expect(result.dimensions[1]).toMatchObject({
      id: 'deliver',
      count: 3,
      notApplicable: 1,
      sum: 7,
      mean: 2.3333,
      band: 'low',
    });
    expect(result.dimensions[5]).toMatchObject({ id: 'curiosity', enough: false, mean: null, band: null });
    expect(result.sections[0]).toMatchObject({
      section: 'roles',
      strengths: ['connect'],
      development: ['deliver'],
      mean: 3.7778,
    });
    expect(result.flags).toEqual([
      {
        id: 'explore-over-deliver',
        kind: 'role-balance',
        footing: 'raw',
        high: 'explore',
        low: 'deliver',
        gap: 2,
      },
    ]);
    expect(result.hints).toEqual({ phase: 'start', dimensions: ['connect', 'explore'] });
  });

  it('refuses answers that do not fit the bank, saying which and why', () => {
    const { io, err } = fakeIo();
    expect(runCli(['score', TINY, 'tests/fixtures/answers/tiny-invalid.json'], io)).toBe(1);
    expect(err).toContain('tests/fixtures/answers/tiny-invalid.json: nope: is not an item of this bank');
    expect(err).toContain(
      'tests/fixtures/answers/tiny-invalid.json: c1: must be one of 1, 2, 3, 4, 5 or null (not applicable), but is 7',
    );
  });

  it('reads a result file with the same reader as the app, and refuses one that does not fit the bank', () => {
    const tiny = JSON.parse(readFileSync(`${root}/${TINY}`, 'utf8'));
    const result = (answers: Record<string, number | null>) =>
      JSON.stringify({
        format: 'network-leadership-result',
        formatVersion: 1,
        bank: { id: 'tiny', version: '2.1.0', sha256: 'a'.repeat(64) },
        language: 'nl',
        startedAt: '2026-11-20T09:00:00.000Z',
        completedAt: '2026-11-20T09:20:00.000Z',
        exportedAt: '2026-11-20T09:21:00.000Z',
        answers,
        context: {},
        reflections: {},
      });
    // 5 is on every scale of the tiny bank (1–5 and 0–5–10).
    const good = Object.fromEntries(tiny.items.map((item: { id: string }) => [item.id, 5]));
    const fine = fakeIo({ 'good.json': result(good) });
    expect(runCli(['score', TINY, 'good.json'], fine.io)).toBe(0);
    expect(JSON.parse(fine.out.join('\n')).dimensions[0]).toMatchObject({ id: 'connect', mean: 3.6667 }); // 5, 5 and a reverse 5 → 1: 11 / 3
    // An answer off the scale and an item the bank does not have: the coach view and the cohort refuse
    // such a file with these same problems (the reader is shared).
    const damaged = fakeIo({ 'damaged.json': result({ ...good, c1: 7, nope: 3 }) });
    expect(runCli(['score', TINY, 'damaged.json'], damaged.io)).toBe(1);
    expect(damaged.err).toEqual([
      'damaged.json: answers.c1: must be one of 1, 2, 3, 4, 5 or null (not applicable), but is 7',
      'damaged.json: answers.nope: is not an item of this bank',
    ]);
  });

  it('refuses to score with a broken bank', () => {
    const { io, err } = fakeIo();
    expect(runCli(['score', BROKEN, 'tests/fixtures/answers/tiny-hand-checked.json'], io)).toBe(1);
    expect(err.length).toBe(4);
  });
});

describe('bank validate, every problem in one pass', () => {
  it('reports mistakes of every kind at once, in file order, in the reader’s language', () => {
    const tiny = JSON.parse(readFileSync(`${root}/${TINY}`, 'utf8'));
    tiny.titel = tiny.title; // a misspelt field
    tiny.items[2].reverse = 'yes'; // a wrong type
    delete tiny.items[4].text.en; // a missing translation
    tiny.items[6].dimension = 'nowhere'; // a reference that does not resolve
    const { io, err } = fakeIo({ 'x/2.1.0.json': JSON.stringify(tiny) });
    expect(runCli(['validate', 'x/2.1.0.json', '--lang', 'nl'], io)).toBe(1);
    expect(err.slice(0, 4)).toEqual([
      'x/2.1.0.json: (hele bestand): heeft een veld dat dit formaat niet kent: "titel" (een tikfout?)',
      'x/2.1.0.json: items[2].reverse: moet true of false zijn, maar is een tekst',
      'x/2.1.0.json: items[4].text.en: ontbreekt: de bank vermeldt de taal "en"',
      'x/2.1.0.json: items[6].dimension: verwijst naar dimensie "nowhere", die de bank niet definieert',
    ]);
  });

  it('never prints raw control characters from a file, and cuts long echoed values', () => {
    const tiny = JSON.parse(readFileSync(`${root}/${TINY}`, 'utf8'));
    tiny[`\u001b[31mred\u0000${'x'.repeat(200)}`] = 1; // an unknown field, whose name is echoed
    tiny.version = `2.1.0-\u001b[2J`; // echoed in the file-name check
    const { io, err } = fakeIo({ 'x/2.1.0.json': JSON.stringify(tiny) });
    expect(runCli(['validate', 'x/2.1.0.json'], io)).toBe(1);
    const text = err.join('\n');
    // eslint-disable-next-line no-control-regex -- the test is that none of these reach the terminal
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(text).toContain('"\\u001b[31mred\\u0000xxx');
    expect(text).toContain('…');
    expect(err.every((line) => line.length < 400)).toBe(true);
  });
});

describe('bank schema', () => {
  it('writes the generated schema, and --check fails when the file differs', () => {
    const { io, written } = fakeIo();
    expect(runCli(['schema'], io)).toBe(0);
    const text = written['questionnaires/bank.schema.json'];
    expect(text).toContain('"$schema": "https://json-schema.org/draft/2020-12/schema"');
    const stale = fakeIo({ 'questionnaires/bank.schema.json': '{}' });
    expect(runCli(['schema', '--check'], stale.io)).toBe(1);
    expect(stale.err[0]).toContain('out of date');
    const fresh = fakeIo({ 'questionnaires/bank.schema.json': text ?? '' });
    expect(runCli(['schema', '--check'], fresh.io)).toBe(0);
  });
});

describe('the npm run bank entry point', () => {
  it('runs from the shell and exits with the command’s code, without a stack trace', () => {
    const run = (args: string[]) => {
      try {
        return {
          code: 0,
          output: execFileSync('npx', ['tsx', 'src/cli/main.ts', ...args], {
            cwd: root,
            encoding: 'utf8',
            stdio: 'pipe',
          }),
        };
      } catch (error) {
        const e = error as { status: number; stderr: string };
        return { code: e.status, output: e.stderr };
      }
    };
    expect(run(['validate', TINY]).code).toBe(0);
    const broken = run(['validate', BROKEN]);
    expect(broken.code).toBe(1);
    expect(broken.output).not.toMatch(/at .*\.ts:\d+/);
    expect(run(['nonsense']).code).toBe(2);
  }, 30_000);
});
