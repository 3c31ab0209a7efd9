import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Answers } from '../../src/domain/answers';
import { validateBank } from '../../src/domain/bank/validate';
import type { Bank } from '../../src/domain/bank/schema';
import { indexBank } from '../../src/domain/bank/model';
import { paginate } from '../../src/domain/questionnaire';

/** A bundled network-leadership bank (1.0.0 unless asked otherwise), validated. */
export function networkLeadershipBank(version: '1.0.0' | '2.0.0' = '1.0.0'): Bank {
  // Relative to the project root (vitest's working directory): import.meta.url is not a file URL in jsdom.
  const path = resolve(process.cwd(), `questionnaires/network-leadership/${version}.json`);
  const result = validateBank(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.bank;
}

/** How many pages of rated statements the questionnaire shows for a bank (before situations and reflections). */
export function questionPageCount(bank: Bank): number {
  return paginate(indexBank(bank)).length;
}

/** The number of steps the questionnaire shows: the pages, the situations step if any, the reflections step if any. */
export function questionnaireStepCount(bank: Bank): number {
  return questionPageCount(bank) + (bank.situations ? 1 : 0) + (bank.reflections.prompts.length > 0 ? 1 : 0);
}

/**
 * Answers a 1–5 bank so that each dimension's items score the given values *after* reverse keying (a
 * reverse item meant to score 5 is answered 1). `scores[dimension]` lists the intended score per item in
 * bank order; a single number applies to every item of the dimension. Dimensions not named get `fallback`.
 */
export function answersScoring(bank: Bank, scores: Record<string, number | number[]>, fallback = 3): Answers {
  const seen = new Map<string, number>();
  const answers: Record<string, number> = {};
  for (const item of bank.items) {
    const position = seen.get(item.dimension) ?? 0;
    seen.set(item.dimension, position + 1);
    const wanted = scores[item.dimension] ?? fallback;
    const score = Array.isArray(wanted) ? (wanted[position] ?? fallback) : wanted;
    answers[item.id] = item.reverse === true ? 6 - score : score;
  }
  return answers;
}

/**
 * The scripted participant strong in the connecting roles: network-weaver 5, mediator 5, coordinator 3,
 * the other five roles 4, everything else 4. Own role mean (5 + 5 + 3 + 5 × 4) / 8 = 4.125: strengths
 * weaver and mediator (+0.875), development point coordinator (−1.125); lever skills balanced.
 */
export const CONNECTING_ROLES: Record<string, number> = {
  'network-weaver': 5,
  mediator: 5,
  coordinator: 3,
  strategist: 4,
  architect: 4,
  'process-director': 4,
  catalyst: 4,
  ambassador: 4,
};
