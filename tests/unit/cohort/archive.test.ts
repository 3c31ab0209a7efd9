import { strToU8, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  archiveKind,
  bytesSource,
  MAX_ARCHIVE_RESULTS,
  readJsonLines,
  readZipArchive,
  type ArchiveOptions,
  type ByteSource,
} from '../../../src/domain/cohort/archive';
import { createCohortReader, type CohortFiles } from '../../../src/domain/cohort/load';
import type { ResultFile } from '../../../src/domain/result-file';
import { MAX_RESULT_CHARS } from '../../../src/domain/result-file';
import { readFileObjects } from '../../../src/features/cohort/engine';
import { describeRefusal } from '../../../src/views/refusals';
import { generateCohort, resultFileText } from '../../helpers/cohort';
import { translatorSync } from '../../helpers/i18n';
import { networkLeadershipBank } from '../../helpers/network-leadership';

const bank = networkLeadershipBank();
let results: ResultFile[] = [];
beforeAll(async () => {
  results = await generateCohort(bank, 12);
});

const text = (i: number) => resultFileText(results[i]!);
const line = (i: number) => JSON.stringify(results[i]);

async function readZip(name: string, bytes: Uint8Array, options?: ArchiveOptions): Promise<CohortFiles> {
  const reader = createCohortReader();
  await readZipArchive(name, bytesSource(bytes), reader, options);
  return reader.finish();
}

async function readLines(name: string, content: string, options?: ArchiveOptions): Promise<CohortFiles> {
  const reader = createCohortReader();
  await readJsonLines(name, bytesSource(strToU8(content)), reader, options);
  return reader.finish();
}

const names = (read: CohortFiles) => read.groups.flatMap((group) => group.files);
const refusals = (read: CohortFiles) =>
  read.broken.map(({ name, refusal }) => [
    name,
    refusal.reason === 'archive' ? refusal.problem.code : refusal.reason,
  ]);

/** `length` bytes of letters and digits that hardly compress (a fixed pseudo-random sequence). */
function noise(length: number): Uint8Array {
  const alphabet = strToU8('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/');
  const out = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out[i] = alphabet[state >>> 26] ?? 0;
  }
  return out;
}

/** The offset of the central-directory record of the entry `name` (fflate writes no comment or zip64). */
function directoryRecord(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  let at = view.getUint32(end + 16, true);
  for (;;) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + length)) === name) return at;
    at += 46 + length + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

/** A copy of `zip` with a 16- or 32-bit field of `name`'s central-directory record set to `value`. */
function patched(zip: Uint8Array, name: string, field: 'flags' | 'method' | 'size', value: number) {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const at = directoryRecord(copy, name);
  if (field === 'size') view.setUint32(at + 24, value, true);
  else view.setUint16(at + (field === 'flags' ? 8 : 10), value, true);
  return copy;
}

describe('archiveKind', () => {
  it('knows zip archives and JSON-lines files by their name, whatever the case', () => {
    expect(['a.zip', 'B.ZIP', 'c.jsonl', 'd.NDJSON', 'e.json', 'f.zip.json'].map(archiveKind)).toEqual([
      'zip',
      'zip',
      'json-lines',
      'json-lines',
      null,
      null,
    ]);
  });
});

