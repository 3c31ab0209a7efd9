import { useTranslation } from 'react-i18next';
import type { ReflectionAnswers as Reflections } from '../../domain/answers';
import type { BankIndex } from '../../domain/bank/model';
import type { Scores } from '../../domain/scoring';
import { useBankText } from '../../i18n/bank-text';
import { plainText } from '../../domain/bank/texts';
import { qualityNoteText, sliderText } from '../../report/describe';
import { useDescribe } from './use-describe';

/** The participant's own leader-identity reflections, as written. */
export function ReflectionAnswers({
  index,
  reflections,
}: {
  readonly index: BankIndex;
  readonly reflections: Reflections;
}) {
  const { t } = useTranslation();
  const describe = useDescribe(index);
  const { text } = describe;
  const { prompts } = index.bank.reflections;
  if (prompts.length === 0) return null;
  const answered = prompts.filter((prompt) => reflections[prompt.id] !== undefined);
  return (
    <section aria-labelledby="reflections-title" className="results-section">
      <h2 id="reflections-title">{t('results.reflectionsTitle')}</h2>
      {answered.length === 0 ? (
        <p className="muted">{t('results.reflectionsEmpty')}</p>
      ) : (
        <dl className="reflection-answers">
          {answered.map((prompt) => {
            const value = reflections[prompt.id];
            return (
              <div key={prompt.id}>
                <dt>{text(prompt.prompt)}</dt>
                <dd>
                  {prompt.kind === 'slider' ? sliderText(describe, prompt, value) : plainText(String(value))}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}

/** Soft notes on how the answers were given; they never change or hide a score. */
export function QualityNotes({ index, scores }: { readonly index: BankIndex; readonly scores: Scores }) {
  const { t } = useTranslation();
  const describe = useDescribe(index);
  if (scores.quality.length === 0) return null;
  return (
    <section aria-labelledby="quality-title" className="results-section card card-quiet">
      <h2 id="quality-title">{t('results.qualityTitle')}</h2>
      <ul>
        {scores.quality.map((note, i) => (
          <li key={i}>{qualityNoteText(describe, note)}</li>
        ))}
      </ul>
      <p className="muted small">{t('results.qualityNote')}</p>
    </section>
  );
}

/** How to read the results: bands are conventions, relative means "compared with yourself", a first version. */
export function HowToRead({ index }: { readonly index: BankIndex }) {
  const { t } = useTranslation();
  const text = useBankText(index.bank);
  return (
    <section aria-labelledby="how-title" className="results-section">
      <h2 id="how-title">{t('results.howToReadTitle')}</h2>
      <p>{t('results.howToRead1')}</p>
      <p>{text(index.bank.scoring.bandsNote)}</p>
      <p>{t('results.howToRead2')}</p>
      <p>{t('results.howToRead3')}</p>
    </section>
  );
}
