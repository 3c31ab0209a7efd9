/**
 * A cohort dropped as one file: a zip archive of result files, or a JSON-lines file (`.jsonl`, `.ndjson`:
 * one result per line). Both are read a piece at a time, each result going to a cohort reader as it comes,
 * so memory holds one window of the file and one result's bytes, never the whole archive unpacked.
 *
 * A zip archive is read from its central directory (the archive's own list of entries, at its end): its
 * entries ending in `.json` are result files, folders included; `__MACOSX/` and dot-files (which macOS and
 * other systems add) are skipped, and so is anything else. An entry is named `archive.zip/folder/entry.json`,
 * a line `file.jsonl:12` (its line number, as editors show it). Limits: an entry declaring more bytes than a
 * result file can have is refused unread; an archive gives at most {@link MAX_ARCHIVE_RESULTS} results and
 * {@link MAX_ARCHIVE_BYTES} bytes of them, the rest is refused with the reason. An entry that inflates to
 * more than it declares is cut off as soon as that shows, so a "zip bomb" costs little.
 *
 * fflate's own unzip functions are not used for the archive: `unzipSync` and `unzip` hold every entry
 * unpacked at once, and the streaming `Unzip` keeps every entry's compressed chunks and grows its list of
 * them quadratically; only fflate's inflation is. Never throws: whatever goes wrong is a refusal.
 */
import { Inflate, inflateSync } from 'fflate';
import type { ProblemCode } from '../problem-codes';
import { MAX_RESULT_CHARS } from '../result-file';
import type { CohortReader, CohortRefusal } from './load';

/** Most results (zip entries or lines) read from one archive; the rest is refused. */
export const MAX_ARCHIVE_RESULTS = 200_000;
/** Most bytes of results (unpacked) read from one archive; the rest is refused. */
export const MAX_ARCHIVE_BYTES = 1_000_000_000;
/** Bytes above which an entry or line cannot hold a result of `MAX_RESULT_CHARS` characters (UTF-8). */
const MAX_ENTRY_BYTES = MAX_RESULT_CHARS * 4;

/** Random access to a file's bytes: a `File` in the browser, bytes in memory in tests. */
export interface ByteSource {
  readonly size: number;
  /** The bytes from `start` up to (not including) `end`. */
  readonly read: (start: number, end: number) => Promise<Uint8Array>;
}

/** Bytes in memory as a {@link ByteSource}. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (start, end) => Promise.resolve(bytes.subarray(start, end)) };
}

/** What a file's name says it holds: a zip archive, a JSON-lines file, or (`null`) one result file. */
export function archiveKind(name: string): 'zip' | 'json-lines' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.zip')) return 'zip';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'json-lines';
  return null;
}

/** Where an archive's results go: a cohort reader. */
export type ArchiveSink = Pick<CohortReader, 'add' | 'refuse'>;

/** Reading options; the sizes are for tests, which make the pieces small to cross their edges. */
export interface ArchiveOptions {
  /** Bytes read from the file at a time (default 8 MB). */
  readonly chunkBytes?: number;
  /** Called as results are read: how many so far, and how many the archive holds (estimated for lines). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Lower limits than {@link MAX_ARCHIVE_RESULTS} and {@link MAX_ARCHIVE_BYTES}, for tests. */
  readonly limits?: { readonly results?: number; readonly bytes?: number };
}

const CHUNK_BYTES = 8 * 1024 * 1024;

/** Thrown (and caught in this module) for a file whose structure does not hold together. */
class Damaged extends Error {}

const refusal = (code: ProblemCode, values?: Record<string, number>): CohortRefusal => ({
  reason: 'archive',
  problem: values === undefined ? { path: '', code } : { path: '', code, values },
});

/** The limits that apply, and the refusals for going past them. */
function limitsOf(options: ArchiveOptions) {
  const results = Math.min(MAX_ARCHIVE_RESULTS, options.limits?.results ?? MAX_ARCHIVE_RESULTS);
  const bytes = Math.min(MAX_ARCHIVE_BYTES, options.limits?.bytes ?? MAX_ARCHIVE_BYTES);
  return {
    results,
    bytes,
    tooMany: () => refusal('archive-too-many', { max: results }),
    tooLarge: () => refusal('archive-too-large', { max: bytes / 1_000_000_000 }),
  };
}

// ---------------------------------------------------------------------------------------------- JSON lines

/**
 * Reads a JSON-lines file: every line that is not blank is one result, named `name:<line number>`. A line
 * too long for a result is refused without being kept. The complete lines of a piece are decoded at once
 * when they are all well-formed UTF-8 without zero bytes (they are text); otherwise, and for a line that
 * crosses pieces, each line's bytes are checked like a result file's. Never throws.
 */