describe('reading a zip archive of result files', () => {
  it('reads its .json entries, in folders too, skipping __MACOSX/, dot-files and other files', async () => {
    const zip = zipSync({
      'r0.json': strToU8(text(0)),
      'group a': { 'r1.json': strToU8(text(1)), deeper: { 'R2.JSON': strToU8(text(2)) } },
      __MACOSX: { 'group a': { '._r1.json': strToU8('\u0000\u0005binary') }, 'r6.json': strToU8(text(6)) },
      '.hidden.json': strToU8(text(3)),
      '.git': { 'config.json': strToU8(text(4)) },
      'README.txt': strToU8('the results of the pilot'),
      'stored.json': [strToU8(text(5)), { level: 0 }],
    } satisfies Zippable);
    const read = await readZip('pilot.zip', zip);
    expect(names(read)).toEqual([
      'pilot.zip/r0.json',
      'pilot.zip/group a/r1.json',
      'pilot.zip/group a/deeper/R2.JSON',
      'pilot.zip/stored.json',
    ]);
    expect(read.groups[0]?.results.map((result) => result.name)).toEqual(
      [0, 1, 2, 5].map((i) => results[i]?.name),
    );
    expect(read.broken).toEqual([]);
  });

  it('lists a broken entry with its reason, reads the others, and counts a repeated result once', async () => {
    const zip = zipSync({
      'a.json': strToU8(text(0)),
      'half.json': strToU8('{"format": "network-leadership-result", "answers": {'),
      'a-again.json': strToU8(text(0)),
      'b.json': strToU8(text(1)),
    });
    const read = await readZip('cohort.zip', zip);
    expect(names(read)).toEqual(['cohort.zip/a.json', 'cohort.zip/b.json']);
    expect(refusals(read)).toEqual([['cohort.zip/half.json', 'not-json']]);
    expect(read.duplicates).toEqual(['cohort.zip/a-again.json']);
  });

  it('refuses a damaged or cut-off archive as a whole, with a plain reason, without throwing', async () => {
    const zip = zipSync({ 'a.json': strToU8(text(0)), 'b.json': strToU8(text(1)) });
    for (const bytes of [
      zip.subarray(0, zip.length - 30),
      strToU8('this is no zip archive at all, but it is long enough to look for one'),
      new Uint8Array(0),
    ]) {
      const read = await readZip('broken.zip', bytes);
      expect(refusals(read)).toEqual([['broken.zip', 'zip-damaged']]);
      expect(read.groups).toEqual([]);
    }
    const t = translatorSync('en');
    const [broken] = (await readZip('broken.zip', zip.subarray(0, 100))).broken;
    expect(describeRefusal(t, broken!.refusal)).toBe(
      'The file is not a readable zip archive: it is damaged or incomplete, or not a zip archive at all. Make the archive again, or choose the result files themselves.',
    );
    expect(describeRefusal(translatorSync('nl'), broken!.refusal)).toMatch(
      /^Het bestand is geen leesbaar zip-archief/,
    );
  });

  it('refuses an entry whose data is damaged, and reads the others', async () => {
    const zip = zipSync({ 'a.json': strToU8(text(0)), 'b.json': strToU8(text(1)) });
    // Garble the middle of a.json's compressed data (it starts after its 30-byte header and name).
    const damaged = zip.slice();
    for (let i = 30 + 'a.json'.length + 20; i < 30 + 'a.json'.length + 60; i += 1) damaged[i] = 0xff;
    const read = await readZip('cohort.zip', damaged);
    expect(names(read)).toEqual(['cohort.zip/b.json']);
    expect(refusals(read)).toEqual([['cohort.zip/a.json', 'zip-entry-damaged']]);
  });

  it('refuses unread an entry that declares more bytes than a result file can have', async () => {
    // Stored padding after a.json puts it outside the archive's last 64 kB, which are read to find the
    // directory: so a read of a.json would show.
    const zip = zipSync({
      'a.json': strToU8(text(0)),
      'padding.bin': [noise(100_000), { level: 0 }],
      'b.json': strToU8(text(1)),
    });
    const huge = MAX_RESULT_CHARS * 4 + 1;
    const lying = patched(zip, 'a.json', 'size', huge);
    const reads: [number, number][] = [];
    const source: ByteSource = {
      size: lying.length,
      read: (start, end) => {
        reads.push([start, end]);
        return Promise.resolve(lying.subarray(start, end));
      },
    };
    const reader = createCohortReader();
    await readZipArchive('cohort.zip', source, reader, { chunkBytes: 64 });
    const read = reader.finish();
    expect(names(read)).toEqual(['cohort.zip/b.json']);
    expect(read.broken).toEqual([
      { name: 'cohort.zip/a.json', refusal: { reason: 'too-large', chars: huge } },
    ]);
    // Nothing of a.json was read: its header and data are at the start of the archive, before the padding.
    const padding = new DataView(zip.buffer).getUint32(directoryRecord(zip, 'padding.bin') + 42, true);
    expect(reads.length).toBeGreaterThan(2);
    expect(reads.filter(([start]) => start < padding)).toEqual([]);
  });

  it('refuses a real entry too large for a result file', async () => {
    const big = 'x'.repeat(MAX_RESULT_CHARS * 4 + 10);
    const read = await readZip('big.zip', zipSync({ 'big.json': strToU8(big), 'a.json': strToU8(text(0)) }));
    expect(read.broken).toEqual([
      { name: 'big.zip/big.json', refusal: { reason: 'too-large', chars: big.length } },
    ]);
    expect(names(read)).toEqual(['big.zip/a.json']);
  });

  it('stops an entry that inflates to more than it declares (a zip bomb), short or long', async () => {
    // Short compressed data is inflated at once, long data in steps: both are caught.
    const zip = zipSync({
      'short.json': strToU8(text(0)),
      'long.json': noise(120_000),
      'b.json': strToU8(text(1)),
    });
    const long = directoryRecord(zip, 'long.json');
    const compressed = new DataView(zip.buffer).getUint32(long + 20, true);
    expect(compressed).toBeGreaterThan(64 * 1024);
    let lying = patched(zip, 'short.json', 'size', text(0).length - 100);
    lying = patched(lying, 'long.json', 'size', compressed + 10);
    const read = await readZip('bomb.zip', lying);
    expect(refusals(read)).toEqual([
      ['bomb.zip/short.json', 'zip-entry-damaged'],
      ['bomb.zip/long.json', 'zip-entry-damaged'],
    ]);
    expect(names(read)).toEqual(['bomb.zip/b.json']);
    // Declaring more than it holds is damage too.
    const short = await readZip('short.zip', patched(zip, 'short.json', 'size', text(0).length + 5));
    expect(refusals(short)).toEqual([
      ['short.zip/short.json', 'zip-entry-damaged'],
      ['short.zip/long.json', 'not-json'],
    ]);
  });

  it('refuses encrypted entries and compression methods it cannot unpack', async () => {
    const zip = zipSync({
      'a.json': strToU8(text(0)),
      'b.json': strToU8(text(1)),
      'c.json': strToU8(text(2)),
    });
    const odd = patched(patched(zip, 'a.json', 'flags', 1), 'b.json', 'method', 14);
    const read = await readZip('odd.zip', odd);
    expect(refusals(read)).toEqual([
      ['odd.zip/a.json', 'zip-entry-encrypted'],
      ['odd.zip/b.json', 'zip-entry-unsupported'],
    ]);
    expect(read.broken[1]?.refusal).toMatchObject({ problem: { values: { method: 14 } } });
    expect(names(read)).toEqual(['odd.zip/c.json']);
  });

  it('reads entry names in UTF-8, or byte by byte when they are not (older Windows archives)', async () => {
    const zip = zipSync({ 'caf_.json': strToU8(text(0)), 'één.json': strToU8(text(1)) });
    const latin1 = zip.slice();
    const at = directoryRecord(latin1, 'caf_.json');
    latin1[at + 46 + 3] = 0xe9;
    expect(names(await readZip('names.zip', latin1))).toEqual(['names.zip/café.json', 'names.zip/één.json']);
  });

  it('says so when an archive holds no result files', async () => {
    for (const zip of [zipSync({}), zipSync({ 'notes.txt': strToU8('hello') })])
      expect(refusals(await readZip('empty.zip', zip))).toEqual([['empty.zip', 'archive-no-results']]);
  });

  it('reads up to the limits of results and bytes, and refuses the rest with the reason', async () => {
    const files = Object.fromEntries(
      results.slice(0, 6).map((_, i) => [`r${String(i)}.json`, strToU8(text(i))]),
    );
    const zip = zipSync(files);
    const many = await readZip('many.zip', zip, { limits: { results: 4 } });
    expect(names(many)).toHaveLength(4);
    expect(refusals(many)).toEqual([['many.zip', 'archive-too-many']]);
    expect(many.broken[0]?.refusal).toMatchObject({ problem: { values: { max: 4 } } });
    const large = await readZip('large.zip', zip, { limits: { bytes: text(0).length * 2.5 } });
    expect(names(large)).toHaveLength(2);
    expect(refusals(large)).toEqual([['large.zip', 'archive-too-large']]);
    expect(MAX_ARCHIVE_RESULTS).toBe(200_000);
  });

  it('reads an archive a window at a time, whatever the window', async () => {
    const zip = zipSync(Object.fromEntries(results.map((_, i) => [`r${String(i)}.json`, strToU8(text(i))])));
    for (const chunkBytes of [7, 500, 1 << 20])
      expect(names(await readZip('w.zip', zip, { chunkBytes }))).toHaveLength(12);
  });

  it('refuses an archive that cannot be read from the disk', async () => {
    const reader = createCohortReader();
    await readZipArchive(
      'gone.zip',
      { size: 1000, read: () => Promise.reject(new Error('NotReadableError')) },
      reader,
    );
    expect(refusals(reader.finish())).toEqual([['gone.zip', 'file-unreadable']]);
  });
});

