import type { ScaleQualityView } from '../../views/cohort';
import { TableView } from '../../ui/view/table-view';

/** Scale quality for the bank's next version: alpha per dimension and the statistics of every item. */
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
          <p>
            {scale.line}
            {scale.flags.map((flag, i) => (
              <strong key={i} className="flag">
                {' '}
                {flag}
              </strong>
            ))}
          </p>
          <TableView table={scale.table} captionHidden />
        </div>
      ))}
    </section>
  );
}
