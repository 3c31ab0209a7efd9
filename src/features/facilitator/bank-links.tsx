import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bank } from '../../domain/bank/schema';
import { bankInLanguage, encodeBankLink, BANK_LINK_KEY } from '../../domain/bank-link';
import { pathOf } from '../../state/route';
import { CopyField } from '../../ui/copy-field';

/** Size of a link in kB, as people read it (one decimal). */
const kilobytes = (link: string) => (link.length / 1000).toFixed(1);

/**
 * Participant links that carry the bank itself in the URL fragment: with every language, and (for a bank in
 * several languages) one per language, which is shorter. They work on any device, no server involved.
 */
export function BankLinks({ bank }: { readonly bank: Bank }) {
  const { t, i18n } = useTranslation();
  const links = useMemo(() => {
    const url = (content: Bank) =>
      `${location.origin}${pathOf('intro')}#${BANK_LINK_KEY}=${encodeBankLink(content)}`;
    const all = url(bank);
    const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
    const single =
      bank.languages.length < 2
        ? []
        : bank.languages.map((language) => ({
            language,
            name: names.of(language) ?? language,
            link: url(bankInLanguage(bank, language)),
          }));
    return { all, single: single.filter((entry) => entry.link.length < all.length) };
  }, [bank, i18n.language]);
  return (
    <div className="bank-links">
      <h4>{t('facilitator.bankLinkTitle')}</h4>
      <p className="muted small">{t('facilitator.bankLinkHelp')}</p>
      <CopyField
        label={t('facilitator.bankLinkAll', { size: kilobytes(links.all) })}
        value={links.all}
        copyLabel={t('share.copy')}
        copiedLabel={t('share.copied')}
      />
      {links.single.map((entry) => (
        <CopyField
          key={entry.language}
          label={t('facilitator.bankLinkOne', { language: entry.name, size: kilobytes(entry.link) })}
          value={entry.link}
          copyLabel={t('share.copy')}
          copiedLabel={t('share.copied')}
        />
      ))}
    </div>
  );
}
