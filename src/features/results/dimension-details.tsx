import { useEffect, useRef } from 'react';
import type { DimensionDetail, ResultsView } from '../../views/results';

function DimensionBlock({
  detail,
  labels,
}: {
  readonly detail: DimensionDetail;
  readonly labels: ResultsView['labels'];
}) {
  return (
    <details className="dimension">
      <summary>
        <span className="dimension-name">
          {detail.marked && (
            <span className="mark" aria-hidden="true">
              {'◆\u00a0'}
            </span>
          )}
          {detail.name}
        </span>
        <span className="dimension-score">{detail.headline}</span>
      </summary>
      <div className="dimension-body">
        {detail.standing !== null && <p className="tag">{detail.standing}</p>}
        <h4>{labels.definition}</h4>
        <p>{detail.definition}</p>
        <h4>{labels.yourScore}</h4>
        <p>{detail.scoreLine}</p>
        {detail.intervalLine !== null && <p className="muted small">{detail.intervalLine}</p>}
        {detail.answeredLine !== null && <p className="muted small">{detail.answeredLine}</p>}
        {detail.interpretation !== null && (
          <>
            <h4>{labels.interpretation}</h4>
            <p>{detail.interpretation}</p>
          </>
        )}
        {detail.positionNote !== null && (
          <>
            <h4>{labels.positionNote}</h4>
            <p>{detail.positionNote}</p>
          </>
        )}
        {detail.tips.length > 0 && (
          <>
            <h4>{labels.tips}</h4>
            <ul>
              {detail.tips.map((tip, i) => (
                <li key={i}>{tip}</li>
              ))}
            </ul>
          </>
        )}
        <h4>{labels.reflection}</h4>
        <p className="reflection-question">{detail.reflection}</p>
      </div>
    </details>
  );
}

/** Every dimension, by section, as collapsible blocks, with buttons that open or close them all. */
export function DimensionDetails({ view }: { readonly view: ResultsView }) {
  const { details, labels } = view;
  const root = useRef<HTMLElement>(null);
  const setAll = (open: boolean) => {
    for (const block of root.current?.querySelectorAll('details') ?? []) block.open = open;
  };
  // Printed, every block is open (paper cannot be tapped); afterwards each is as the person left it.
  useEffect(() => {
    let closed: HTMLDetailsElement[] = [];
    const before = () => {
      closed = [...(root.current?.querySelectorAll('details') ?? [])].filter((block) => !block.open);
      for (const block of closed) block.open = true;
    };
    const after = () => {
      for (const block of closed) block.open = false;
      closed = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return (
    <section aria-labelledby="details-title" className="results-section" ref={root}>
      <h2 id="details-title">{details.title}</h2>
      <div className="actions no-print">
        <button type="button" className="button button-quiet" onClick={() => setAll(true)}>
          {view.actions.expandAll}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setAll(false)}>
          {view.actions.collapseAll}
        </button>
      </div>
      {details.sections.map((section) => (
        <div key={section.id} className="details-group">
          <h3>{section.title}</h3>
          {section.dimensions.map((detail) => (
            <DimensionBlock key={detail.id} detail={detail} labels={labels} />
          ))}
        </div>
      ))}
    </section>
  );
}
