import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../src/cli/commands';
import { bumpSuffices, diffBanks } from '../../../src/domain/bank/diff';
import type { Bank } from '../../../src/domain/bank/schema';

const tinyText = readFileSync('tests/fixtures/banks/tiny/2.1.0.json', 'utf8');
const tiny = (): Bank => JSON.parse(tinyText) as Bank;

function io(files: Record<string, string>, banks: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readBytes: (path) => (path in files ? new TextEncoder().encode(files[path] ?? '') : null),
    writeText: () => undefined,
    listBanks: () => banks,
    schemaPath: 'bank.schema.json',
    questionnairesPath: 'questionnaires',
  };
  return { cli, out, err };
}

describe('bank diff', () => {
  it('names each change and the version it needs', () => {
    const base = tiny();
    const reworded = tiny();
    const item = reworded.items[0];
    if (item) item.text = { ...item.text, nl: `${item.text.nl ?? ''} (herschreven)` };
    expect(diffBanks(base, reworded)).toEqual({
      changes: [{ kind: 'reworded', area: 'items', id: base.items[0]?.id, languages: ['nl'], bump: 'patch' }],
      needed: 'patch',
    });

    const added = tiny();
    added.items.push({ ...added.items[0]!, id: 'new-item' });
    expect(diffBanks(base, added).needed).toBe('minor');
    expect(diffBanks(base, added).changes).toContainEqual(
      expect.objectContaining({ kind: 'added', area: 'items', id: 'new-item' }),
    );

    const removed = tiny();
    const gone = removed.items.pop();
    expect(diffBanks(base, removed)).toMatchObject({
      needed: 'major',
      changes: [{ kind: 'removed', area: 'items', id: gone?.id }],
    });

    const remeant = tiny();
    const flipped = remeant.items[1];
    if (flipped) flipped.reverse = !flipped.reverse;
    expect(diffBanks(base, remeant).changes).toEqual([
      { kind: 're-meant', area: 'items', id: flipped?.id, languages: [], bump: 'major' },
    ]);

    expect(diffBanks(base, tiny())).toEqual({ changes: [], needed: null });
    expect(bumpSuffices('2.1.0', '2.1.1', 'patch')).toBe(true);
    expect(bumpSuffices('2.1.0', '2.1.1', 'minor')).toBe(false);
    expect(bumpSuffices('2.1.0', '3.0.0', 'major')).toBe(true);
    expect(bumpSuffices('2.1.0', '2.0.9', null)).toBe(false);
  });

  it('prints the changes and fails when the new version number is too low for them', () => {
    const removed = tiny();
    const gone = removed.items.shift();
    removed.version = '2.2.0';
    const run = io({ 'a/2.1.0.json': tinyText, 'a/2.2.0.json': JSON.stringify(removed) });
    expect(runCli(['diff', 'a/2.1.0.json', 'a/2.2.0.json'], run.cli)).toBe(1);
    expect(run.out[0]).toBe('From tiny@2.1.0 to tiny@2.2.0:');
    expect(run.out).toContain(
      `- item ${String(gone?.id)} removed → new major version (x.0.0: scores no longer comparable)`,
    );
    expect(run.err.join('\n')).toContain('not enough for a new major version');
  });
});

describe('validate --all', () => {
  const changelog = '# Changelog\n\n## 2.1.0\n\nFirst.\n\n## 1.1.0\n\nx\n';
  it('refuses a 1.1.0 that removes an item, and a version without a changelog entry', () => {
    const older = { ...tiny(), version: '1.0.0' };
    const newer = { ...tiny(), version: '1.1.0', items: tiny().items.slice(1) };
    const run = io(
      {
        'questionnaires/tiny/1.0.0.json': JSON.stringify(older),
        'questionnaires/tiny/1.1.0.json': JSON.stringify(newer),
        'questionnaires/tiny/CHANGELOG.md': changelog,
      },
      ['questionnaires/tiny/1.0.0.json', 'questionnaires/tiny/1.1.0.json'],
    );
    expect(runCli(['validate', '--all'], run.cli)).toBe(1);
    expect(run.err).toContain(
      'questionnaires/tiny/1.0.0.json: questionnaires/tiny/CHANGELOG.md has no ‘## 1.0.0’ entry; describe there what changed and why',
    );
    expect(run.err.join('\n')).toContain(
      'questionnaires/tiny/1.1.0.json: 1.0.0 to 1.1.0 is not enough: the changes need a new major version',
    );
  });

  it('accepts versions numbered as their changes need, each in the changelog', () => {
    const older = { ...tiny(), version: '1.0.0' };
    const newer = { ...tiny(), version: '2.0.0', items: tiny().items.slice(1) };
    const run = io(
      {
        'questionnaires/tiny/1.0.0.json': JSON.stringify(older),
        'questionnaires/tiny/2.0.0.json': JSON.stringify(newer),
        'questionnaires/tiny/CHANGELOG.md': '## 2.0.0\n\nRemoved one.\n\n## 1.0.0\n\nFirst.\n',
      },
      ['questionnaires/tiny/1.0.0.json', 'questionnaires/tiny/2.0.0.json'],
    );
    expect(runCli(['validate', '--all'], run.cli)).toBe(0);
    expect(run.err).toEqual([]);
  });
});

describe('bank init', () => {
  it('writes a starter bank with its changelog that validate --all accepts, and never overwrites', () => {
    const files: Record<string, string> = {};
    const run = io(files);
    const cli: CliIo = { ...run.cli, writeText: (path, text) => void (files[path] = text) };
    expect(runCli(['init', 'team-safety'], cli)).toBe(0);
    const bankFile = 'questionnaires/team-safety/1.0.0.json';
    expect(Object.keys(files).sort()).toEqual([bankFile, 'questionnaires/team-safety/CHANGELOG.md']);
    const bank = JSON.parse(files[bankFile] ?? '') as Bank;
    expect(bank).toMatchObject({ id: 'team-safety', version: '1.0.0' });
    expect(bank).not.toHaveProperty('norms');
    const check = io(files, [bankFile]);
    expect(runCli(['validate', '--all'], check.cli)).toBe(0);
    expect(check.err).toEqual([]);
    // A second init of the same id leaves the file alone.
    const again = io(files);
    const before = files[bankFile];
    expect(runCli(['init', 'team-safety'], { ...again.cli, writeText: () => undefined })).toBe(1);
    expect(files[bankFile]).toBe(before);
    expect(runCli(['init', 'Team Safety'], io({}).cli)).toBe(2);
  });
});
