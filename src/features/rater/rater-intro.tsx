import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../crypto/invitation';
import type { BankIndex } from '../../domain/bank/model';
import { ratedItems } from '../../domain/feedback/payload';
import { groupMinimum, raterMinutes, type RaterGroup } from '../../domain/feedback/rater';
import { useBankText } from '../../i18n/bank-text';
import { useWho } from './who';

interface RaterIntroProps {
  readonly invitation: Invitation;
  readonly index: BankIndex;
  readonly group: RaterGroup;
  /** Whether earlier answers were restored (the button then continues rather than starts). */
  readonly resuming: boolean;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly onStart: () => void;
}

/**
 * What the rater reads first: who asked, the bank's own intro, how many statements and how long, the group
 * they answer as and its rule, who reads the answers, and that progress stays in this browser until they
 * finish.
 */
export function RaterIntro({ invitation, index, group, resuming, headingRef, onStart }: RaterIntroProps) {
  const { t } = useTranslation();
  const text = useBankText(index.bank);
  const { readers } = useWho(invitation);
  const raters = index.bank.raters;
  const minimum = groupMinimum(group);
  const name = invitation.firstName;
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="page-heading">
        {name === undefined ? t('rater.intro.titleColleague') : t('rater.intro.titleNamed', { name })}
      </h1>
      <p className="lead">
        {t('rater.intro.duration', {
          count: ratedItems(index).length,
          minutes: t('rater.intro.minutes', { count: raterMinutes(index) }),
        })}
      </p>
      <p className="prose">{text(raters?.intro)}</p>
      <p>
        <strong>{t('rater.intro.group', { group: text(group.name) })}</strong>
      </p>

      <section className="card card-quiet" aria-labelledby="rater-privacy-title">
        <h2 id="rater-privacy-title">{t('rater.intro.privacyTitle')}</h2>
        <p>{t('rater.intro.readers', { readers })}</p>
        {minimum > 1 ? (
          <p>{t('rater.intro.groupTogether', { minimum })}</p>
        ) : (
          <p>
            <strong>{t('rater.intro.groupAlone')}</strong>
          </p>
        )}
        <p>{t('rater.intro.progressKept')}</p>
        <p>{t('rater.intro.nothingSent')}</p>
      </section>

      <section aria-labelledby="rater-instruction-title">
        <h2 id="rater-instruction-title">{t('rater.instructionTitle')}</h2>
        <p className="prose">{text(raters?.instruction)}</p>
      </section>

      <div className="actions">
        <button type="button" className="button button-primary button-large" onClick={onStart}>
          {resuming ? t('rater.intro.continue') : t('rater.intro.start')}
        </button>
      </div>
    </>
  );
}
