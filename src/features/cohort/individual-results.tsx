import { useTranslation } from 'react-i18next';
import { plainText } from '../../domain/bank/texts';
import { resultDate, type ResultFile } from '../../domain/result-file';
import { useCoach } from '../../state/coach';
import { useRoute } from '../../state/route';

/** The individual results, closed by default: shown only when the facilitator opens them on purpose. */
export function IndividualResults({ results }: { readonly results: readonly ResultFile[] }) {
  const { t, i18n } = useTranslation();
  const add = useCoach((state) => state.add);
  const navigate = useRoute((state) => state.navigate);
  const date = (value: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(value));
  return (
    <details className="results-section card no-print">
      <summary>{t('cohort.individualTitle', { count: results.length })}</summary>
      <p className="muted">{t('cohort.individualHelp')}</p>
      <ul>
        {results.map((result, i) => (
          <li key={i}>
            {plainText(result.name ?? t('coach.anonymous'))}, {date(resultDate(result))}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                add(result);
                navigate('coach');
              }}
            >
              {t('cohort.openInCoach')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
