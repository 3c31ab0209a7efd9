/**
 * Opening raters' responses: each token (from a pasted link or a dropped file) is decrypted with the
 * round's private key, its payload checked against the round's bank, its group against the round's groups,
 * and its id against the responses already in. Every refusal has a reason the page can explain; nothing
 * here throws, whatever the input.
 */
import type { RoundKey } from '../crypto/round';
import { openResponse, type ResponseRefusal } from '../crypto/response';
import { readResponseFile, type ResponseFileRefusal } from '../crypto/response-file';
import type { BankIndex } from '../domain/bank/model';
import { tokensIn } from '../domain/feedback/links';
import { readRaterPayload, type PayloadRefusal } from '../domain/feedback/payload';
import type { StoredResponse } from './feedback';

/** Why a response was not taken in. */
export type ImportRefusal =
  | ResponseRefusal
  | ResponseFileRefusal
  | PayloadRefusal
  /** The round offers no such group (a response sealed for a group that was never invited). */
  | 'other-group'
  /** A pasted text or file held no response at all. */
  | 'no-response';

/** What happened to one response (or one text that held none). */
export type ImportOutcome =
  | { readonly source: string; readonly kind: 'added'; readonly groupId: string }
  | { readonly source: string; readonly kind: 'duplicate' }
  | { readonly source: string; readonly kind: 'refused'; readonly reason: ImportRefusal };

/** The round as opening needs it: its key, groups and bank. */
export interface OpeningRound extends RoundKey {
  readonly groups: readonly string[];
}

/** What a batch gave: the new responses (to store) and an outcome per response, in input order. */
export interface ImportBatch {
  readonly responses: readonly StoredResponse[];
  readonly outcomes: readonly ImportOutcome[];
}

/** A short name of a token for the outcome list: its group and the start of its ciphertext. */
function sourceOf(token: string): string {
  const parts = token.split('.');
  return parts.length >= 6 ? `${parts[2] ?? ''} · ${(parts[5] ?? '').slice(0, 8)}` : token.slice(0, 24);
}

/**
 * Opens response tokens for a round. `known` are the ids already in (they give `duplicate`, as does the
 * same response twice in one batch). At most 500 tokens per batch.
 */
export async function openTokens(
  tokens: readonly { readonly token: string; readonly source?: string }[],
  round: OpeningRound,
  index: BankIndex,
  known: ReadonlySet<string>,
): Promise<ImportBatch> {
  const seen = new Set(known);
  const responses: StoredResponse[] = [];
  const outcomes: ImportOutcome[] = [];
  for (const { token, source = sourceOf(token) } of tokens.slice(0, 500)) {
    const opened = await openResponse(token, round);
    if (!opened.ok) {
      outcomes.push({ source, kind: 'refused', reason: opened.reason });
      continue;
    }
    if (!round.groups.includes(opened.groupId)) {
      outcomes.push({ source, kind: 'refused', reason: 'other-group' });
      continue;
    }
    const payload = readRaterPayload(opened.payload, index);
    if (!payload.ok) {
      outcomes.push({ source, kind: 'refused', reason: payload.reason });
      continue;
    }
    if (seen.has(opened.responseId)) {
      outcomes.push({ source, kind: 'duplicate' });
      continue;
    }
    seen.add(opened.responseId);
    responses.push({
      responseId: opened.responseId,
      groupId: opened.groupId,
      token,
      payload: payload.payload,
    });
    outcomes.push({ source, kind: 'added', groupId: opened.groupId });
  }
  return { responses, outcomes };
}

/** The tokens in a pasted text (links or bare tokens); an outcome `no-response` when there is none. */
export function tokensOfText(text: string): { readonly token: string }[] {
  return tokensIn(text).map((token) => ({ token }));
}

/**
 * The token of a dropped response file, or the tokens of a text file of links; a refusal when it is
 * neither. `name` is the file's name, shown in the outcome list.
 */
export function tokensOfFile(
  name: string,
  text: string,
):
  | { readonly ok: true; readonly tokens: readonly { readonly token: string; readonly source: string }[] }
  | { readonly ok: false; readonly outcome: ImportOutcome } {
  const file = readResponseFile(text);
  if (file.ok) return { ok: true, tokens: [{ token: file.token, source: name }] };
  if (file.reason !== 'not-response-file')
    return { ok: false, outcome: { source: name, kind: 'refused', reason: file.reason } };
  const found = tokensIn(text);
  if (found.length === 0)
    return { ok: false, outcome: { source: name, kind: 'refused', reason: 'no-response' } };
  return {
    ok: true,
    tokens: found.map((token, i) => ({ token, source: found.length === 1 ? name : `${name} (${i + 1})` })),
  };
}
