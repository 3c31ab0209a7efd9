/**
 * The app's views and their URLs. A tiny history-based router kept in a store, so features can navigate
 * without importing the app.
 */
import { create } from 'zustand';

export type View = 'intro' | 'questionnaire' | 'results';

const PATHS: Readonly<Record<View, string>> = {
  intro: '',
  questionnaire: 'questionnaire',
  results: 'results',
};

const base = (): string => (typeof import.meta.env.BASE_URL === 'string' ? import.meta.env.BASE_URL : '/');

/** The view a pathname shows; unknown paths show the intro. */
export function viewOf(pathname: string): View {
  const rest = pathname.startsWith(base()) ? pathname.slice(base().length) : pathname.replace(/^\//, '');
  const segment = rest.replace(/\/+$/, '');
  const found = (Object.keys(PATHS) as View[]).find((view) => PATHS[view] === segment);
  return found ?? 'intro';
}

export function pathOf(view: View): string {
  return `${base()}${PATHS[view]}`;
}

interface RouteState {
  readonly view: View;
  /** Goes to `view`, adding a history entry (or replacing the current one). */
  readonly navigate: (view: View, options?: { readonly replace?: boolean }) => void;
}

export const useRoute = create<RouteState>()((set) => ({
  view: typeof location === 'undefined' ? 'intro' : viewOf(location.pathname),
  navigate: (view, options) => {
    const url = `${pathOf(view)}${location.search}`;
    if (options?.replace === true) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    set({ view });
    window.scrollTo(0, 0);
  },
}));

if (typeof window !== 'undefined')
  window.addEventListener('popstate', () => useRoute.setState({ view: viewOf(location.pathname) }));
