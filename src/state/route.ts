/**
 * The app's views and their URLs. A tiny history-based router kept in a store, so features can navigate
 * without importing the app.
 */
import { create } from 'zustand';

export type View =
  | 'intro'
  | 'questionnaire'
  | 'results'
  | 'facilitator'
  | 'coach'
  | 'cohort'
  | 'shared'
  | 'help'
  | 'rate'
  | 'feedback'
  | 'not-found';

const PATHS: Readonly<Record<View, string>> = {
  intro: '',
  questionnaire: 'questionnaire',
  results: 'results',
  facilitator: 'facilitator',
  coach: 'coach',
  cohort: 'cohort',
  shared: 'view',
  help: 'help',
  rate: 'rate',
  feedback: 'feedback',
  'not-found': '404',
};

const base = (): string => (typeof import.meta.env.BASE_URL === 'string' ? import.meta.env.BASE_URL : '/');

/** The view a pathname shows; a path that is none of the app's shows "page not found". */
export function viewOf(pathname: string): View {
  const rest = pathname.startsWith(base()) ? pathname.slice(base().length) : pathname.replace(/^\//, '');
  const segment = rest.replace(/\/+$/, '');
  if (segment === 'index.html') return 'intro';
  const found = (Object.keys(PATHS) as View[]).find((view) => PATHS[view] === segment);
  return found ?? 'not-found';
}

export function pathOf(view: View): string {
  return `${base()}${PATHS[view]}`;
}

/** The bank a participant link asks for (`?bank=id@version`), as written in the link; `null` when none. */
export function requestedBank(search: string): string | null {
  const value = new URLSearchParams(search).get('bank');
  return value === null || value.trim() === '' ? null : value.trim().slice(0, 120);
}

/** The participant link that pins a bank version: `<origin><base>?bank=id@version`. */
export function participantLink(origin: string, key: string): string {
  return `${origin}${base()}?bank=${encodeURIComponent(key).replace(/%40/g, '@')}`;
}

interface RouteState {
  readonly view: View;
  /** The query string of the current URL (it carries the pinned bank, `?bank=id@version`). */
  readonly search: string;
  /** Goes to `view`, adding a history entry (or replacing the current one). */
  readonly navigate: (view: View, options?: { readonly replace?: boolean }) => void;
}

/** Drops the pinned bank from the URL (the participant chose to continue with their own assessment). */
export function forgetRequestedBank(): void {
  history.replaceState(null, '', `${location.pathname}${location.hash}`);
  useRoute.setState({ search: '' });
}

/** Opens the participant's intro as the link for bank `key` would (used by "take it now"). */
export function openParticipantLink(key: string): void {
  const url = new URL(participantLink(location.origin, key));
  history.pushState(null, '', `${url.pathname}${url.search}`);
  useRoute.setState({ view: 'intro', search: url.search });
  window.scrollTo(0, 0);
}

export const useRoute = create<RouteState>()((set) => ({
  view: typeof location === 'undefined' ? 'intro' : viewOf(location.pathname),
  search: typeof location === 'undefined' ? '' : location.search,
  navigate: (view, options) => {
    // The share-link fragment belongs to the shared view only; the bank pin stays for the participant views.
    const keepSearch = view === 'intro' || view === 'questionnaire' || view === 'results';
    const url = `${pathOf(view)}${keepSearch ? location.search : ''}`;
    if (options?.replace === true) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    set({ view, search: keepSearch ? location.search : '' });
    window.scrollTo(0, 0);
  },
}));

if (typeof window !== 'undefined')
  window.addEventListener('popstate', () =>
    useRoute.setState({ view: viewOf(location.pathname), search: location.search }),
  );
