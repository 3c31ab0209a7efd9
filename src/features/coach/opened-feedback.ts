/**
 * The 360° feedback a coach opened, per result, in this tab's memory only: the round's private key and the
 * responses it opened are never written anywhere, so a reload forgets them (the coach opens the key file
 * again). A result removed from the workspace takes its opened feedback with it.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import { answerSetOf, type RaterAnswerSet } from '../../domain/feedback/payload';
import type { ResultFile } from '../../domain/result-file';
import type { StoredResponse } from '../../state/feedback';
import type { ImportOutcome, OpeningRound } from '../../state/feedback-import';
import { useCoach } from '../../state/coach';

/** One result's opened round. */
export interface OpenedFeedback {
  readonly round: OpeningRound;
  /** The result's encrypted responses this was opened from (a result replaced by another file differs). */
  readonly from: readonly string[];
  /** Every response opened so far, the result's and those the coach added, in id order. */
  readonly responses: readonly StoredResponse[];
  /** The result's responses that could not be opened, with the reason. */
  readonly refused: readonly ImportOutcome[];
}

interface OpenedState {
  readonly byResult: Readonly<Record<string, OpenedFeedback>>;
  readonly open: (resultKey: string, opened: OpenedFeedback) => void;
  /** Adds responses to a result's opened round (merged by id); nothing when it has none. */
  readonly add: (resultKey: string, responses: readonly StoredResponse[]) => void;
}

const byId = (a: StoredResponse, b: StoredResponse) => (a.responseId < b.responseId ? -1 : 1);

export const useOpenedFeedback = create<OpenedState>()((set) => ({
  byResult: {},
  open: (resultKey, opened) =>
    set((state) => ({
      byResult: {
        ...state.byResult,
        [resultKey]: { ...opened, responses: [...opened.responses].sort(byId) },
      },
    })),
  add: (resultKey, responses) =>
    set((state) => {
      const opened = state.byResult[resultKey];
      if (!opened) return state;
      const known = new Set(opened.responses.map((response) => response.responseId));
      const fresh = responses.filter((response) => !known.has(response.responseId));
      return {
        byResult: {
          ...state.byResult,
          [resultKey]: { ...opened, responses: [...opened.responses, ...fresh].sort(byId) },
        },
      };
    }),
}));

// A result removed or forgotten: its key and answers leave memory too.
useCoach.subscribe((state, previous) => {
  if (state.results === previous.results) return;
  const kept = new Set(state.results.map((stored) => stored.key));
  const byResult = useOpenedFeedback.getState().byResult;
  if (Object.keys(byResult).every((key) => kept.has(key))) return;
  useOpenedFeedback.setState({
    byResult: Object.fromEntries(Object.entries(byResult).filter(([key]) => kept.has(key))),
  });
});

/** Whether a result's opened round still belongs to it (same round, same encrypted responses). */
export function openedFor(
  opened: OpenedFeedback | undefined,
  feedback: ResultFile['feedback'],
): OpenedFeedback | undefined {
  if (!opened || opened.round.roundId !== feedback?.roundId) return undefined;
  const same =
    opened.from.length === feedback.responses.length &&
    opened.from.every((token, i) => token === feedback.responses[i]);
  return same ? opened : undefined;
}

/**
 * The answer sets of a result's opened feedback, as the results view takes them (in id order, the order the
 * participant's own page has them in); `undefined` while it is not open.
 */
export function useOpenedAnswerSets(
  resultKey: string,
  feedback: ResultFile['feedback'],
): readonly RaterAnswerSet[] | undefined {
  const opened = useOpenedFeedback((state) => openedFor(state.byResult[resultKey], feedback));
  return useMemo(
    () => opened?.responses.map((response) => answerSetOf(response.groupId, response.payload)),
    [opened],
  );
}
