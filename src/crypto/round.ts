/**
 * A feedback round's keys: one ECDH P-256 key pair per round. The public key goes into every invitation;
 * the private key stays with the participant (or travels to a coach in a passphrase-protected key file)
 * and is the only key that opens the round's responses.
 */
import { bytesFromBase64Url, randomBytes, toBase64Url } from './encoding';
import { ROUND_ID_BYTES } from './schemas';

/** The key algorithm of rounds and of the raters' ephemeral keys. */
export const ECDH_P256 = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** A raw uncompressed P-256 point: 0x04, then x and y (32 bytes each). */
export const PUBLIC_KEY_BYTES = 65;

/** A round as its creator holds it. */
export interface Round {
  /** 128 random bits, base64url (22 characters): names the round in invitations and responses. */
  readonly roundId: string;
  /** The raw uncompressed public point, base64url (87 characters). */
  readonly publicKey: string;
  /** ECDH P-256, usage `deriveBits`; extractable, so it can be written to a key file. */
  readonly privateKey: CryptoKey;
}

/** What opening a response needs: the round id and its private key. */
export type RoundKey = Pick<Round, 'roundId' | 'privateKey'>;

/** A new round: a fresh key pair and a random round id. */
export async function createRound(): Promise<Round> {
  const pair = await globalThis.crypto.subtle.generateKey(ECDH_P256, true, ['deriveBits']);
  const raw = await globalThis.crypto.subtle.exportKey('raw', pair.publicKey);
  return {
    roundId: toBase64Url(randomBytes(ROUND_ID_BYTES)),
    publicKey: toBase64Url(new Uint8Array(raw)),
    privateKey: pair.privateKey,
  };
}

/**
 * Imports a base64url raw uncompressed P-256 point as an ECDH public key; `null` when the text is not
 * canonical base64url of 65 bytes starting with 0x04, or the point is not on the curve. Never throws.
 */
export async function importPublicKey(text: string): Promise<CryptoKey | null> {
  const bytes = bytesFromBase64Url(text, PUBLIC_KEY_BYTES);
  if (bytes?.[0] !== 0x04) return null;
  try {
    return await globalThis.crypto.subtle.importKey('raw', bytes, ECDH_P256, true, []);
  } catch {
    return null;
  }
}

/**
 * The base64url raw public key of an extractable ECDH P-256 private key (from its JWK `x` and `y`); `null`
 * when the key is not one. Never throws.
 */
export async function publicKeyOf(privateKey: CryptoKey): Promise<string | null> {
  try {
    const jwk = await globalThis.crypto.subtle.exportKey('jwk', privateKey);
    if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || jwk.x === undefined || jwk.y === undefined) return null;
    const x = bytesFromBase64Url(jwk.x, 32);
    const y = bytesFromBase64Url(jwk.y, 32);
    if (x === null || y === null) return null;
    const raw = new Uint8Array(PUBLIC_KEY_BYTES);
    raw[0] = 0x04;
    raw.set(x, 1);
    raw.set(y, 33);
    return toBase64Url(raw);
  } catch {
    return null;
  }
}

/** The private key of a round as PKCS#8 in base64url, for keeping it in this browser's storage. */
export async function exportPrivateKey(privateKey: CryptoKey): Promise<string> {
  return toBase64Url(new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', privateKey)));
}

/**
 * A round's key pair from its stored PKCS#8 private key: `null` when the text is not an ECDH P-256
 * private key or does not belong to `publicKey` (a damaged store). Never throws.
 */
export async function importPrivateKey(text: string, publicKey: string): Promise<CryptoKey | null> {
  const bytes = bytesFromBase64Url(text);
  if (bytes === null) return null;
  try {
    const key = await globalThis.crypto.subtle.importKey('pkcs8', bytes, ECDH_P256, true, ['deriveBits']);
    return (await publicKeyOf(key)) === publicKey ? key : null;
  } catch {
    return null;
  }
}
