/**
 * Encrypted responses: what a rater sends back, readable only with the round's private key.
 *
 * Sealing (ECIES over Web Crypto): a fresh ephemeral ECDH P-256 key pair; ECDH with the round's public key
 * (256 bits); HKDF-SHA-256 with salt = the round id's 16 bytes and info = {@link HKDF_LABEL} + group id,
 * giving an AES-GCM-256 key; a random 96-bit IV; the plaintext is the payload's canonical JSON, deflated;
 * the additional authenticated data is the token's clear header (version, round id, group, ephemeral key).
 *
 * Token: `v1.<roundId>.<groupId>.<ephemeralPublicKey>.<iv>.<ciphertext>` (each base64url; the group id is
 * kebab-case). Nothing else is in clear: not the bank, not a name, not one answer.
 */
import { deflateJson, inflateJson } from './compress';
import { bytesFromBase64Url, hexOf, randomBytes, toBase64Url, utf8Bytes } from './encoding';
import type { Invitation } from './invitation';
import { ECDH_P256, PUBLIC_KEY_BYTES, importPublicKey, type RoundKey } from './round';
import { GroupId, ROUND_ID_BYTES } from './schemas';

/** The token format version this app writes and reads (the token's first part is `v1`). */
export const RESPONSE_TOKEN_VERSION = 1;
/** Longest token accepted, in characters. */
export const MAX_RESPONSE_CHARS = 100_000;
/** Most bytes a response's payload (its canonical JSON) may have, when sealing and after inflating. */
export const MAX_RESPONSE_BYTES = 1_000_000;
/** The fixed part of HKDF's `info`; the group id follows it. */
export const HKDF_LABEL = 'nla-360-response-v1/';

const IV_BYTES = 12;
/** AES-GCM's authentication tag, at the end of every ciphertext. */
const TAG_BYTES = 16;

/** The parts of a token that is well formed (nothing checked cryptographically yet). */
export interface TokenParts {
  readonly roundId: string;
  readonly groupId: string;
  /** The text the AEAD authenticates: `v1.<roundId>.<groupId>.<ephemeralPublicKey>`. */
  readonly header: string;
  readonly ephemeralKey: string;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly ciphertext: Uint8Array<ArrayBuffer>;
}

/** Why a token is not even well formed. */
export type TokenSyntaxRefusal = 'malformed' | 'too-large' | 'newer-format';

/**
 * Splits a token into its parts, checking its syntax only: `too-large` over {@link MAX_RESPONSE_CHARS},
 * `newer-format` for a version above `v1`, `malformed` for anything else that is not six dot-separated
 * canonical base64url parts of the right lengths. Never throws.
 */
export function parseToken(
  token: string,
):
  | { readonly ok: true; readonly parts: TokenParts }
  | { readonly ok: false; readonly reason: TokenSyntaxRefusal } {
  if (typeof token !== 'string') return { ok: false, reason: 'malformed' };
  if (token.length > MAX_RESPONSE_CHARS) return { ok: false, reason: 'too-large' };
  const parts = token.split('.');
  const version = /^v([1-9][0-9]{0,5})$/.exec(parts[0] ?? '')?.[1];
  if (version === undefined) return { ok: false, reason: 'malformed' };
  if (Number(version) > RESPONSE_TOKEN_VERSION) return { ok: false, reason: 'newer-format' };
  const [, roundId = '', groupId = '', ephemeralKey = '', ivText = '', ciphertextText = ''] = parts;
  const iv = bytesFromBase64Url(ivText, IV_BYTES);
  const ciphertext = bytesFromBase64Url(ciphertextText);
  if (
    parts.length !== 6 ||
    bytesFromBase64Url(roundId, ROUND_ID_BYTES) === null ||
    !GroupId.safeParse(groupId).success ||
    bytesFromBase64Url(ephemeralKey, PUBLIC_KEY_BYTES) === null ||
    iv === null ||
    ciphertext === null ||
    ciphertext.length <= TAG_BYTES
  )
    return { ok: false, reason: 'malformed' };
  const header = parts.slice(0, 4).join('.');
  return { ok: true, parts: { roundId, groupId, header, ephemeralKey, iv, ciphertext } };
}

