/**
 * Checking a result file against its bank: the one check every reader of results runs (the coach view, the
 * cohort view, share links and the command line), so a result the command line refuses is never shown or
 * counted anywhere else. A result breaks its bank when it answers items, context questions, reflections or
 * situations the bank does not have, or gives answers the bank does not offer.
 */
import { checkAnswers } from './answers';
import type { BankIndex } from './bank/model';
import { MAX_PROBLEMS, ProblemCollector, type Problem } from './problems';
import type { ResultFile } from './result-file';

/** Every problem of `result` against the bank of `index`, in file order; empty when it fits. Never throws. */
export function checkResultForBank(index: BankIndex, result: ResultFile): Problem[] {
  const collector = new ProblemCollector(MAX_PROBLEMS);
  const { bank } = index;
  checkAnswers(index, result.answers, collector, ['answers']);
  for (const [questionId, optionId] of Object.entries(result.context)) {
    const question = bank.context.find((q) => q.id === questionId);
    if (!question) collector.report(['context', questionId], 'not-a-question');
    else if (!question.options.some((option) => option.id === optionId))
      collector.report(['context', questionId], 'not-an-option', { answer: optionId });
  }
  for (const [promptId, value] of Object.entries(result.reflections)) {
    const prompt = bank.reflections.prompts.find((p) => p.id === promptId);
    if (!prompt) collector.report(['reflections', promptId], 'not-a-prompt');
    else if (prompt.kind === 'slider') {
      if (typeof value !== 'number') collector.report(['reflections', promptId], 'reflection-wrong-kind');
      else if (value < prompt.min || value > prompt.max)
        collector.report(['reflections', promptId], 'slider-off-range', { min: prompt.min, max: prompt.max });
    } else if (typeof value !== 'string')
      collector.report(['reflections', promptId], 'reflection-wrong-kind');
  }
  const situations = bank.situations;
  for (const [situationId, roles] of Object.entries(result.choices ?? {})) {
    if (!situations?.prompts.some((prompt) => prompt.id === situationId)) {
      collector.report(['choices', situationId], 'not-a-situation');
      continue;
    }
    roles.forEach((role, r) => {
      if (index.dimensions.get(role)?.section !== situations.section)
        collector.report(['choices', situationId, r], 'choice-not-a-role', { answer: role });
    });
    if (roles.length > situations.pick || new Set(roles).size !== roles.length)
      collector.report(['choices', situationId], 'choice-count', { count: situations.pick });
  }
  return collector.finish(result);
}
