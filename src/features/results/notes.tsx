import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import type { Scores } from '../../domain/scoring';
import { useBankText } from '../../i18n/bank-text';
import { useAssessment } from '../../state/assessment';

/** The participant's own leader-identity reflections, as written. */
export function ReflectionAnswers({ index }: { readonly index: BankIndex }) {
  const { t } = useTranslation();
  const text = useBankText(index.bank);
  const reflections = useAssessment((state) => state.reflections);
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
                  {prompt.kind === 'slider'
                    ? t('results.sliderAnswer', {
                        value,
                        min: prompt.min,
                        max: prompt.max,
                        minLabel: text(prompt.minLabel),
                        maxLabel: text(prompt.maxLabel),
                      })
                    : String(value)}
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
  const text = useBankText(index.bank);
  if (scores.quality.length === 0) return null;
  return (
    <section aria-labelledby="quality-title" className="results-section card card-quiet">
      <h2 id="quality-title">{t('results.qualityTitle')}</h2>
      <ul>
        {scores.quality.map((note) => {
          if (note.kind === 'straight-lining') {
            const section = index.sections.get(note.section);
            const scale = section ? index.scales.get(section.scale) : undefined;
            const point = scale?.points.find((p) => p.value === note.value);
            return (
              <li key={`s-${note.section}`}>
                {t('results.straightLining', {
                  answer: point ? text(point.label) : String(note.value),
                  count: note.count,
                  section: text(section?.title),
                })}
              </li>
            );
          }
          return (
            <li key={`t-${note.item}`}>
              {t('results.twinAgreement', {
                item: text(index.items.get(note.item)?.text),
                reverse: text(index.items.get(note.reverse)?.text),
              })}
            </li>
          );
        })}
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