describe('reading a JSON-lines file of results', () => {
  it('reads every line that is not blank as one result, named by its line number', async () => {
    const content = `${line(0)}\n\n${line(1)}\r\n   \n${line(2)}`;
    for (const chunkBytes of [3, 100, 1 << 20]) {
      const read = await readLines('pilot.jsonl', content, { chunkBytes });
      expect(names(read)).toEqual(['pilot.jsonl:1', 'pilot.jsonl:3', 'pilot.jsonl:5']);
      expect(read.broken).toEqual([]);
    }
  });

  it('lists a line that is not JSON, or not a result, as broken, and reads the others', async () => {
    const content = `${line(0)}\nnot json at all\n{"a": 1}\n${line(1)}\n${line(0)}\n`;
    const read = await readLines('pilot.ndjson', content, { chunkBytes: 50 });
    expect(names(read)).toEqual(['pilot.ndjson:1', 'pilot.ndjson:4']);
    expect(refusals(read)).toEqual([
      ['pilot.ndjson:2', 'not-json'],
      ['pilot.ndjson:3', 'not-result'],
    ]);
    expect(read.duplicates).toEqual(['pilot.ndjson:5']);
    const t = translatorSync('en');
    expect(describeRefusal(t, read.broken[0]!.refusal)).toMatch(/^The file /);
  });

  it('checks a line that is not UTF-8 text like a result file, and reads the lines around it', async () => {
    const latin1 = Uint8Array.from([...strToU8('{"name": "Ren'), 0xe9, ...strToU8('"}')]);
    const content = new Uint8Array([
      ...strToU8(`${line(0)}\n`),
      ...latin1,
      ...strToU8(`\n${line(1)}\n{"a": "\\u0000"}\n`),
      0,
      ...strToU8(`\n${line(2)}\n`),
    ]);
    for (const chunkBytes of [64, 1 << 20]) {
      const reader = createCohortReader();
      await readJsonLines('mixed.jsonl', bytesSource(content), reader, { chunkBytes });
      const read = reader.finish();
      expect(names(read)).toEqual(['mixed.jsonl:1', 'mixed.jsonl:3', 'mixed.jsonl:6']);
      expect(read.broken.map((entry) => [entry.name, entry.refusal])).toEqual([
        [
          'mixed.jsonl:2',
          {
            ok: false,
            reason: 'not-json',
            problem: { path: '', code: 'not-utf8', values: { line: 1, column: 14 } },
          },
        ],
        ['mixed.jsonl:4', { ok: false, reason: 'not-result' }],
        // A zero byte: not text (the sentence says it looks like UTF-16 text, where every other byte is 0).
        ['mixed.jsonl:5', { ok: false, reason: 'not-json', problem: { path: '', code: 'utf16' } }],
      ]);
    }
  });

  it('refuses a line too long for a result without keeping it', async () => {
    const long = 'x'.repeat(MAX_RESULT_CHARS * 4 + 1);
    const read = await readLines('big.jsonl', `${line(0)}\n${long}\n${line(1)}`, { chunkBytes: 1 << 20 });
    expect(names(read)).toEqual(['big.jsonl:1', 'big.jsonl:3']);
    expect(read.broken).toEqual([
      { name: 'big.jsonl:2', refusal: { reason: 'too-large', chars: long.length } },
    ]);
  });

  it('reads up to the limits, then refuses the rest', async () => {
    const content = results.map((_, i) => line(i)).join('\n');
    const many = await readLines('many.jsonl', content, { limits: { results: 5 } });
    expect(names(many)).toHaveLength(5);
    expect(refusals(many)).toEqual([['many.jsonl', 'archive-too-many']]);
    const large = await readLines('large.jsonl', content, { limits: { bytes: line(0).length * 3.5 } });
    expect(names(large)).toHaveLength(3);
    expect(refusals(large)).toEqual([['large.jsonl', 'archive-too-large']]);
  });
});

