import { useTranslation } from 'react-i18next';

/** "n of N answered" with a bar, and where the participant is. */
export function ProgressBar({
  answered,
  total,
  where,
}: {
  readonly answered: number;
  readonly total: number;
  readonly where: string;
}) {
  const { t } = useTranslation();
  const label = t('questionnaire.progress', { answered, total });
  return (
    <div className="progress">
      <div className="progress-text">
        <span>{where}</span>
        <span aria-live="polite">{label}</span>
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={t('questionnaire.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-valuetext={label}
      >
        <div className="progress-fill" style={{ width: `${total > 0 ? (answered / total) * 100 : 0}%` }} />
      </div>
    </div>
  );
}
