import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/numbers';
import type { CohortPerson } from '../../domain/cohort/load';
import type { ResultFile } from '../../domain/result-file';
import { useCoach } from '../../state/coach';
import { useRoute } from '../../state/route';

/** How many people the list shows at first, and adds per "show more". */
const PAGE = 100;

/**
 * The individual results, closed by default: the list is not even built until the facilitator opens it on
 * purpose, and a result's answers are fetched only when it is opened (in the coach view).
 */
export function IndividualResults({
  people,
  load,
}: {
  readonly people: readonly CohortPerson[];
  readonly load: (position: number) => Promise<ResultFile | null>;
}) {
  const { t, i18n } = useTranslation();
  const add = useCoach((state) => state.add);
  const navigate = useRoute((state) => state.navigate);
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [failure, setFailure] = useState<string | null>(null);
  const date = (value: string) => formatDate(i18n.language, value, 'medium');
  const openResult = (position: number) => {
    load(position)
      .then((result) => {
        if (result === null) throw new Error(String(position));
        add(result);
        navigate('coach');
      })
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  };
  return (
    <details
      className="results-section card no-print"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t('cohort.individualTitle', { count: people.length })}</summary>
      {open && (
        <>
          <p className="muted">{t('cohort.individualHelp')}</p>
          {failure !== null && (
            <p role="alert" className="error-text">
              {t('cohort.workFailed', { message: failure })}
            </p>
          )}
          <ul>
            {people.slice(0, shown).map((person, position) => {
              const name = person.name ?? t('coach.anonymous');
              return (
                <li key={position}>
                  {name}, {date(person.date)}{' '}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('cohort.openPerson', { name, date: date(person.date) })}
                    onClick={() => openResult(position)}
                  >
                    {t('cohort.openInCoach')}
                  </button>
                </li>
              );
            })}
          </ul>
          {shown < people.length && (
            <button type="button" className="button" onClick={() => setShown((count) => count + PAGE)}>
              {t('cohort.showMore', { count: Math.min(PAGE, people.length - shown), total: people.length })}
            </button>
          )}
        </>
      )}
    </details>
  );
}
