import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrelationView, ScaleQualityView, SubgroupView } from '../../views/cohort';
import { Chart } from '../../ui/charts/chart';
import { FigureView } from '../../ui/view/figure-view';
import { TableView } from '../../ui/view/table-view';

/**
 * Scale quality for the bank's next version: per dimension alpha with its interval, omega, the inter-item
 * correlation, floor and ceiling, how each statement's answers spread, and the statistics of every item.
 */
export function ScaleQuality({ view }: { readonly view: ScaleQualityView }) {
  return (
    <section aria-labelledby="quality-title" className="results-section">
      <h2 id="quality-title">{view.title}</h2>
      {view.intro.map((paragraph, i) => (
        <p key={i} className="prose">
          {paragraph}
        </p>
      ))}
      {view.scales.map((scale) => (
        <div key={scale.id} className="quality">
          <h3>{scale.name}</h3>
          {scale.lines.map((line, i) => (
            <p key={i}>
              {line}
              {i === 0 &&
                scale.flags.map((flag, j) => (
                  <strong key={j} className="flag">
                    {' '}
                    {flag}
                  </strong>
                ))}
            </p>
          ))}
          <ScaleItems scale={scale} />
        </div>
      ))}
    </section>
  );
}

/**
 * A scale's statements (the spread chart and the item table), folded: drawn only once opened, so a page of
 * twenty scales does not lay out a hundred charts and tables at once.
 */
function ScaleItems({ scale }: { readonly scale: ScaleQualityView['scales'][number] }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{scale.itemsSummary}</summary>
      {open && (
        <>
          <Chart spec={scale.chart} />
          <TableView table={scale.table} captionHidden />
        </>
      )}
    </details>
  );
}

/** The correlations between dimension scores: the heat map, its table, and the pairs that may not be distinct. */
export function Correlations({ view }: { readonly view: CorrelationView }) {
  return (
    <section aria-labelledby="correlations-title" className="results-section">
      <h2 id="correlations-title">{view.title}</h2>
      {view.intro.map((paragraph, i) => (
        <p key={i} className="prose">
          {paragraph}
        </p>
      ))}
      <FigureView figure={view.figure} />
      <h3>{view.closeTitle}</h3>
      {view.close.length === 0 ? (
        <p>{view.noneClose}</p>
      ) : (
        <ul>
          {view.close.map((pair) => (
            <li key={pair}>{pair}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Subgroups of the cohort by one context question at a time, chosen from a list. */
export function Subgroups({ view }: { readonly view: SubgroupView }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(view.questions[0]?.id ?? '');
  const selectId = useId();
  const question = view.questions.find((q) => q.id === chosen) ?? view.questions[0];
  if (!question) return null;
  return (
    <section aria-labelledby="subgroups-title" className="results-section">
      <h2 id="subgroups-title">{view.title}</h2>
      <p className="prose">{view.intro}</p>
      <p>
        <label htmlFor={selectId}>{t('cohort.subgroupBy')}</label>{' '}
        <select id={selectId} value={question.id} onChange={(event) => setChosen(event.target.value)}>
          {view.questions.map((q) => (
            <option key={q.id} value={q.id}>
              {q.title}
            </option>
          ))}
        </select>
      </p>
      {question.table ? <TableView table={question.table} /> : <p>{view.none}</p>}
      {question.hidden !== null && <p className="muted">{question.hidden}</p>}
    </section>
  );
}
