import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import type { DimensionScore, Scores } from '../../domain/scoring';
import { answeredLine, bandLabel, scoreLine } from '../../report/describe';
import { useDescribe } from './use-describe';

function DimensionBlock({ index, score }: { readonly index: BankIndex; readonly score: DimensionScore }) {
  const { t } = useTranslation();
  const describe = useDescribe(index);
  const { text, number } = describe;
  const dimension = index.dimensions.get(score.id);
  if (!dimension) return null;
  return (
    <details className="dimension">
      <summary>
        <span className="dimension-name">{text(dimension.name)}</span>
        <span className="dimension-score">
          {score.mean === null
            ? t('results.notEnough')
            : `${number(score.mean)} · ${bandLabel(describe, score.band)}`}
        </span>
      </summary>
      <div className="dimension-body">
        <h4>{t('results.definition')}</h4>
        <p>{text(dimension.definition)}</p>
        <h4>{t('results.yourScore')}</h4>
        <p>{scoreLine(describe, score)}</p>
        {score.mean !== null && <p className="muted small">{answeredLine(describe, score)}</p>}
        {score.band !== null && (
          <>
            <h4>{t('results.interpretation')}</h4>
            <p>{text(dimension.interpretation[score.band])}</p>
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
  const { text } = useDescribe(index);
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
