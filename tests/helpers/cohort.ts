/**
 * A generated cohort of result files for the e2e test and the benchmark. Deterministic (seeded), so the same
 * call always gives the same files.
 *
 * The network-weaver scale follows a pattern whose statistics are known by hand: the five answer sets of
 * `NETWORK_WEAVER_PATTERN`, repeated in turn. Repeating a data set leaves alpha and correlations unchanged
 * (every variance and covariance grows by the same factor), so a cohort of 200 has the pattern's alpha,
 * 0.931578… (= 3/2 · (1 − 3.6 / 9.5), worked out in tests/unit/cohort/stats.test.ts). Every other scale is
 * drawn from a one-factor model (a general trait, a scale trait, noise), with some "not applicable" answers,
 * so its figures are realistic but not pinned.
 */
import { bankHash } from '../../src/domain/bank/hash';
import { normal, random } from './random';
import { indexBank } from '../../src/domain/bank/model';
import type { Bank } from '../../src/domain/bank/schema';
import type { CohortMember } from '../../src/domain/cohort/analysis';
import { buildResultFile, resultFileText, type ResultFile } from '../../src/domain/result-file';

/** The network-weaver answers (items 1–3, 1–5 scale), one row per participant, cycled through the cohort. */
export const NETWORK_WEAVER_PATTERN = [
  [4, 5, 4],
  [3, 3, 2],
  [5, 5, 5],
  [2, 3, 3],
  [4, 4, 3],
] as const;

/**
 * Five members on the tiny fixture bank (tests/fixtures/banks/tiny): its "connect" dimension answered with
 * `NETWORK_WEAVER_PATTERN` (c3 is reverse-keyed, so it is answered 6 − x to score x), "deliver" all 3 with
 * one "not applicable", "explore" all 5; three chose the phase "start", one "run", one gave none.
 */
export function tinyCohortMembers(): CohortMember[] {
  return NETWORK_WEAVER_PATTERN.map(([a = 0, b = 0, c = 0], i) => ({
    answers: { c1: a, c2: b, c3: 6 - c, d1: 3, d2: 3, d3: i === 0 ? null : 3, d4: 3, e1: 5, e2: 5, e3: 5 },
    context: i < 3 ? { phase: 'start' } : i === 3 ? { phase: 'run' } : {},
  }));
}

/** Alpha of the pattern (and so of any cohort whose size is a multiple of five), computed by hand. */
export const NETWORK_WEAVER_ALPHA = 1.5 * (1 - 3.6 / 9.5);

/** `n` result files of `bank` (its first scale's 1–5 points), as objects. */
export async function generateCohort(bank: Bank, n: number, seed = 1): Promise<ResultFile[]> {
  const sha256 = await bankHash(bank);
  const index = indexBank(bank);
  const next = random(seed);
  const results: ResultFile[] = [];

  for (let person = 0; person < n; person += 1) {
    const general = normal(next);
    const traits = new Map(bank.dimensions.map((d) => [d.id, 0.6 * general + 0.8 * normal(next)]));
    const pattern = NETWORK_WEAVER_PATTERN[person % NETWORK_WEAVER_PATTERN.length] ?? [3, 3, 3];
    const answers: Record<string, number | null> = {};
    for (const item of bank.items) {
      const weaver = /^network-weaver-(\d)$/.exec(item.id);
      let scored: number;
      if (weaver) scored = pattern[Number(weaver[1]) - 1] ?? 3;
      // "Not applicable" only where the item's scale offers it (a result that says it elsewhere is refused).
      else if (next() < 0.04 && index.itemScale.get(item.id)?.notApplicable !== undefined) {
        answers[item.id] = null;
        continue;
      } else {
        const value = 3.3 + 0.9 * (traits.get(item.dimension) ?? 0) + 0.7 * normal(next);
        scored = Math.min(5, Math.max(1, Math.round(value)));
      }
      answers[item.id] = item.reverse === true ? 6 - scored : scored;
    }
    const context = Object.fromEntries(
      bank.context.map((question) => [
        question.id,
        question.options[Math.floor(next() * question.options.length)]?.id ?? '',
      ]),
    );
    const day = new Date(Date.UTC(2026, 9, 1 + (person % 50), 9, person % 60)).toISOString();
    results.push(
      buildResultFile(
        {
          bank: { id: bank.id, version: bank.version },
          bankSha256: sha256,
          language: person % 3 === 0 ? 'en' : 'nl',
          startedAt: day,
          completedAt: day,
          name: `Deelnemer ${String(person + 1)}`,
          answers,
          context,
          reflections: {},
        },
        new Date(day),
      ),
    );
  }
  return results;
}

/** Three files that are not usable results, each for a different reason, to mix into a cohort. */
export function brokenCohortFiles(bank: Bank): { name: string; text: string }[] {
  return [
    { name: 'half-written.json', text: '{"format": "network-leadership-result", "answers": {' },
    { name: 'the-bank-itself.json', text: JSON.stringify(bank) },
    {
      name: 'bad-answers.json',
      text: JSON.stringify({
        format: 'network-leadership-result',
        formatVersion: 1,
        bank: { id: bank.id, version: bank.version, sha256: 'f'.repeat(64) },
        language: 'nl',
        completedAt: '2026-10-01T09:00:00.000Z',
        exportedAt: '2026-10-01T09:00:00.000Z',
        answers: { 'network-weaver-1': 'often' },
        context: {},
        reflections: {},
      }),
    },
  ];
}

export { resultFileText };
