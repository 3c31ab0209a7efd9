import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import { useBankText } from '../../i18n/bank-text';

interface UnscorableWarningProps {
  readonly index: BankIndex;
  /** The dimensions that will have no score. */
  readonly dimensions: readonly string[];
  readonly onReview: (dimension: string) => void;
  readonly onContinue: () => void;
}

/**
 * Said before the participant leaves a section: with the "not applicable" answers given, these dimensions
 * get no score. Offers to review their statements, or to go on anyway. Takes focus when it appears.
 */
export function UnscorableWarning({ index, dimensions, onReview, onContinue }: UnscorableWarningProps) {
  const { t } = useTranslation();
  const text = useBankText(index.bank);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className="card card-attention" aria-labelledby="unscorable-title" role="alert">
      <h2 id="unscorable-title" ref={ref} tabIndex={-1}>
        {t('questionnaire.unscorableTitle', { count: dimensions.length })}
      </h2>
      <p>{t('questionnaire.unscorableHelp')}</p>
      <ul>
        {dimensions.map((id) => (
          <li key={id}>
            <button type="button" className="link-button" onClick={() => onReview(id)}>
              {text(index.dimensions.get(id)?.name)}
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button" onClick={onContinue}>
          {t('questionnaire.unscorableContinue')}
        </button>
      </div>
    </section>
  );
}
