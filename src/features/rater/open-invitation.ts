/**
 * Opening a rater's link: the invitation in its fragment, then the bank it names, then the group. Every
 * step that can fail gives a refusal the page explains in plain words; nothing throws.
 */
import { refKey } from '../../banks/catalogue';
import { decodeInvitation, type Invitation, type InvitationRefusal } from '../../crypto/invitation';
import type { BankIndex } from '../../domain/bank/model';
import { invitationOf } from '../../domain/feedback/links';
import { offersFeedback } from '../../domain/feedback/payload';
import { raterGroup, type RaterGroup } from '../../domain/feedback/rater';
import { resolveBank } from '../../state/bank';

/** Why a rater's link cannot be answered. */
export type RaterRefusal =
  'no-invitation' | InvitationRefusal | 'unknown-bank' | 'bank-failed' | 'no-feedback' | 'unknown-group';

/** An invitation ready to answer (with its bank and group), or why not. */
export type OpenedInvitation =
  | {
      readonly ok: true;
      readonly invitation: Invitation;
      readonly index: BankIndex;
      readonly group: RaterGroup;
    }
  | {
      readonly ok: false;
      readonly reason: RaterRefusal;
      /** `id@version` of the bank asked for, once the invitation could be read. */
      readonly bank?: string;
      /** The group id asked for, once the invitation could be read. */
      readonly group?: string;
    };

/** Opens the invitation of a location's fragment (`#<invitation>`) with its bank and group. Never throws. */
export async function openInvitation(hash: string): Promise<OpenedInvitation> {
  const text = invitationOf(hash);
  if (text === null) return { ok: false, reason: 'no-invitation' };
  const read = await decodeInvitation(text);
  if (!read.ok) return { ok: false, reason: read.reason };
  const { invitation } = read;
  const asked = { bank: refKey(invitation.bank), group: invitation.groupId };
  const status = await resolveBank(invitation.bank);
  if (status.status === 'missing') return { ok: false, reason: 'unknown-bank', ...asked };
  if (status.status !== 'ready') return { ok: false, reason: 'bank-failed', ...asked };
  const { index } = status;
  if (!offersFeedback(index)) return { ok: false, reason: 'no-feedback', ...asked };
  const group = raterGroup(index, invitation.groupId);
  if (group === undefined) return { ok: false, reason: 'unknown-group', ...asked };
  return { ok: true, invitation, index, group };
}
