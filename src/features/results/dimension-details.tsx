import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import type { DimensionScore, Scores } from '../../domain/scoring';
import { useBankText, useNumberFormat } from '../../i18n/bank-text';

function DimensionBlock({ index, score }: { readonly index: BankIndex; readonly score: DimensionScore }) {
  const { t } = useTranslation();
  const text = useBankText(index.bank);
  const format = useNumberFormat();
  const dimension = index.dimensions.get(score.id);
  if (!dimension) return null;
  const band = index.bank.scoring.bands.find((b) => b.id === score.band);
  const needed = Math.ceil(score.items * index.bank.scoring.minAnsweredShare - 1e-9);
  return (
    <details className="dimension">
      <summary>
        <span className="dimension-name">{text(dimension.name)}</span>
        <span className="dimension-score">
          {score.mean === null ? t('results.notEnough') : `${format(score.mean)} · ${text(band?.label)}`}
        </span>
      </summary>
      <div className="dimension-body">
        <h4>{t('results.definition')}</h4>
        <p>{text(dimension.definition)}</p>
        <h4>{t('results.yourScore')}</h4>
        {score.mean === null || score.percent === null ? (
          <p>{t('results.notEnoughLine', { answered: score.answered, items: score.items, needed })}</p>
        ) : (
          <>
            <p>
              {t('results.scoreLine', {
                mean: format(score.mean),
                max: format(score.max, 0),
                percent: format(score.percent, 0),
                band: text(band?.label),
              })}
            </p>
            <p className="muted small">
              {score.notApplicable > 0
                ? t('results.answeredLineNa', {
                    answered: score.answered,
                    items: score.items,
                    na: score.notApplicable,
                  })
                : t('results.answeredLine', { answered: score.answered, items: score.items })}
            </p>
            {score.band !== null && (
              <>
                <h4>{t('results.interpretation')}</h4>
                <p>{text(dimension.interpretation[score.band])}</p>
              </>
            )}
          </>
        )}
        {dimension.tips.length > 0 && (
          <>
            <h4>{t('results.tips')}</h4>
            <ul>
              {dimension.tips.map((tip, i) => (
                <li key={i}>{text(tip)}</li>
              ))}
            </ul>
          </>
        )}
        <h4>{t('results.reflection')}</h4>
        <p className="reflection-question">{text(dimension.reflection)}</p>
      </div>
    </details>
  );
}

/** Every dimension, by section, as collapsible blocks: definition, score, band, interpretation, tips. */
export function DimensionDetails({ index, scores }: { readonly index: BankIndex; readonly scores: Scores }) {
  const { t } = useTranslation();
  const text = useBankText(index.bank);
  return (
    <section aria-labelledby="details-title" className="results-section">
      <h2 id="details-title">{t('results.detailsTitle')}</h2>
      {index.bank.sections.map((section) => {
        const list = scores.dimensions.filter((score) => score.section === section.id);
        if (list.length === 0) return null;
        return (
          <div key={section.id} className="details-group">
            <h3>{text(section.title)}</h3>
            {list.map((score) => (
              <DimensionBlock key={score.id} index={index} score={score} />
            ))}
          </div>
        );
      })}
    </section>
  );
}
