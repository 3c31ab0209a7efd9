import type { Table } from '../../views/model';
import { TableRegion } from '../table-region';

/**
 * A view model's table: the first cell of each row is its header. On a narrow screen each row becomes a
 * stacked card with every cell labelled by its column; explicit roles keep it a table for screen readers
 * whatever the stylesheet does to its layout.
 */
export function TableView({
  table,
  captionHidden = false,
}: {
  readonly table: Table;
  readonly captionHidden?: boolean;
}) {
  const [first, ...rest] = table.columns;
  return (
    <TableRegion caption={table.caption} captionHidden={captionHidden} matrix={table.matrix === true}>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {first?.label}
          </th>
          {rest.map((column, i) => (
            <th
              key={i}
              scope="col"
              role="columnheader"
              className={column.numeric === true ? 'numeric' : undefined}
            >
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {table.rows.map((row) => {
          const [head, ...cells] = row.cells;
          return (
            <tr key={row.id} role="row">
              <th scope="row" role="rowheader">
                {row.marked === true && (
                  <>
                    <span className="mark" aria-hidden="true">
                      {'◆\u00a0'}
                    </span>
                    {table.markLabel !== undefined && (
                      <span className="visually-hidden">({table.markLabel}) </span>
                    )}
                  </>
                )}
                {head}
              </th>
              {cells.map((cell, i) => (
                <td
                  key={i}
                  role="cell"
                  data-label={rest[i]?.label}
                  className={rest[i]?.numeric === true ? 'numeric' : undefined}
                >
                  {cell}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </TableRegion>
  );
}
