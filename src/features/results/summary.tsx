import type { ResultsView } from '../../views/results';

/** A titled list of names, or a dash when there are none. */
function NamedList({ title, names }: { readonly title: string; readonly names: readonly string[] }) {
  return (
    <div>
      <h4>{title}</h4>
      {names.length > 0 ? (
        <ul>
          {names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">—</p>
      )}
    </div>
  );
}

/** The summary: relative strengths and development points per section, flags, and the phase's roles. */
export function Summary({ view }: { readonly view: ResultsView }) {
  const { summary, labels } = view;
  return (
    <section aria-labelledby="summary-title" className="results-section">
      <h2 id="summary-title">{summary.title}</h2>
      {summary.sections.map((section) => (
        <div key={section.id} className="card summary-card">
          <h3>{section.title}</h3>
          {section.verdict !== '' && <p>{section.verdict}</p>}
          {section.status === 'profile' && (
            <div className="two-columns">
              <NamedList title={labels.strengths} names={section.strengths} />
              <NamedList title={labels.development} names={section.development} />
            </div>
          )}
          {section.help !== '' && <p className="muted small">{section.help}</p>}
        </div>
      ))}
      {summary.flags && (
        <div className="card">
          <h3>{summary.flags.title}</h3>
          <ul>
            {summary.flags.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </div>
      )}
      {summary.phase && (
        <div className="card">
          <h3>{summary.phase.title}</h3>
          <p>{summary.phase.text}</p>
          {summary.phase.roles.length > 0 && (
            <ul>
              {summary.phase.roles.map((role) => (
                <li key={role}>{role}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
