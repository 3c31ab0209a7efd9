import { useTranslation } from 'react-i18next';
import { pathOf, useRoute } from '../../state/route';
import type { RaterRefusal as Reason } from './open-invitation';

/** The strings of each refusal (`rater.refused.<key>.title` and `.body`). */
const KEYS = {
  'no-invitation': 'noInvitation',
  'bad-link': 'badLink',
  'newer-format': 'newerFormat',
  'bad-key': 'badKey',
  'unknown-bank': 'unknownBank',
  'bank-failed': 'bankFailed',
  'no-feedback': 'noFeedback',
  'unknown-group': 'unknownGroup',
} as const satisfies Record<Reason, string>;

/** Why this rater's link cannot be answered, what to do, and a way on to the app's start page. */
export function RaterRefusal({
  reason,
  bank = '',
  group = '',
}: {
  readonly reason: Reason;
  readonly bank?: string | undefined;
  readonly group?: string | undefined;
}) {
  const { t } = useTranslation();
  const navigate = useRoute((state) => state.navigate);
  const key = KEYS[reason];
  return (
    <section className="card card-attention" role="alert" aria-labelledby="rater-refused-title">
      <h1 id="rater-refused-title">{t(`rater.refused.${key}.title`)}</h1>
      <p>{t(`rater.refused.${key}.body`, { bank, group })}</p>
      <p>{t('rater.refused.nothingSaved')}</p>
      <p>
        <a
          href={pathOf('intro')}
          onClick={(event) => {
            event.preventDefault();
            navigate('intro');
          }}
        >
          {t('rater.refused.home')}
        </a>
      </p>
    </section>
  );
}
