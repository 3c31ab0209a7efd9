import { useTranslation } from 'react-i18next';

/**
 * The questionnaire's one progress indicator: a bar of the statements answered, with "n of N answered";
 * the page the participant is on is in its accessible value (the heading says which part it is).
 */
export function ProgressBar({
  answered,
  total,
  step,
  steps,
}: {
  readonly answered: number;
  readonly total: number;
  readonly step: number;
  readonly steps: number;
}) {
  const { t } = useTranslation();
  const label = t('questionnaire.progress', { answered, total });
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={t('questionnaire.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-valuetext={`${label} · ${t('questionnaire.step', { step, steps })}`}
      >
        <div className="progress-fill" style={{ width: `${total > 0 ? (answered / total) * 100 : 0}%` }} />
      </div>
      <p className="progress-text" aria-live="polite">
        {label}
      </p>
    </div>
  );
}
