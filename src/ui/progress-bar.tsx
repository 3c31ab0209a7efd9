/**
 * A progress bar of statements answered, with its visible text ("n of N answered") announced politely; the
 * accessible value text can say more (the page the person is on). Shared by the questionnaire and the rater.
 */
export function ProgressBar({
  answered,
  total,
  name,
  label,
  valueText,
}: {
  readonly answered: number;
  readonly total: number;
  /** The bar's accessible name. */
  readonly name: string;
  /** The visible text under the bar. */
  readonly label: string;
  /** The bar's accessible value text. */
  readonly valueText: string;
}) {
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={name}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-valuetext={valueText}
      >
        <div className="progress-fill" style={{ width: `${total > 0 ? (answered / total) * 100 : 0}%` }} />
      </div>
      <p className="progress-text" aria-live="polite">
        {label}
      </p>
    </div>
  );
}