export async function readJsonLines(
  name: string,
  source: ByteSource,
  sink: ArchiveSink,
  options: ArchiveOptions = {},
): Promise<void> {
  const chunkBytes = Math.max(1, options.chunkBytes ?? CHUNK_BYTES);
  const limits = limitsOf(options);
  let line = 0;
  let results = 0;
  let bytes = 0;
  /** Reads one line of `length` bytes (`null`: too long, not kept); `false` when the limits stop there. */
  const readLine = (length: number, content: string | Uint8Array | null): boolean => {
    line += 1;
    if (content !== null && blank(content)) return true;
    if (results === limits.results) {
      sink.refuse(name, limits.tooMany());
      return false;
    }
    if (bytes + length > limits.bytes) {
      sink.refuse(name, limits.tooLarge());
      return false;
    }
    results += 1;
    bytes += length;
    const label = `${name}:${String(line)}`;
    if (content === null) sink.refuse(label, { reason: 'too-large', chars: length });
    else sink.add(label, withoutCarriageReturn(content));
    return true;
  };
  // The start of a line that goes on in the next piece; once it is too long, only its length is kept.
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const take = (piece: Uint8Array) => {
    pendingBytes += piece.length;
    if (pendingBytes > MAX_ENTRY_BYTES) pending = [];
    else pending.push(piece);
  };
  const readPending = (): boolean => {
    const length = pendingBytes;
    const parts = pending;
    pending = [];
    pendingBytes = 0;
    return readLine(length, length > MAX_ENTRY_BYTES ? null : joined(parts, length));
  };
  try {
    let going = true;
    for (let start = 0; start < source.size && going;) {
      const chunk = await source.read(start, Math.min(source.size, start + chunkBytes));
      if (chunk.length === 0) throw new Damaged();
      const ends: number[] = [];
      for (let end = chunk.indexOf(10); end >= 0; end = chunk.indexOf(10, end + 1)) ends.push(end);
      const first = ends[0];
      const last = ends[ends.length - 1];
      if (first === undefined || last === undefined) take(chunk);
      else {
        take(chunk.subarray(0, first));
        going = readPending();
        const texts = decodedLines(chunk.subarray(first + 1, last), ends.length - 1);
        for (let j = 1; j < ends.length && going; j += 1) {
          const from = (ends[j - 1] ?? 0) + 1;
          const to = ends[j] ?? from;
          const length = to - from;
          going = readLine(
            length,
            length > MAX_ENTRY_BYTES ? null : (texts?.[j - 1] ?? chunk.subarray(from, to)),
          );
        }
        if (going) take(chunk.subarray(last + 1));
      }
      start += chunk.length;
      options.onProgress?.(
        results,
        start >= source.size ? results : Math.round((results * source.size) / start),
      );
    }
    if (going && pendingBytes > 0) readPending();
    options.onProgress?.(results, results);
  } catch {
    sink.refuse(name, refusal('file-unreadable'));
  }
}

/** `count` lines of text decoded at once, or `null` when the bytes are not all well-formed UTF-8 text. */
function decodedLines(bytes: Uint8Array, count: number): string[] | null {
  if (count === 0 || bytes.includes(0)) return null;
  try {
    const lines = new TextDecoder('utf-8', { fatal: true }).decode(bytes).split('\n');
    return lines.length === count ? lines : null;
  } catch {
    return null;
  }
}

/** Whether a line holds only spaces, tabs and carriage returns. */
function blank(content: string | Uint8Array): boolean {
  if (typeof content === 'string') return /^[ \t\r]*$/.test(content);
  return content.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d);
}

