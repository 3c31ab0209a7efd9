import { useEffect, useRef } from 'react';
import { focusItem } from './item-card';

/**
 * Focus when the page changes (`page` is anything that names it): the statement asked for with
 * `focusOnArrival`, else the page's heading (give it `headingRef` and `tabIndex={-1}`), scrolled to the top.
 * Nothing moves on the first render, so a freshly opened page keeps the browser's own focus.
 */
export function usePageFocus(page: unknown) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pending = useRef<string | null>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (pending.current !== null) {
      const target = pending.current;
      pending.current = null;
      if (focusItem(target)) return;
    }
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
    window.scrollTo(0, 0);
  }, [page]);
  return {
    headingRef,
    /** Asks for statement `itemId` (or, with `null`, the heading) to take focus on the next page. */
    focusOnArrival: (itemId: string | null) => {
      pending.current = itemId;
    },
  };
}