describe('repeated results', () => {
  it('counts a result once however often it comes, even among results with the same times and no name', () => {
    const { name: _name, ...anonymous } = results[0]!;
    const other = { ...anonymous, answers: { ...anonymous.answers, 'network-weaver-1': 1 } };
    const reader = createCohortReader();
    const texts = [
      anonymous,
      other,
      { ...anonymous, exportedAt: '2026-10-30T10:00:00.000Z' },
      other,
      results[0],
    ];
    texts.forEach((result, i) => reader.add(`r${String(i)}.json`, JSON.stringify(result)));
    const read = reader.finish();
    expect(names(read)).toEqual(['r0.json', 'r1.json', 'r4.json']);
    expect(read.duplicates).toEqual(['r2.json', 'r3.json']);
  });
});

describe('reading the chosen files in the cohort view', () => {
  it('mixes result files, zip archives and JSON-lines files; a result in several counts once', async () => {
    const zip = zipSync({ 'in-zip': { 'r1.json': strToU8(text(1)), 'r2.json': strToU8(text(2)) } });
    const files = [
      new File([text(0)], 'r0.json'),
      new File([zip], 'group.zip'),
      new File([`${line(3)}\n${line(1)}\nnope\n`], 'more.jsonl'),
      new File([text(4)], 'r4.json'),
      new File(['PK'], 'fake.zip'),
    ];
    const progress: [number, number][] = [];
    const read = await readFileObjects(files, (done, total) => progress.push([done, total]));
    expect(names(read)).toEqual([
      'r0.json',
      'group.zip/in-zip/r1.json',
      'group.zip/in-zip/r2.json',
      'more.jsonl:1',
      'r4.json',
    ]);
    expect(read.duplicates).toEqual(['more.jsonl:2']);
    expect(refusals(read)).toEqual([
      ['more.jsonl:3', 'not-json'],
      ['fake.zip', 'zip-damaged'],
    ]);
    // Progress ends with everything read; an archive counts as its entries (here a folder and two files) or
    // its lines.
    const [done, total] = progress.at(-1)!;
    expect(done).toBe(total);
    expect(total).toBe(1 + 3 + 3 + 1 + 1);
  });
});
