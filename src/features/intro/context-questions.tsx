import { useTranslation } from 'react-i18next';
import type { Bank } from '../../domain/bank/schema';
import { useBankText } from '../../i18n/bank-text';
import { useAssessment } from '../../state/assessment';

/** The bank's unscored context questions, each a labelled radio group; answers are optional. */
export function ContextQuestions({ bank }: { readonly bank: Bank }) {
  const { t } = useTranslation();
  const text = useBankText(bank);
  const context = useAssessment((state) => state.context);
  const setContext = useAssessment((state) => state.setContext);
  if (bank.context.length === 0) return null;
  return (
    <section className="card" aria-labelledby="context-title">
      <h2 id="context-title">{t('intro.contextTitle')}</h2>
      <p className="muted">{t('intro.contextHelp')}</p>
      {bank.context.map((question) => (
        <fieldset key={question.id} className="choice-group">
          <legend>{text(question.text)}</legend>
          <div className="choices">
            {question.options.map((option) => (
              <label key={option.id} className="choice">
                <input
                  type="radio"
                  name={`context-${question.id}`}
                  value={option.id}
                  checked={context[question.id] === option.id}
                  onChange={() => setContext(question.id, option.id)}
                />
                <span>{text(option.label)}</span>
              </label>
            ))}
          </div>
          {context[question.id] !== undefined && (
            <button type="button" className="link-button" onClick={() => setContext(question.id, null)}>
              {t('intro.clearChoice')}
            </button>
          )}
        </fieldset>
      ))}
    </section>
  );
}