function joined(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A line without the carriage return a Windows line end leaves before the line feed. */
function withoutCarriageReturn<T extends string | Uint8Array>(content: T): T {
  const last = content.length - 1;
  if (typeof content === 'string') return (content.endsWith('\r') ? content.slice(0, last) : content) as T;
  return (content[last] === 0x0d ? content.subarray(0, last) : content) as T;
}

// ----------------------------------------------------------------------------------------------------- zip

/** One entry of a zip archive's central directory. */
interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

const u16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
const u64 = (bytes: Uint8Array, at: number) => u32(bytes, at) + u32(bytes, at + 4) * 0x1_0000_0000;

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end-of-directory record, its longest comment, and the zip64 locator before it. */
const TAIL_BYTES = 22 + 0xffff + 20;
/** A central directory larger than this cannot list a sensible number of results. */
const MAX_DIRECTORY_BYTES = 256 * 1024 * 1024;

/** The central directory: where it is, and how many entries it lists. */
async function findDirectory(source: ByteSource): Promise<{ offset: number; size: number; count: number }> {
  if (source.size < 22) throw new Damaged();
  const tailStart = Math.max(0, source.size - TAIL_BYTES);
  const tail = await source.read(tailStart, source.size);
  let end = tail.length - 22;
  while (end >= 0 && !(u32(tail, end) === END_OF_DIRECTORY && end + 22 + u16(tail, end + 20) <= tail.length))
    end -= 1;
  if (end < 0) throw new Damaged();
  let count = u16(tail, end + 10);
  let size = u32(tail, end + 12);
  let offset = u32(tail, end + 16);
  if (end >= 20 && u32(tail, end - 20) === ZIP64_LOCATOR) {
    const at = u64(tail, end - 20 + 8);
    if (at + 56 > source.size) throw new Damaged();
    const record = await source.read(at, at + 56);
    if (u32(record, 0) !== ZIP64_END) throw new Damaged();
    count = u64(record, 32);
    size = u64(record, 40);
    offset = u64(record, 48);
  }
  if (offset + size > source.size) throw new Damaged();
  return { offset, size, count };
}

/** The entries of a central directory, in its order. */
function* directoryEntries(directory: Uint8Array, count: number): Generator<ZipEntry> {
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > directory.length || u32(directory, at) !== DIRECTORY_ENTRY) throw new Damaged();
    const nameLength = u16(directory, at + 28);
    const extraLength = u16(directory, at + 30);
    const next = at + 46 + nameLength + extraLength + u16(directory, at + 32);
    if (next > directory.length) throw new Damaged();
    const flags = u16(directory, at + 8);
    let compressedSize = u32(directory, at + 20);
    let size = u32(directory, at + 24);
    let offset = u32(directory, at + 42);
    // Zip64: the sizes and offset that do not fit 32 bits are in an extra field, in this order.
    for (let extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength;) {
      const length = u16(directory, extra + 2);
      if (u16(directory, extra) === 1) {
        let field = extra + 4;
        const wide = () => {
          const value = u64(directory, field);
          field += 8;
          return value;
        };
        if (size === 0xffffffff) size = wide();
        if (compressedSize === 0xffffffff) compressedSize = wide();
        if (offset === 0xffffffff) offset = wide();
      }
      extra += 4 + length;
    }
    const nameBytes = directory.subarray(at + 46, at + 46 + nameLength);
    yield {
      name: entryName(nameBytes, (flags & 0x800) !== 0),
      flags,
      method: u16(directory, at + 10),
      compressedSize,
      size,
      offset,
    };
    at = next;
  }
}

/** An entry's name: UTF-8 when flagged so or when it is valid UTF-8, else read byte by byte. */
function entryName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder('utf-8').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let name = '';
    for (const byte of bytes) name += String.fromCharCode(byte);
    return name;
  }
}

/** Whether an entry is a result file: a `.json` file, not in `__MACOSX/` and not a dot-file or in a dot-folder. */
function isResultEntry(name: string): boolean {
  if (!name.toLowerCase().endsWith('.json')) return false;
  const parts = name.split(/[/\\]/);
  return !parts.some((part) => part === '__MACOSX' || part.startsWith('.'));
}

/** A window on the archive's bytes, moved along as the entries are read. */
function windowOn(source: ByteSource, chunkBytes: number) {
  let start = 0;
  let bytes: Uint8Array = new Uint8Array(0);
  return async (from: number, to: number): Promise<Uint8Array> => {
    if (to > source.size) throw new Damaged();
    if (from < start || to > start + bytes.length) {
      bytes = await source.read(from, Math.min(source.size, Math.max(to, from + chunkBytes)));
      start = from;
      if (bytes.length < to - from) throw new Damaged();
    }
    return bytes.subarray(from - start, to - start);
  };
}

/** Compressed data at most this long is inflated at once; longer data in steps, watching its size. */
const INFLATE_AT_ONCE = 64 * 1024;
const INFLATE_STEP = 16 * 1024;

/**
 * Inflates an entry to exactly the size it declares: the bytes, or `'longer'` when it inflates to more, or
 * `null` when its data is damaged. Short data is inflated at once into a buffer one byte longer than
 * declared (fflate drops what does not fit, so a byte in the last place says there was more); after one such
 * entry (`careful`), and for long data, the inflation goes in steps and stops as soon as it passes the size.
 */
