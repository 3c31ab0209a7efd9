import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { responseFileText } from '../../crypto/response-file';
import type { Invitation } from '../../crypto/invitation';
import type { BankIndex } from '../../domain/bank/model';
import { responseUrl } from '../../domain/feedback/links';
import type { RaterGroup } from '../../domain/feedback/rater';
import { useBankText } from '../../i18n/bank-text';
import { CopyField } from '../../ui/copy-field';
import { saveFile } from '../../ui/download';
import { slug } from '../../views/file-names';
import { useWho } from './who';

interface RaterDoneProps {
  readonly invitation: Invitation;
  readonly index: BankIndex;
  readonly group: RaterGroup;
  readonly token: string;
  /** Whether the progress was deleted from this browser. */
  readonly deleted: boolean;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The app's address: its origin and base path (`https://x/nla/`), where a response link must lead. */
function appUrl(): string {
  return `${location.origin}${import.meta.env.BASE_URL}`;
}

/**
 * The sealed response: a link to copy and send back (or a file to download), what they hold, and that the
 * progress is gone from this browser.
 */
export function RaterDone({ invitation, index, group, token, deleted, headingRef }: RaterDoneProps) {
  const { t } = useTranslation();
  const text = useBankText(index.bank);
  const { recipient, readers } = useWho(invitation);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  // Named after the group in the rater's language, so a participant receiving several can tell them apart.
  const fileName = `feedback-${slug(text(group.name)) || group.id}.json`;
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="page-heading">
        {t('rater.done.title')}
      </h1>
      <p className="lead">{t('rater.done.send', { recipient })}</p>
      <CopyField
        label={t('rater.done.linkLabel')}
        value={responseUrl(appUrl(), token)}
        copyLabel={t('rater.done.copy')}
        copiedLabel={t('rater.done.copied')}
      />
      <p>{t('rater.done.fileHelp')}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            saveFile(responseFileText(token), fileName, 'application/json');
            setSavedAs(fileName);
          }}
        >
          {t('rater.done.download')}
        </button>
      </div>
      <p role="status" className="muted small">
        {savedAs === null ? '' : t('rater.done.downloaded', { file: savedAs })}
      </p>
      <section className="card card-quiet" aria-labelledby="rater-done-privacy">
        <h2 id="rater-done-privacy">{t('rater.done.whatHappensTitle')}</h2>
        <p>{t('rater.done.encrypted', { readers })}</p>
        <p>{deleted ? t('rater.done.deleted') : t('rater.done.notDeleted')}</p>
      </section>
    </>
  );
}
