/**
 * The participant's feedback round, kept in this browser only: the round's key pair (the private key as
 * PKCS#8, never sent anywhere), what the round is about, and every response opened so far, as its
 * encrypted token and its checked answers. Responses are merged by their id, so the same response twice
 * counts once, also when two tabs import at the same time. During a facilitator's trial nothing is written
 * and the round is not shown with the trial's results.
 */
import { useMemo } from 'react';
import { z } from 'zod';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { BankIndex } from '../domain/bank/model';
import { groupStatuses } from '../domain/feedback/aggregate';
import { answerSetOf, RaterPayloadSchema, type RaterAnswerSet } from '../domain/feedback/payload';
import { Id } from '../domain/bank/schema';
import { useBank } from './bank';
import { useStorageNotices } from './notices';
import { createTolerantStorage, keepAside } from './tolerant-storage';

/** The localStorage key of the round. */
export const FEEDBACK_KEY = 'nla:feedback';

const StoredResponseSchema = z.strictObject({
  /** SHA-256 of the ciphertext: one id per response, however often it is imported. */
  responseId: z.string().regex(/^[0-9a-f]{64}$/),
  groupId: Id,
  token: z.string().max(100_000),
  payload: RaterPayloadSchema,
});

const StoredRoundSchema = z.strictObject({
  roundId: z.string().max(40),
  publicKey: z.string().max(200),
  privateKey: z.string().max(1_000),
  bank: z.strictObject({ id: Id, version: z.string().max(40) }),
  groups: z.array(Id).min(1).max(20),
  createdAt: z.string().max(40),
  firstName: z.string().max(60).optional(),
  /** Whether the participant saved a round key file (else the page keeps asking them to). */
  keySaved: z.boolean(),
  responses: z.array(StoredResponseSchema).max(500),
});

export type StoredResponse = z.infer<typeof StoredResponseSchema>;
export type StoredRound = z.infer<typeof StoredRoundSchema>;

interface FeedbackState {
  readonly round: StoredRound | null;
  /** Starts (or restores) a round; the responses of a round with the same id are kept. */
  readonly setRound: (round: StoredRound) => void;
  /** Adds responses not seen before (by id); returns how many were new. */
  readonly addResponses: (responses: readonly StoredResponse[]) => number;
  readonly markKeySaved: () => void;
  /** Forgets the round in this browser (its responses can be opened again with its key file). */
  readonly forget: () => void;
}

/** The union of two response lists by id, in id order (so every tab writes the same text). */
function mergeResponses(a: readonly StoredResponse[], b: readonly StoredResponse[]): StoredResponse[] {
  const byId = new Map<string, StoredResponse>();
  for (const response of [...a, ...b])
    if (!byId.has(response.responseId)) byId.set(response.responseId, response);
  return [...byId.values()].sort((x, y) => (x.responseId < y.responseId ? -1 : 1));
}

/** Whether a facilitator's trial of a bank is on: then the round is neither shown nor written. */
function unsaved(): boolean {
  return useBank.getState().trial !== null;
}

/** Reads a stored round, checking every field; anything unreadable is kept aside and reported. */
function readStored(value: unknown, raw: string | null): StoredRound | null {
  if (value === null || value === undefined) return null;
  const parsed = StoredRoundSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  useStorageNotices
    .getState()
    .add({ kind: 'unreadable', keptAs: raw === null ? null : keepAside(FEEDBACK_KEY, raw) });
  return null;
}

const storage = createTolerantStorage<{ round: StoredRound | null }>(1);

export const useFeedback = create<FeedbackState>()(
  persist<FeedbackState, [], [], { round: StoredRound | null }>(
    (set, get) => ({
      round: null,
      setRound: (round) =>
        set((state) => ({
          round:
            state.round?.roundId === round.roundId
              ? { ...round, responses: mergeResponses(state.round.responses, round.responses) }
              : round,
        })),
      addResponses: (responses) => {
        const round = get().round;
        if (!round) return 0;
        const merged = mergeResponses(round.responses, responses);
        const added = merged.length - round.responses.length;
        if (added > 0) set({ round: { ...round, responses: merged } });
        return added;
      },
      markKeySaved: () => {
        const round = get().round;
        if (round) set({ round: { ...round, keySaved: true } });
      },
      forget: () => set({ round: null }),
    }),
    {
      name: FEEDBACK_KEY,
      version: 1,
      storage: {
        ...storage,
        setItem: (name, value) => {
          if (!unsaved()) storage.setItem(name, value);
        },
      },
      partialize: ({ round }) => ({ round }),
      merge: (persisted, current) => {
        const stored = readStored((persisted as { round?: unknown } | undefined)?.round, storage.lastRaw());
        const mine = current.round;
        if (stored && stored.roundId === mine?.roundId)
          return {
            ...current,
            round: { ...stored, responses: mergeResponses(stored.responses, mine.responses) },
          };
        // A stored `round: null` is a round forgotten (in this tab or another): it stays forgotten.
        const nothingStored = persisted === undefined || persisted === null;
        return { ...current, round: nothingStored ? mine : stored };
      },
    },
  ),
);

if (typeof window !== 'undefined') {
  // Another tab imported responses or started a round: take them in (merged by id, never dropped).
  window.addEventListener('storage', (event) => {
    if (event.key !== FEEDBACK_KEY) return;
    void Promise.resolve(useFeedback.persist.rehydrate()).then(() => {
      // Responses only this tab had are merged in: write the union back. Every tab writes the same text
      // for the same union, and writing an unchanged value raises no further storage event.
      const round = useFeedback.getState().round;
      if (round) useFeedback.setState({ round });
    });
  });
  // "Delete my data" removed the stored round: forget it here too, without writing it back.
  const deleted = (notices: ReturnType<typeof useStorageNotices.getState>['notices']) =>
    notices.some((notice) => notice.kind === 'deleted');
  useStorageNotices.subscribe((state, previous) => {
    if (deleted(state.notices) && !deleted(previous.notices)) {
      useFeedback.setState({ round: null });
      storage.removeItem(FEEDBACK_KEY);
    }
  });
}

/** What a results view shows of a round on its bank: every response's answer set, and the tokens that count. */
export interface RoundFeedback {
  readonly roundId: string;
  readonly sets: readonly RaterAnswerSet[];
  /** The encrypted responses that count in the figures (a result file carries these and no others). */
  readonly counted: readonly string[];
}

/** The feedback of a round on `index`'s bank version; `null` without one (or with no responses). */
export function roundFeedback(round: StoredRound | null, index: BankIndex): RoundFeedback | null {
  if (round?.bank.id !== index.bank.id || round.bank.version !== index.bank.version) return null;
  if (round.responses.length === 0) return null;
  const sets = round.responses.map((response) => answerSetOf(response.groupId, response.payload));
  const { groups } = groupStatuses(index, sets);
  const counts = new Set(groups.filter((g) => g.use === 'own' || g.use === 'folded').map((g) => g.id));
  return {
    roundId: round.roundId,
    sets,
    counted: round.responses.filter((response) => counts.has(response.groupId)).map((r) => r.token),
  };
}

/** The participant's round feedback for a bank, kept stable between renders. */
export function useRoundFeedback(index: BankIndex): RoundFeedback | null {
  const round = useFeedback((state) => state.round);
  const trying = useBank((state) => state.trial !== null);
  return useMemo(() => (trying ? null : roundFeedback(round, index)), [round, index, trying]);
}
