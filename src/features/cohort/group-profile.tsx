import type { GroupProfileView } from '../../views/cohort';
import { FigureView } from '../../ui/view/figure-view';
import { TableView } from '../../ui/view/table-view';

/** The group profile: per section the group mean (a radar for the roles), the spread and the counts. */
export function GroupProfile({ view }: { readonly view: GroupProfileView }) {
  return (
    <section aria-labelledby="profile-title" className="results-section">
      <h2 id="profile-title">{view.title}</h2>
      <p>{view.intro}</p>
      {view.smallGroup !== null && (
        <p className="card card-attention" role="note">
          {view.smallGroup}
        </p>
      )}
      {view.figures.map((figure) => (
        <FigureView key={figure.id} figure={figure} />
      ))}
      {view.context && <h3>{view.context.title}</h3>}
      {view.context?.tables.map((table, i) => (
        <TableView key={i} table={table} />
      ))}
    </section>
  );
}
