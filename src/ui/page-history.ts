/**
 * Pages as browser history entries, for the questionnaire and the rater's statements: each page pushes an
 * entry that stores its number under a key of the entry's state, so Back goes to the previous page and
 * Forward returns. Other keys of the state are kept.
 */
import { useEffect, useRef } from 'react';

/** The state of the current history entry, as an object. */
function historyState(): Record<string, unknown> {
  const state: unknown = history.state;
  return state !== null && typeof state === 'object' ? (state as Record<string, unknown>) : {};
}

/** The page the current history entry stores under `key`, if it stores one (a whole number ≥ 0). */
function pageInHistory(key: string): number | null {
  const page = historyState()[key];
  return typeof page === 'number' && Number.isInteger(page) && page >= 0 ? page : null;
}

/**
 * Keeps page numbers in history under `key`. On mount, an entry that already names another page than
 * `current` (a reload) goes there through `onPage`; otherwise the entry is marked with `current`. Popping an
 * entry calls `onPage` with its page. Returns the function that adds an entry for a new page.
 */
export function usePageHistory(
  key: string,
  current: number,
  onPage: (page: number) => void,
): (page: number) => void {
  const latest = useRef(onPage);
  useEffect(() => {
    latest.current = onPage;
  });
  useEffect(() => {
    const entered = pageInHistory(key);
    if (entered !== null && entered !== current) latest.current(entered);
    else history.replaceState({ ...historyState(), [key]: current }, '', location.href);
    const onPop = () => {
      const popped = pageInHistory(key);
      if (popped !== null) latest.current(popped);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // Once per mount: the entry the person arrived on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return (page) => history.pushState({ ...historyState(), [key]: page }, '', location.href);
}
