import { useTranslation } from 'react-i18next';
import { ProgressBar as Bar } from '../../ui/progress-bar';

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
    <Bar
      answered={answered}
      total={total}
      name={t('questionnaire.progressLabel')}
      label={label}
      valueText={`${label} · ${t('questionnaire.step', { step, steps })}`}
    />
  );
}
