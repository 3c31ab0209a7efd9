/**
 * Reading a file a person chose as text. Files of this app are UTF-8 JSON; anything else (a picture, a
 * spreadsheet, a UTF-16 or Latin-1 file) is refused with a sentence saying what it is, instead of being read
 * with replacement characters that silently change the texts.
 */
import { lineAndColumn } from './json-syntax';
import type { Problem } from './problems';

/** The outcome of decoding a file's bytes. */
export type TextReading =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Problem };

const SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // zip (also .xlsx, .docx)
  [0xd0, 0xcf, 0x11, 0xe0], // old Office files
];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Offset of the first byte that is not part of well-formed UTF-8, or -1 when all of it is. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1] ?? 0;
    if (b === 0xe0 && second < 0xa0) return i; // overlong
    if (b === 0xed && second > 0x9f) return i; // surrogates
    if (b === 0xf0 && second < 0x90) return i; // overlong
    if (b === 0xf4 && second > 0x8f) return i; // above U+10FFFF
    i += length;
  }
  return -1;
}

/**
 * Decodes a file's bytes as UTF-8 text (a byte-order mark is dropped). Refuses pictures, archives and other
 * binary files (`not-text`), UTF-16 files (`utf16`) and text in another encoding such as Latin-1
 * (`not-utf8`, with the line and column of the first byte that is not UTF-8). Never throws.
 */
export function decodeTextFile(bytes: Uint8Array): TextReading {
  if (SIGNATURES.some((signature) => startsWith(bytes, signature)))
    return { ok: false, problem: { path: '', code: 'not-text' } };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
    return { ok: false, problem: { path: '', code: 'utf16' } };
  const head = bytes.subarray(0, 4096);
  let zeros = 0;
  let oddZeros = 0;
  head.forEach((byte, i) => {
    if (byte === 0) {
      zeros += 1;
      if (i % 2 === 1) oddZeros += 1;
    }
  });
  if (zeros > 0) {
    // Text in UTF-16 without a byte-order mark has a zero in every other byte.
    const utf16 = zeros >= head.length / 4 && (oddZeros / zeros > 0.9 || oddZeros / zeros < 0.1);
    return { ok: false, problem: { path: '', code: utf16 ? 'utf16' : 'not-text' } };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const { line, column } = lineAndColumn(before, before.length);
    return { ok: false, problem: { path: '', code: 'not-utf8', values: { line, column } } };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
