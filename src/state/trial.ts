/**
 * "Try as participant": a facilitator runs a bank as a participant would, from its intro to its results,
 * without saving anything. The participant's own assessment is set aside meanwhile and comes back when the
 * trial ends; a reload ends the trial too (nothing of it was written).
 */
import { create } from 'zustand';
import type { BankIndex } from '../domain/bank/model';
import { beginUnsavedRun, endUnsavedRun } from './assessment';
import { useBank } from './bank';
import { pathOf, useRoute, type View } from './route';

interface TrialState {
  /** The view the trial was started from, to go back to; `null` when no trial is on. */
  readonly returnTo: View | null;
}

export const useTrial = create<TrialState>()(() => ({ returnTo: null }));

/** Opens the intro of `index`'s bank as a participant sees it, with nothing saved. */
export function startTrial(index: BankIndex, returnTo: View): void {
  beginUnsavedRun();
  const ref = { id: index.bank.id, version: index.bank.version };
  useBank.setState({ trial: index, current: { status: 'ready', ref, bank: index.bank, index } });
  useTrial.setState({ returnTo });
  history.pushState(null, '', pathOf('intro'));
  useRoute.setState({ view: 'intro', search: '' });
  window.scrollTo(0, 0);
}

/** Ends the trial: its answers are dropped, the participant's own assessment is back. */
export function endTrial(): void {
  const { returnTo } = useTrial.getState();
  if (returnTo === null) return;
  endUnsavedRun();
  useBank.setState({ trial: null, current: { status: 'idle' } });
  useTrial.setState({ returnTo: null });
  useRoute.getState().navigate(returnTo);
}
