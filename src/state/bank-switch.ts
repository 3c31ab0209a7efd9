/** Moving the participant's assessment in progress to another bank, as a pinned link asks. */
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
    return { kind: 'restarted' };
  }
  const previous = await resolveBank(bank);
  if (previous.status !== 'ready')
    return { kind: 'failed', message: previous.status === 'failed' ? previous.message : previous.status };
  const carried = carryOverAnswers(answers, previous.index, status.index);
  useAssessment.setState({
    bank: { id: next.id, version: next.version },
    answers: carried.answers,
    completedAt: null,
    step: 0,
    updatedAt: new Date().toISOString(),
  });
  useBank.setState({ current: status });
  return { kind: 'carried', kept: carried.kept, changed: carried.changed };
}
