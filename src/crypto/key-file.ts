/**
 * The round key file: a round's private key and what the round is about, protected by a passphrase, so a
 * participant can keep the round elsewhere or hand it to their coach. PBKDF2-SHA-256 turns the passphrase
 * (NFC-normalised, UTF-8) and a random 16-byte salt into an AES-GCM-256 key; the ciphertext (random 96-bit
 * IV) holds the PKCS#8 private key and the metadata; the clear header (format, version, round id, KDF
 * parameters) is the additional authenticated data, so none of it can be edited unnoticed.
 */
import { z } from 'zod';
import { canonicalJson } from '../domain/bank/hash';
import { findReservedKeys } from '../domain/problems';
import { bytesFromBase64Url, randomBytes, toBase64Url, utf8Bytes, utf8Text } from './encoding';
import { ECDH_P256, publicKeyOf, type Round, type RoundKey } from './round';
import { BankRef, FirstName, GroupId, RoundId, base64UrlOf } from './schemas';

/** The `format` name every round key file carries. */
export const KEY_FILE_FORMAT = 'nla-360-round-key';
/** The key-file format version this app writes and reads. */
export const KEY_FILE_FORMAT_VERSION = 1;
/** PBKDF2 iterations written by default (OWASP's figure for PBKDF2-HMAC-SHA-256). */
export const KEY_FILE_ITERATIONS = 600_000;
/** Most iterations a key file may ask for (more would only make opening it hang). */
export const MAX_KEY_FILE_ITERATIONS = 5_000_000;
/** Largest key file accepted, in characters. */
export const MAX_KEY_FILE_CHARS = 100_000;

/** What the round is about: its rater groups, the bank, when it was made, the participant's first name. */
export const RoundMetadataSchema = z.strictObject({
  groups: z
    .array(GroupId)
    .min(1)
    .max(20)
    .refine((groups) => new Set(groups).size === groups.length),
  bank: BankRef,
  createdAt: z.iso.datetime(),
  firstName: FirstName.optional(),
});

export type RoundMetadata = z.infer<typeof RoundMetadataSchema>;

const Kdf = z.strictObject({
  name: z.literal('PBKDF2'),
  hash: z.literal('SHA-256'),
  iterations: z.int().min(1).max(MAX_KEY_FILE_ITERATIONS),
  salt: base64UrlOf(16),
});

const KeyFileSchema = z.strictObject({
  format: z.literal(KEY_FILE_FORMAT),
  formatVersion: z.literal(KEY_FILE_FORMAT_VERSION),
  roundId: RoundId,
  kdf: Kdf,
  iv: base64UrlOf(12),
  ciphertext: z.string().max(MAX_KEY_FILE_CHARS),
});

/** What the ciphertext holds. */
const Secret = z.strictObject({
  roundId: RoundId,
  privateKey: z.string().max(1_000),
  metadata: RoundMetadataSchema,
});

type Header = Omit<z.infer<typeof KeyFileSchema>, 'iv' | 'ciphertext'>;

/** The additional authenticated data: the clear header's canonical JSON. */
function headerBytes({ format, formatVersion, roundId, kdf }: Header): Uint8Array<ArrayBuffer> {
  return utf8Bytes(canonicalJson({ format, formatVersion, roundId, kdf }));
}

