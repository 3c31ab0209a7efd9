/**
 * The fields the 360° formats share (round id, group, bank reference, first name), as zod schemas.
 * Importing `domain/bank/schema` also sets zod's `jitless` mode (it runs before this module's body), so no
 * schema here generates code.
 */
import { z } from 'zod';
import { Bank, Id } from '../domain/bank/schema';
import { bytesFromBase64Url } from './encoding';

/** A round id is this many random bytes (128 bits), written in base64url (22 characters). */
export const ROUND_ID_BYTES = 16;

/** Exactly `count` bytes in canonical base64url. */
export function base64UrlOf(count: number) {
  return z
    .string()
    .max(Math.ceil((count * 4) / 3))
    .refine((value) => bytesFromBase64Url(value, count) !== null);
}

/** A round id: 16 bytes in canonical base64url. */
export const RoundId = base64UrlOf(ROUND_ID_BYTES);

/** A rater group (`manager`, `partners`, `team`, …): a kebab-case id. */
export const GroupId = Id;

/** Which bank the raters answer: its kebab-case id and semver version. */
export const BankRef = z.strictObject({ id: Id, version: Bank.shape.version.max(40) });

/** Characters a name may not hold: control characters and the bidi overrides and isolates. */
const NAME_PATTERN = /^[^\p{Cc}\u202A-\u202E\u2066-\u2069]+$/u;

/** The participant's first name as raters see it: 1–60 characters, no control or bidi characters. */
export const FirstName = z.string().min(1).max(60).regex(NAME_PATTERN);

export type BankRef = z.infer<typeof BankRef>;
