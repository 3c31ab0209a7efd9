/**
 * Offline use: registers the service worker (which precaches the app, the bundled banks and the lazy
 * chunks) once the first screen is shown, and announces a new deployment quietly; the new version takes
 * over on the next visit, or at once when the person chooses to reload.
 */
import { create } from 'zustand';

interface UpdateState {
  /** Set when a new version is waiting: call it to switch to the new version now (reloads the page). */
  readonly apply: (() => void) | null;
}

export const useAppUpdate = create<UpdateState>()(() => ({ apply: null }));

/** Registers the service worker in production builds; does nothing in development and tests. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () =>
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const update = registerSW({
        onNeedRefresh: () => useAppUpdate.setState({ apply: () => void update(true) }),
      });
    });
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 1000);
}
