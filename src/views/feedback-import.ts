/**
 * What happened to each response a participant or a coach took in, as one plain sentence: counted (and for
 * which group), already counted, or refused and why. Pure: the outcomes come from `src/state/feedback-import`,
 * whose `ImportOutcome` fits {@link ImportOutcomeLike} (views may not import state, so the shape is spelled
 * out here; a reason added there fails the type check where a page passes its outcomes in).
 */
import type { BankIndex } from '../domain/bank/model';
import { raterGroupName } from '../domain/feedback/rater';
import type { Translate } from './describe';

/** Every reason a response can be refused for. */
export const IMPORT_REFUSALS = [
  'malformed',
  'too-large',
  'newer-format',
  'other-round',
  'tampered',
  'not-response-file',
  'not-feedback',
  'other-bank',
  'invalid',
  'other-group',
  'no-response',
] as const;

export type ImportRefusalReason = (typeof IMPORT_REFUSALS)[number];

/** One response's outcome: `source` names the link or file it came from. */
export type ImportOutcomeLike =
  | { readonly source: string; readonly kind: 'added'; readonly groupId: string }
  | { readonly source: string; readonly kind: 'duplicate' }
  | { readonly source: string; readonly kind: 'refused'; readonly reason: ImportRefusalReason };

/** The sentence of each refusal, as literal keys (so the key check sees every one of them). */
function refusalText(t: Translate, reason: ImportRefusalReason, source: string): string {
  switch (reason) {
    case 'malformed':
      return t('feedbackImport.malformed', { source });
    case 'too-large':
      return t('feedbackImport.tooLarge', { source });
    case 'newer-format':
      return t('feedbackImport.newerFormat', { source });
    case 'other-round':
      return t('feedbackImport.otherRound', { source });
    case 'tampered':
      return t('feedbackImport.tampered', { source });
    case 'not-response-file':
      return t('feedbackImport.notResponseFile', { source });
    case 'not-feedback':
      return t('feedbackImport.notFeedback', { source });
    case 'other-bank':
      return t('feedbackImport.otherBank', { source });
    case 'invalid':
      return t('feedbackImport.invalid', { source });
    case 'other-group':
      return t('feedbackImport.otherGroup', { source });
    case 'no-response':
      return t('feedbackImport.noResponse', { source });
  }
}

/**
 * One sentence, starting with the outcome's source, for what happened to a response: taken in (naming the
 * bank's rater group in `language`, or its id when the bank has no such group), already counted, or refused
 * with its reason in plain words.
 */
export function importOutcomeText(
  t: Translate,
  index: BankIndex,
  outcome: ImportOutcomeLike,
  language: string,
): string {
  const { source } = outcome;
  switch (outcome.kind) {
    case 'added': {
      return t('feedbackImport.added', { source, group: raterGroupName(index, outcome.groupId, language) });
    }
    case 'duplicate':
      return t('feedbackImport.duplicate', { source });
    case 'refused':
      return refusalText(t, outcome.reason, source);
  }
}

/** Why a round key file did not open, as the key file's reader says (`importRoundKeyFile`). */
export type KeyFileRefusalLike = 'not-key-file' | 'wrong-passphrase' | 'newer-format' | 'damaged';

/** The plain sentence for a round key file that did not open: the same on the participant's and the coach's page. */
export function keyFileRefusalText(t: Translate, reason: KeyFileRefusalLike): string {
  switch (reason) {
    case 'wrong-passphrase':
      return t('feedbackImport.keyWrongPassphrase');
    case 'not-key-file':
      return t('feedbackImport.keyNotKeyFile');
    case 'newer-format':
      return t('feedbackImport.keyNewerFormat');
    case 'damaged':
      return t('feedbackImport.keyDamaged');
  }
}
