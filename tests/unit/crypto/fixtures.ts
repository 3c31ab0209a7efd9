/** Shared helpers of the crypto tests: rounds with an invitation, and byte-level edits of tokens. */
import { deflateSync } from 'fflate';
import { bytesFromBase64Url, toBase64Url, utf8Bytes } from '../../../src/crypto/encoding';
import { createRound, type Round } from '../../../src/crypto/round';
import type { Invitation } from '../../../src/crypto/invitation';

export const BANK = { id: 'network-leadership', version: '1.2.0' } as const;

/** A new round and its invitation for one group. */
export async function roundWithInvitation(
  groupId = 'partners',
): Promise<{ round: Round; invitation: Invitation }> {
  const round = await createRound();
  const invitation: Invitation = {
    formatVersion: 1,
    roundId: round.roundId,
    groupId,
    bank: BANK,
    publicKey: round.publicKey,
    firstName: 'Łukasz',
  };
  return { round, invitation };
}

/** The token with part `index` (0 = version … 5 = ciphertext) replaced. */
export function withPart(token: string, index: number, part: string): string {
  const parts = token.split('.');
  parts[index] = part;
  return parts.join('.');
}

/** The token with one byte of base64url part `index` XOR-ed with `mask` (`at` < 0 counts from the end). */
export function flipByte(token: string, index: number, at: number, mask = 0x01): string {
  const bytes = bytesFromBase64Url(token.split('.')[index]!)!;
  const position = at < 0 ? bytes.length + at : at;
  bytes[position] = bytes[position]! ^ mask;
  return withPart(token, index, toBase64Url(bytes));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Another spelling of the same bytes: the last character with its lowest unused bit set (for texts whose
 * length is not a multiple of 4, where the last character has unused bits).
 */
export function nonCanonical(text: string): string {
  const last = ALPHABET.indexOf(text.at(-1)!);
  return text.slice(0, -1) + ALPHABET[last | 1]!;
}

/**
 * Seals raw plaintext bytes by the construction the README documents, written out here independently of
 * src/crypto/response.ts: so the tests check the documented format, and can seal what the app never would.
 */
export async function sealBytesByHand(
  invitation: { readonly roundId: string; readonly groupId: string; readonly publicKey: string },
  plaintext: Uint8Array<ArrayBuffer>,
): Promise<string> {
  const subtle = globalThis.crypto.subtle;
  const curve = { name: 'ECDH', namedCurve: 'P-256' };
  const roundKey = await subtle.importKey('raw', bytesFromBase64Url(invitation.publicKey)!, curve, true, []);
  const ephemeral = await subtle.generateKey(curve, true, ['deriveBits']);
  const epk = toBase64Url(new Uint8Array(await subtle.exportKey('raw', ephemeral.publicKey)));
  const shared = await subtle.deriveBits({ name: 'ECDH', public: roundKey }, ephemeral.privateKey, 256);
  const hkdf = await subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  const key = await subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: bytesFromBase64Url(invitation.roundId)!,
      info: utf8Bytes(`nla-360-response-v1/${invitation.groupId}`),
    },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const header = `v1.${invitation.roundId}.${invitation.groupId}.${epk}`;
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8Bytes(header) },
    key,
    plaintext,
  );
  return `${header}.${toBase64Url(iv)}.${toBase64Url(new Uint8Array(ciphertext))}`;
}

/** Deflated UTF-8 of a text (what a sealed plaintext or an invitation is made of). */
export function deflated(text: string): Uint8Array<ArrayBuffer> {
  return deflateSync(utf8Bytes(text), { level: 9 });
}
