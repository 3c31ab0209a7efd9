/**
 * Invitations: what a rater's link carries, in its URL fragment (never sent to a server). Only the format
 * version, the round id, the rater group, the bank reference, the round's public key and optionally the
 * participant's first name: never anything secret. Written as deflated canonical JSON in base64url.
 */
import { z } from 'zod';
import { deflateJson, inflateJson } from './compress';
import { bytesFromBase64Url, toBase64Url } from './encoding';
import { importPublicKey } from './round';
import { BankRef, FirstName, GroupId, RoundId } from './schemas';

/** The invitation format version this app writes and reads. */
export const INVITATION_FORMAT_VERSION = 1;
/** Longest invitation text accepted (characters of base64url); a real one is about 250. */
export const MAX_INVITATION_CHARS = 2_000;
/** Most bytes an invitation may inflate to. */
export const MAX_INVITATION_BYTES = 4_000;

/** An invitation as written and read (every field checked when read). */
export const InvitationSchema = z.strictObject({
  formatVersion: z.literal(INVITATION_FORMAT_VERSION),
  roundId: RoundId,
  groupId: GroupId,
  bank: BankRef,
  /** The round's public key: a raw uncompressed P-256 point in base64url (checked by importing it). */
  publicKey: z.string().max(200),
  firstName: FirstName.optional(),
});

export type Invitation = z.infer<typeof InvitationSchema>;

/**
 * Why an invitation text was refused: `bad-link` (empty, too long, not base64url, not deflate, inflates
 * too far, not JSON, or any field missing or wrong), `newer-format` (a format version above this app's),
 * `bad-key` (the public key is not a P-256 point this platform imports).
 */
export type InvitationRefusal = 'bad-link' | 'newer-format' | 'bad-key';

export type InvitationReading =
  | { readonly ok: true; readonly invitation: Invitation }
  | { readonly ok: false; readonly reason: InvitationRefusal };

/**
 * The fragment text of an invitation. A first name is trimmed, and left out when empty. Throws a TypeError
 * when a field breaks the format (so no link is written that {@link decodeInvitation} refuses for its
 * fields; the key itself is checked only when decoding).
 */
export function encodeInvitation(invitation: Invitation): string {
  const { firstName, ...rest } = invitation;
  const name = firstName?.trim() ?? '';
  const parsed = InvitationSchema.safeParse(name === '' ? rest : { ...rest, firstName: name });
  if (!parsed.success) throw new TypeError(`Not a valid invitation: ${parsed.error.message}`);
  return toBase64Url(deflateJson(parsed.data, MAX_INVITATION_BYTES));
}

/** Reads an invitation text, checking every field and that the public key imports. Never throws. */
export async function decodeInvitation(text: string): Promise<InvitationReading> {
  try {
    if (typeof text !== 'string' || text.length === 0 || text.length > MAX_INVITATION_CHARS)
      return { ok: false, reason: 'bad-link' };
    const bytes = bytesFromBase64Url(text);
    if (bytes === null) return { ok: false, reason: 'bad-link' };
    const inflated = inflateJson(bytes, MAX_INVITATION_BYTES);
    if (!inflated.ok) return { ok: false, reason: 'bad-link' };
    const value = inflated.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return { ok: false, reason: 'bad-link' };
    const version = (value as Record<string, unknown>).formatVersion;
    if (typeof version === 'number' && version > INVITATION_FORMAT_VERSION)
      return { ok: false, reason: 'newer-format' };
    const parsed = InvitationSchema.safeParse(value);
    if (!parsed.success) return { ok: false, reason: 'bad-link' };
    if ((await importPublicKey(parsed.data.publicKey)) === null) return { ok: false, reason: 'bad-key' };
    return { ok: true, invitation: parsed.data };
  } catch {
    return { ok: false, reason: 'bad-link' };
  }
}
