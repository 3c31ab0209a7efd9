import { beforeEach, describe, expect, it } from 'vitest';
import { buildRaterPayload } from '../../src/domain/feedback/payload';
import { indexBank } from '../../src/domain/bank/model';
import { FEEDBACK_KEY, useFeedback, type StoredResponse, type StoredRound } from '../../src/state/feedback';
import { useStorageNotices } from '../../src/state/notices';
import { networkLeadershipBank } from '../helpers/network-leadership';

const index = indexBank(networkLeadershipBank('2.0.0'));
const payload = buildRaterPayload(index, {}, { roles: 'Goed.' });
const response = (digit: string, groupId = 'partners'): StoredResponse => ({
  responseId: digit.repeat(64),
  groupId,
  token: `v1.token-${digit}`,
  payload,
});
const round = (responses: StoredResponse[], roundId = 'A'.repeat(22)): StoredRound => ({
  roundId,
  publicKey: 'P',
  privateKey: 'K',
  bank: { id: 'network-leadership', version: '2.0.0' },
  groups: ['manager', 'partners', 'team'],
  createdAt: '2026-12-01T10:00:00.000Z',
  keySaved: false,
  responses,
});
const stored = () =>
  JSON.parse(localStorage.getItem(FEEDBACK_KEY) ?? 'null') as { state: { round: StoredRound | null } };

/** Another tab writes the round: the browser tells this tab with a storage event. */
function otherTabWrites(value: StoredRound | null): void {
  const text = JSON.stringify({ state: { round: value }, version: 1 });
  localStorage.setItem(FEEDBACK_KEY, text);
  window.dispatchEvent(new StorageEvent('storage', { key: FEEDBACK_KEY, newValue: text }));
}

describe('the feedback round in this browser', () => {
  beforeEach(() => {
    localStorage.clear();
    useFeedback.setState({ round: null });
    useStorageNotices.setState({ notices: [] });
  });

  it('counts a response once, and keeps it across a write', () => {
    useFeedback.getState().setRound(round([]));
    expect(useFeedback.getState().addResponses([response('1'), response('1'), response('2')])).toBe(2);
    expect(useFeedback.getState().addResponses([response('2')])).toBe(0);
    expect(stored().state.round?.responses.map((r) => r.responseId[0])).toEqual(['1', '2']);
  });

  it('merges responses two tabs took in at the same time, and both end with the union', async () => {
    useFeedback.getState().setRound(round([response('1')]));
    otherTabWrites(round([response('2')]));
    await expect.poll(() => useFeedback.getState().round?.responses.length).toBe(2);
    await expect.poll(() => stored().state.round?.responses.length).toBe(2);
  });

  it('takes in a round another tab started, and a round another tab forgot stays forgotten', async () => {
    useFeedback.getState().setRound(round([response('1')]));
    otherTabWrites(round([], 'B'.repeat(22)));
    await expect.poll(() => useFeedback.getState().round?.roundId).toBe('B'.repeat(22));
    otherTabWrites(null);
    await expect.poll(() => useFeedback.getState().round).toBeNull();
  });

  it('keeps a damaged saved round aside and says so, instead of dropping it', async () => {
    localStorage.setItem(FEEDBACK_KEY, JSON.stringify({ state: { round: { roundId: 1 } }, version: 1 }));
    await useFeedback.persist.rehydrate();
    expect(useFeedback.getState().round).toBeNull();
    expect(useStorageNotices.getState().notices.map((n) => n.kind)).toEqual(['unreadable']);
    expect(Object.keys(localStorage).some((key) => key.startsWith(`${FEEDBACK_KEY}:kept:`))).toBe(true);
  });

  it('forgets the round when all data is deleted', () => {
    useFeedback.getState().setRound(round([response('1')]));
    useStorageNotices.setState({ notices: [{ kind: 'deleted' }] });
    expect(useFeedback.getState().round).toBeNull();
    expect(localStorage.getItem(FEEDBACK_KEY)).toBeNull();
  });
});
