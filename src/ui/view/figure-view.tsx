import type { Figure, LegendEntry } from '../../views/model';
import { Chart, SceneSvg } from '../charts/chart';
import { markerPrimitives } from '../charts/scene';
import { TableView } from './table-view';

/** The symbol of a legend entry, drawn as the chart draws it. */
function LegendSymbol({ symbol }: { readonly symbol: LegendEntry['symbol'] }) {
  const common = {
    width: 18,
    height: 14,
    viewBox: '0 0 18 14',
    'aria-hidden': true as const,
    className: 'legend-symbol',
  };
  switch (symbol) {
    case 'mark':
      return (
        <svg {...common}>
          <path d="M 9 2 L 14 7 L 9 12 L 4 7 Z" fill="#1f4e79" />
        </svg>
      );
    case 'interval':
      return (
        <svg {...common}>
          <path d="M 2 7 H 16 M 2 3 V 11 M 16 3 V 11" stroke="#1b1f24" strokeWidth="1.5" fill="none" />
        </svg>
      );
    case 'missing':
      return (
        <svg {...common}>
          <circle cx="9" cy="7" r="5" stroke="#1f4e79" strokeWidth="2" fill="#fff" />
        </svg>
      );
    case 'band':
      return (
        <svg {...common}>
          <path d="M 9 0 V 14" stroke="#4a5562" strokeWidth="1.5" strokeDasharray="3 2" />
        </svg>
      );
    case 'before':
      return (
        <svg {...common}>
          <rect x="1" y="3" width="16" height="8" fill="#fff" stroke="#1f4e79" strokeWidth="1.5" />
        </svg>
      );
    case 'after':
      return (
        <svg {...common}>
          <rect x="1" y="3" width="16" height="8" fill="#1f4e79" />
        </svg>
      );
    case 'box':
      return (
        <svg {...common}>
          <path d="M 1 7 H 17" stroke="#1b1f24" strokeWidth="1.5" />
          <rect x="5" y="3" width="8" height="8" fill="#e3edf6" stroke="#1f4e79" strokeWidth="1.5" />
        </svg>
      );
    case 'none':
      return null;
    default:
      return (
        <SceneSvg
          className="legend-symbol"
          scene={{ width: 18, height: 14, primitives: markerPrimitives(symbol, 9, 7, 5) }}
        />
      );
  }
}

/** A view model's figure: its charts (hidden from screen readers), the legend, and the table of the same figures. */
export function FigureView({ figure, level = 3 }: { readonly figure: Figure; readonly level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const titleId = `figure-${figure.id}`;
  return (
    <figure className="profile" aria-labelledby={titleId}>
      <Heading id={titleId}>{figure.title}</Heading>
      {figure.charts.map((chart, i) => (
        <Chart key={i} spec={chart} />
      ))}
      <figcaption className="legend muted small">
        {figure.legend.map((entry, i) => (
          <span key={i} className="legend-entry">
            <LegendSymbol symbol={entry.symbol} /> {entry.text}
          </span>
        ))}
      </figcaption>
      <TableView table={figure.table} />
    </figure>
  );
}