async function passphraseKey(passphrase: string, kdf: Header['kdf'], usage: 'encrypt' | 'decrypt') {
  const subtle = globalThis.crypto.subtle;
  const salt = bytesFromBase64Url(kdf.salt, 16);
  if (salt === null) throw new TypeError('Not a salt');
  const material = await subtle.importKey('raw', utf8Bytes(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: kdf.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** Options of {@link exportRoundKeyFile}. */
export interface KeyFileOptions {
  /** PBKDF2 iterations, default {@link KEY_FILE_ITERATIONS}. Only tests should pass fewer. */
  readonly iterations?: number;
}

/**
 * The text of a round key file (pretty JSON): `{ format: 'nla-360-round-key', formatVersion: 1, roundId,
 * kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt }, iv, ciphertext }`, all bytes in base64url.
 * Rejects with a TypeError for metadata that breaks the format, a RangeError for an empty passphrase or
 * an iteration count outside 1…{@link MAX_KEY_FILE_ITERATIONS}, and the platform's error for a private key
 * that is not extractable.
 */
export async function exportRoundKeyFile(
  round: RoundKey,
  metadata: RoundMetadata,
  passphrase: string,
  options: KeyFileOptions = {},
): Promise<string> {
  const iterations = options.iterations ?? KEY_FILE_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_KEY_FILE_ITERATIONS)
    throw new RangeError(`PBKDF2 iterations must be 1 to ${MAX_KEY_FILE_ITERATIONS}`);
  if (passphrase.length === 0) throw new RangeError('The passphrase is empty');
  const meta = RoundMetadataSchema.safeParse(metadata);
  if (!meta.success || !RoundId.safeParse(round.roundId).success)
    throw new TypeError('Not valid round metadata or round id');
  const subtle = globalThis.crypto.subtle;
  const pkcs8 = await subtle.exportKey('pkcs8', round.privateKey);
  const header: Header = {
    format: KEY_FILE_FORMAT,
    formatVersion: KEY_FILE_FORMAT_VERSION,
    roundId: round.roundId,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64Url(randomBytes(16)) },
  };
  const secret = {
    roundId: round.roundId,
    privateKey: toBase64Url(new Uint8Array(pkcs8)),
    metadata: meta.data,
  };
  const iv = randomBytes(12);
  const key = await passphraseKey(passphrase, header.kdf, 'encrypt');
  const ciphertext = await subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: headerBytes(header) },
    key,
    utf8Bytes(canonicalJson(secret)),
  );
  const file = { ...header, iv: toBase64Url(iv), ciphertext: toBase64Url(new Uint8Array(ciphertext)) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Why a key file was refused: `not-key-file` (too long, not JSON, or no key-file `format`), `newer-format`
 * (a version above this app's), `damaged` (fields missing or wrong, or content that decrypts but is not a
 * round), `wrong-passphrase` (authentication failed: AES-GCM cannot tell a wrong passphrase from an edited
 * salt, IV, ciphertext or header, so those are reported as a wrong passphrase too).
 */
export type KeyFileRefusal = 'not-key-file' | 'wrong-passphrase' | 'newer-format' | 'damaged';

export type KeyFileReading =
  | { readonly ok: true; readonly round: Round; readonly metadata: RoundMetadata }
  | { readonly ok: false; readonly reason: KeyFileRefusal };

/** Opens a round key file with its passphrase: the round (private key extractable) and metadata. Never throws. */
export async function importRoundKeyFile(text: string, passphrase: string): Promise<KeyFileReading> {
  if (typeof text !== 'string' || text.length > MAX_KEY_FILE_CHARS)
    return { ok: false, reason: 'not-key-file' };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, reason: 'not-key-file' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, reason: 'not-key-file' };
  const record = value as Record<string, unknown>;
  if (record.format !== KEY_FILE_FORMAT) return { ok: false, reason: 'not-key-file' };
  if (typeof record.formatVersion === 'number' && record.formatVersion > KEY_FILE_FORMAT_VERSION)
    return { ok: false, reason: 'newer-format' };
  const file = KeyFileSchema.safeParse(value);
  const iv = file.success ? bytesFromBase64Url(file.data.iv, 12) : null;
  const ciphertext = file.success ? bytesFromBase64Url(file.data.ciphertext) : null;
  if (!file.success || iv === null || ciphertext === null || findReservedKeys(value).length > 0)
    return { ok: false, reason: 'damaged' };
  let plaintext: ArrayBuffer;
  try {
    const key = await passphraseKey(passphrase, file.data.kdf, 'decrypt');
    plaintext = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: headerBytes(file.data) },
      key,
      ciphertext,
    );
  } catch {
    return { ok: false, reason: 'wrong-passphrase' };
  }
  return openSecret(plaintext, file.data.roundId);
}

/** The round in a decrypted key file; `damaged` when it is not one. Never throws. */
async function openSecret(plaintext: ArrayBuffer, roundId: string): Promise<KeyFileReading> {
  try {
    const text = utf8Text(new Uint8Array(plaintext));
    const secret = Secret.safeParse(text === null ? null : JSON.parse(text));
    if (!secret.success || secret.data.roundId !== roundId) return { ok: false, reason: 'damaged' };
    const pkcs8 = bytesFromBase64Url(secret.data.privateKey);
    if (pkcs8 === null) return { ok: false, reason: 'damaged' };
    const privateKey = await globalThis.crypto.subtle.importKey('pkcs8', pkcs8, ECDH_P256, true, [
      'deriveBits',
    ]);
    const publicKey = await publicKeyOf(privateKey);
    if (publicKey === null) return { ok: false, reason: 'damaged' };
    return { ok: true, round: { roundId, publicKey, privateKey }, metadata: secret.data.metadata };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}
