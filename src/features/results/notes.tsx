import type { Pair } from '../../views/model';
import type { ResultsView } from '../../views/results';
import { TableView } from '../../ui/view/table-view';

/** Labelled texts (reflections, context answers) as a description list. */
function PairList({ pairs }: { readonly pairs: readonly Pair[] }) {
  return (
    <dl className="reflection-answers">
      {pairs.map((pair, i) => (
        <div key={i}>
          <dt>{pair.label}</dt>
          <dd>{pair.text}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The participant's leader-identity reflections, as written. */
export function IdentityAnswers({ view }: { readonly view: ResultsView }) {
  const { identity } = view;
  if (!identity) return null;
  return (
    <section aria-labelledby="identity-title" className="results-section card identity">
      <h2 id="identity-title">{identity.title}</h2>
      <p className="prose">{identity.intro}</p>
      {identity.empty !== null ? (
        <p className="muted">{identity.empty}</p>
      ) : (
        <PairList pairs={identity.answers} />
      )}
    </section>
  );
}

/** Roles in context: the participant's choices per situation beside the roles the phase often calls for. */
export function SituationChoices({ view }: { readonly view: ResultsView }) {
  const { situations } = view;
  if (!situations) return null;
  return (
    <section aria-labelledby="situations-title" className="results-section">
      <h2 id="situations-title">{situations.title}</h2>
      <p className="prose">{situations.note}</p>
      <TableView table={situations.table} captionHidden />
    </section>
  );
}

/** The network context the participant gave. */
export function ContextAnswers({ view }: { readonly view: ResultsView }) {
  const { context } = view;
  return (
    <section aria-labelledby="context-title" className="results-section">
      <h2 id="context-title">{context.title}</h2>
      {context.empty !== null ? <p className="muted">{context.empty}</p> : <PairList pairs={context.pairs} />}
    </section>
  );
}

/** Where each score stands in the bank's norm group (only for a bank with norms). */
export function NormStandings({ view }: { readonly view: ResultsView }) {
  const { norms } = view;
  if (!norms) return null;
  return (
    <section aria-labelledby="norms-title" className="results-section">
      <h2 id="norms-title">{norms.title}</h2>
      <p>{norms.intro}</p>
      <TableView table={norms.table} captionHidden />
    </section>
  );
}

/** Soft notes on how the answers were given; they never change or hide a score. */
export function QualityNotes({ view }: { readonly view: ResultsView }) {
  const { quality } = view;
  if (!quality) return null;
  return (
    <section aria-labelledby="quality-title" className="results-section card card-quiet">
      <h2 id="quality-title">{quality.title}</h2>
      <ul>
        {quality.notes.map((note, i) => (
          <li key={i}>{note}</li>
        ))}
      </ul>
      <p className="muted small">{quality.footnote}</p>
    </section>
  );
}

/** How to read the results. */
export function HowToRead({ view }: { readonly view: ResultsView }) {
  return (
    <section aria-labelledby="how-title" className="results-section">
      <h2 id="how-title">{view.howToRead.title}</h2>
      {view.howToRead.paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </section>
  );
}