function inflateEntry(data: Uint8Array, size: number, careful: boolean): Uint8Array | 'longer' | null {
  try {
    if (!careful && data.length <= INFLATE_AT_ONCE) {
      const out = inflateSync(data, { out: new Uint8Array(size + 1) });
      return out.length === size ? out : out.length > size ? 'longer' : null;
    }
    const out = new Uint8Array(size);
    let at = 0;
    const seen = { longer: false };
    const inflater = new Inflate((chunk) => {
      if (at + chunk.length > size) {
        seen.longer = true;
        // Throwing out of the callback stops the inflation (caught below).
        throw new Damaged();
      }
      out.set(chunk, at);
      at += chunk.length;
    });
    try {
      for (let start = 0; start < data.length; start += INFLATE_STEP)
        inflater.push(data.subarray(start, start + INFLATE_STEP), start + INFLATE_STEP >= data.length);
    } catch {
      return seen.longer ? 'longer' : null;
    }
    return at === size ? out : null;
  } catch {
    return null;
  }
}

/**
 * Reads a zip archive's result files (see the module's comment), each named `name/<entry path>`. Never
 * throws: an archive that is not a readable zip is refused as a whole, a damaged entry on its own.
 */
export async function readZipArchive(
  name: string,
  source: ByteSource,
  sink: ArchiveSink,
  options: ArchiveOptions = {},
): Promise<void> {
  const chunkBytes = Math.max(1, options.chunkBytes ?? CHUNK_BYTES);
  const limits = limitsOf(options);
  try {
    const { offset, size, count } = await findDirectory(source);
    if (size > MAX_DIRECTORY_BYTES) {
      sink.refuse(name, limits.tooMany());
      return;
    }
    const directory = await source.read(offset, offset + size);
    const at = windowOn(source, chunkBytes);
    let walked = 0;
    let results = 0;
    let bytes = 0;
    let careful = false;
    for (const entry of directoryEntries(directory, count)) {
      walked += 1;
      if (isResultEntry(entry.name)) {
        if (results === limits.results) {
          sink.refuse(name, limits.tooMany());
          return;
        }
        if (entry.size <= MAX_ENTRY_BYTES && bytes + entry.size > limits.bytes) {
          sink.refuse(name, limits.tooLarge());
          return;
        }
        results += 1;
        const label = `${name}/${entry.name}`;
        const read = await readEntry(entry, at, careful).catch((error: unknown) => {
          // Data outside the archive is this entry's damage; a file that cannot be read is the archive's.
          if (error instanceof Damaged) return refusal('zip-entry-damaged');
          throw error;
        });
        if (read === 'longer') careful = true;
        if (read instanceof Uint8Array) {
          bytes += entry.size;
          sink.add(label, read);
        } else sink.refuse(label, read === 'longer' ? refusal('zip-entry-damaged') : read);
      }
      if (walked % 256 === 0) options.onProgress?.(walked, count);
    }
    options.onProgress?.(count, count);
    if (results === 0) sink.refuse(name, refusal('archive-no-results'));
  } catch (error) {
    sink.refuse(name, refusal(error instanceof Damaged ? 'zip-damaged' : 'file-unreadable'));
  }
}

/** One entry's bytes, unpacked, or why they cannot be. */
async function readEntry(
  entry: ZipEntry,
  at: (from: number, to: number) => Promise<Uint8Array>,
  careful: boolean,
): Promise<Uint8Array | 'longer' | CohortRefusal> {
  if (entry.size > MAX_ENTRY_BYTES) return { reason: 'too-large', chars: entry.size };
  if ((entry.flags & 1) !== 0) return refusal('zip-entry-encrypted');
  if (entry.method !== 0 && entry.method !== 8)
    return refusal('zip-entry-unsupported', { method: entry.method });
  // Deflate never makes data much longer (a few bytes per stored block): more says the sizes are wrong.
  const stored = entry.method === 0;
  if (
    stored ? entry.compressedSize !== entry.size : entry.compressedSize > entry.size + entry.size / 64 + 1024
  )
    return refusal('zip-entry-damaged');
  const header = await at(entry.offset, entry.offset + 30);
  if (u32(header, 0) !== LOCAL_HEADER) return refusal('zip-entry-damaged');
  const start = entry.offset + 30 + u16(header, 26) + u16(header, 28);
  const data = await at(start, start + entry.compressedSize);
  if (stored) return data;
  if (entry.compressedSize === 0) return entry.size === 0 ? data : refusal('zip-entry-damaged');
  return inflateEntry(data, entry.size, careful) ?? refusal('zip-entry-damaged');
}