/** The AES-GCM key of one response, from the ECDH shared secret (see the module comment). */
async function responseKey(
  shared: ArrayBuffer,
  roundId: string,
  groupId: string,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const salt = bytesFromBase64Url(roundId, ROUND_ID_BYTES);
  if (salt === null) throw new TypeError('Not a round id');
  const secret = await subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8Bytes(HKDF_LABEL + groupId) },
    secret,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/**
 * Seals a payload (any JSON value) for the round of an invitation: a new token each time, even for the
 * same payload. Rejects with a TypeError when the invitation's key does not import, and a RangeError when
 * the payload's JSON is over {@link MAX_RESPONSE_BYTES} or the token would be over {@link MAX_RESPONSE_CHARS}.
 */
export async function sealResponse(
  invitation: Pick<Invitation, 'roundId' | 'groupId' | 'publicKey'>,
  payload: unknown,
): Promise<string> {
  const subtle = globalThis.crypto.subtle;
  const { roundId, groupId } = invitation;
  const roundKey = await importPublicKey(invitation.publicKey);
  if (
    roundKey === null ||
    bytesFromBase64Url(roundId, ROUND_ID_BYTES) === null ||
    !GroupId.safeParse(groupId).success
  )
    throw new TypeError('Not a valid invitation');
  const plaintext = deflateJson(payload, MAX_RESPONSE_BYTES);
  const ephemeral = await subtle.generateKey(ECDH_P256, false, ['deriveBits']);
  const ephemeralKey = toBase64Url(new Uint8Array(await subtle.exportKey('raw', ephemeral.publicKey)));
  const shared = await subtle.deriveBits({ name: 'ECDH', public: roundKey }, ephemeral.privateKey, 256);
  const key = await responseKey(shared, roundId, groupId, 'encrypt');
  const header = `v${RESPONSE_TOKEN_VERSION}.${roundId}.${groupId}.${ephemeralKey}`;
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8Bytes(header) },
    key,
    plaintext,
  );
  const token = `${header}.${toBase64Url(iv)}.${toBase64Url(new Uint8Array(ciphertext))}`;
  if (token.length > MAX_RESPONSE_CHARS)
    throw new RangeError(`A token of ${token.length} characters is too long`);
  return token;
}

/**
 * Why a token was refused: the {@link TokenSyntaxRefusal}s; `other-round` when its round id is not the
 * round's; `tampered` when authentication fails. AES-GCM cannot tell an edited token from a wrong key, so
 * both are `tampered`: an edited IV, ciphertext, ephemeral key or group, a round id field rewritten to this
 * round's, and a private key that is not this round's. (`too-large` also when the payload inflates over
 * {@link MAX_RESPONSE_BYTES}; `malformed` also for an authentic payload that is not deflated JSON.)
 */
export type ResponseRefusal = TokenSyntaxRefusal | 'other-round' | 'tampered';

export type ResponseReading =
  | {
      readonly ok: true;
      readonly payload: unknown;
      /** The authenticated rater group. */
      readonly groupId: string;
      /** SHA-256 hex of the ciphertext: the same token (link or file) always has the same id. */
      readonly responseId: string;
    }
  | { readonly ok: false; readonly reason: ResponseRefusal };

/** Opens a token with the round's private key: its payload, group and duplicate id. Never throws. */
export async function openResponse(token: string, round: RoundKey): Promise<ResponseReading> {
  const subtle = globalThis.crypto.subtle;
  const parsed = parseToken(token);
  if (!parsed.ok) return parsed;
  const { roundId, groupId, header, ephemeralKey, iv, ciphertext } = parsed.parts;
  let plaintext: ArrayBuffer;
  try {
    if (roundId !== round.roundId) return { ok: false, reason: 'other-round' };
    const ephemeral = await importPublicKey(ephemeralKey);
    if (ephemeral === null) return { ok: false, reason: 'tampered' };
    const shared = await subtle.deriveBits({ name: 'ECDH', public: ephemeral }, round.privateKey, 256);
    const key = await responseKey(shared, roundId, groupId, 'decrypt');
    plaintext = await subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: utf8Bytes(header) },
      key,
      ciphertext,
    );
  } catch {
    // A failed authentication, or a private key that is no ECDH P-256 key: nothing to tell them apart by.
    return { ok: false, reason: 'tampered' };
  }
  const inflated = inflateJson(new Uint8Array(plaintext), MAX_RESPONSE_BYTES);
  if (!inflated.ok) return inflated;
  try {
    const responseId = hexOf(await subtle.digest('SHA-256', ciphertext));
    return { ok: true, payload: inflated.value, groupId, responseId };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
