import type { ReactNode } from 'react';

/**
 * A data table in a scrollable region that keyboard users can reach and scroll, named by the table's
 * caption (visible, or only for screen readers with `captionHidden`).
 */
export function TableRegion({
  caption,
  label = caption,
  captionHidden = false,
  matrix = false,
  children,
}: {
  readonly caption: string;
  /** The region's name, when it should differ from the caption. */
  readonly label?: string;
  readonly captionHidden?: boolean;
  /** A grid that keeps its columns on a phone (and scrolls sideways) instead of becoming cards. */
  readonly matrix?: boolean;
  /** The table's `thead` and `tbody`. */
  readonly children: ReactNode;
}) {
  return (
    <div
      className={matrix ? 'table-wrap table-matrix' : 'table-wrap'}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <table role="table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
