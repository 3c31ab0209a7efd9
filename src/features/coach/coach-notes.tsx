import { useTranslation } from 'react-i18next';
import { useCoach } from '../../state/coach';

/** The coach's notes on one result: kept in this browser and printed in the PDF. */
export function CoachNotes({ resultKey }: { readonly resultKey: string }) {
  const { t } = useTranslation();
  const notes = useCoach((state) => state.notes[resultKey] ?? '');
  const setNotes = useCoach((state) => state.setNotes);
  const id = `coach-notes-${resultKey.replace(/[^A-Za-z0-9-]/g, '-')}`;
  return (
    <section aria-labelledby={`${id}-title`} className="results-section card no-print">
      <h2 id={`${id}-title`}>{t('coach.notesTitle')}</h2>
      <div className="field field-wide">
        <label htmlFor={id}>{t('coach.notesLabel')}</label>
        <textarea
          id={id}
          rows={6}
          maxLength={100_000}
          value={notes}
          onChange={(event) => setNotes(resultKey, event.target.value)}
        />
      </div>
      <p className="muted small">{t('coach.notesHelp')}</p>
    </section>
  );
}
