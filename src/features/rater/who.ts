import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../crypto/invitation';

/**
 * How the rater's pages name the person who asked: by the invitation's first name, or "your colleague"
 * when the invitation has none. `readers` is who can read the answers (that person and their coach).
 */
export function useWho(invitation: Invitation): { readonly recipient: string; readonly readers: string } {
  const { t } = useTranslation();
  const name = invitation.firstName;
  return name === undefined
    ? { recipient: t('rater.recipient.colleague'), readers: t('rater.readers.colleague') }
    : { recipient: name, readers: t('rater.readers.named', { name }) };
}
