/** Moving the participant's assessment in progress to another bank, as a pinned link asks. */
import { create } from 'zustand';
import type { BankRef } from '../banks/catalogue';
import { carryOverAnswers } from '../domain/carry-over';
import { keepAsideAndReset, useAssessment } from './assessment';
import { resolveBank, useBank } from './bank';

export type SwitchOutcome =
  | {
      readonly kind: 'carried';
      /** Answers kept (their statements are the same in the new version). */
      readonly kept: number;
      /** Statements of the new version that are new or changed. */
      readonly changed: number;
    }
  | { readonly kind: 'restarted' }
  | { readonly kind: 'failed'; readonly message: string };

interface BankSwitchState {
  /** The last switch made in this page's life, so its confirmation outlives the offer that made it. */
  readonly last: Exclude<SwitchOutcome, { kind: 'failed' }> | null;
  /** Offers of a newer version the participant declined in this page's life (`id@version`). */
  readonly declined: readonly string[];
}

/** The switch just made and the offers declined; in memory only (a reload asks again). */
export const useBankSwitch = create<BankSwitchState>()(() => ({ last: null, declined: [] }));

/** Remembers that the participant chose to finish the version they started rather than `key`. */
export function declineSwitch(key: string): void {
  useBankSwitch.setState((state) => ({ declined: [...state.declined, key] }));
}

/** Forgets the last switch's confirmation (once the participant has moved on). */
export function clearSwitchOutcome(): void {
  if (useBankSwitch.getState().last !== null) useBankSwitch.setState({ last: null });
}

/**
 * Switches to bank `next`. Another version of the same bank keeps every answer to an item whose id is
 * unchanged (and whose answer still fits), and counts the statements that are new or changed between the two
 * versions; another bank keeps the current assessment aside and starts afresh.
 */
export async function switchAssessmentBank(next: BankRef): Promise<SwitchOutcome> {
  const status = await resolveBank(next);
  if (status.status !== 'ready')
    return { kind: 'failed', message: status.status === 'failed' ? status.message : status.status };
  const { bank, answers } = useAssessment.getState();
  if (bank?.id !== next.id) {
    keepAsideAndReset();
    useBank.setState({ current: status });
    useBankSwitch.setState({ last: { kind: 'restarted' } });
    return { kind: 'restarted' };
  }
  const previous = await resolveBank(bank);
  if (previous.status !== 'ready')
    return { kind: 'failed', message: previous.status === 'failed' ? previous.message : previous.status };
  const carried = carryOverAnswers(answers, previous.index, status.index);
  useAssessment.getState().rebase({
    bank: { id: next.id, version: next.version },
    answers: carried.answers,
    completedAt: null,
    step: 0,
  });
  const outcome = { kind: 'carried', kept: carried.kept, changed: carried.changed } as const;
  useBank.setState({ current: status });
  useBankSwitch.setState({ last: outcome });
  return outcome;
}
