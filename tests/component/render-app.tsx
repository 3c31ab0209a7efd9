import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';
import { DEFAULT_BANK } from '../../src/banks/catalogue';
import { EMBEDDED_BANK_ELEMENT_ID } from '../../src/banks/embedded';
import { indexBank } from '../../src/domain/bank/model';
import type { Bank } from '../../src/domain/bank/schema';
import { setLanguage } from '../../src/i18n';
import { loadDurable, useAssessment } from '../../src/state/assessment';
import { forgetCoachWorkspace, useCoach } from '../../src/state/coach';
import { closeDatabase } from '../../src/state/idb';
import { useBank } from '../../src/state/bank';
import { useBankSwitch } from '../../src/state/bank-switch';
import { useSyncStatus } from '../../src/state/sync-status';
import { useStorageNotices } from '../../src/state/notices';
import { EMPTY_ASSESSMENT } from '../../src/state/restore';
import { useRoute, viewOf } from '../../src/state/route';
import { networkLeadershipBank } from '../helpers/network-leadership';

/** The bank 1.0.0 (the tests of its hand-worked results) and the default bank 2.0.0. */
export const bank = networkLeadershipBank('1.0.0');
export const index = indexBank(bank);
export const bank2 = networkLeadershipBank('2.0.0');
export const index2 = indexBank(bank2);

/**
 * Puts the bank the participant views will ask for in the store, as if fetched (jsdom cannot fetch the built
 * asset): the bank of the assessment in progress, else the default bank.
 */
export function provideBank(): void {
  const { bank: saved, startedAt } = useAssessment.getState();
  const wanted = saved !== null && startedAt !== null ? saved : DEFAULT_BANK;
  const chosen = wanted.version === bank.version ? { bank, index } : { bank: bank2, index: index2 };
  useBank.setState({
    current: { status: 'ready', ref: { id: chosen.bank.id, version: chosen.bank.version }, ...chosen },
  });
}

/** Deletes the app's IndexedDB database (after every write still queued from the test before). */
async function deleteDatabase(): Promise<void> {
  await (await loadDurable()).settled();
  closeDatabase();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase('nla');
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}

/** Forgets every store and everything saved, as on a fresh browser. */
export async function freshBrowser(): Promise<void> {
  await deleteDatabase();
  forgetCoachWorkspace();
  useCoach.setState({ results: [], notes: {}, selected: [], unsaved: [], loaded: false });
  useAssessment.setState({ ...EMPTY_ASSESSMENT });
  localStorage.clear();
  useStorageNotices.setState({ notices: [] });
  useBankSwitch.setState({ last: null, declined: [] });
  // As after a page load: the durable copy has been read (jsdom has no IndexedDB; see durable.test.tsx).
  useSyncStatus.setState({ restored: true, otherTabs: 0 });
  await setLanguage('nl');
  localStorage.clear();
}

/** Renders the whole app at `path`, with the bank loaded, and returns a user-event session. */
export function renderApp(path = '/') {
  history.replaceState(null, '', path);
  useRoute.setState({ view: viewOf(path) });
  provideBank();
  const user = userEvent.setup();
  const result = render(<App />);
  return { user, ...result };
}

/**
 * Puts a bundled bank (1.0.0 unless asked otherwise) into the page as the built index.html embeds it (jsdom
 * cannot fetch the built asset); returns the function that takes it out again.
 */
export function embedBank(embedded: Bank = bank): () => void {
  const element = document.createElement('script');
  element.type = 'application/json';
  element.id = EMBEDDED_BANK_ELEMENT_ID;
  element.dataset.bank = `${embedded.id}@${embedded.version}`;
  element.textContent = JSON.stringify(embedded);
  document.head.append(element);
  return () => element.remove();
}
