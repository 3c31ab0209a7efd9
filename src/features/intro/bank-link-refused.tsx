import { useTranslation } from 'react-i18next';
import { useBankLink } from '../../state/bank-link-status';
import { pathOf } from '../../state/route';
import { ProblemList } from '../../ui/problem-list';

/**
 * A bank link that was refused: why, in plain words (with the bank's problems when it is invalid), and that
 * nothing was started. No questionnaire is offered in its place; a plain link goes to the app's start page.
 */
export default function BankLinkRefused() {
  const { t } = useTranslation();
  const link = useBankLink();
  if (link.status !== 'refused') return null;
  return (
    <section className="card card-attention" role="alert" aria-labelledby="bank-link-title">
      <h1 id="bank-link-title">
        {t(link.source === 'file' ? 'bankLink.refusedFileTitle' : 'bankLink.refusedTitle')}
      </h1>
      {(link.source === 'link' || link.reason !== 'invalid') && <p>{t(`bankLink.${link.reason}`)}</p>}
      {link.problems.length > 0 && (
        <ProblemList
          title={t('bankLink.problemsTitle', { count: link.problems.length })}
          problems={link.problems}
          wholeFile={t('bankLink.wholeFile')}
        />
      )}
      <p>{t('bankLink.nothingStarted')}</p>
      <p>
        <a href={pathOf('intro')}>{t('bankLink.home')}</a>
      </p>
    </section>
  );
}
