/**
 * Checking a result file against its bank: the one check every reader of results runs (the coach view, the
 * cohort view, share links and the command line), so a result the command line refuses is never shown or
 * counted anywhere else. A result breaks its bank when it answers items, context questions, reflections or
 * situations the bank does not have, or gives answers the bank does not offer.
 */
import { checkAnswers, type Answers } from './answers';
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

/**
 * {@link checkResultForBank} for many results of one bank (a cohort's): the bank's items, scales, context
 * options, prompts and situations are looked up once, so a result that fits costs a lookup per answer. A
 * result that might not fit goes through `checkResultForBank` itself, which finds and words its problems;
 * the problems are always exactly that function's.
 */
export function resultChecker(index: BankIndex): (result: ResultFile) => Problem[] {
  const { bank } = index;
  const scales = new Map(
    [...index.items.keys()].flatMap((itemId) => {
      const scale = index.itemScale.get(itemId);
      if (scale === undefined) return [];
      return [[itemId, { points: new Set(scale.points.map((point) => point.value)), scale }] as const];
    }),
  );
  // The first question or prompt of an id, as `find` gives it.
  const firstById = <T extends { readonly id: string }>(list: readonly T[]) => {
    const byId = new Map<string, T>();
    for (const entry of list) if (!byId.has(entry.id)) byId.set(entry.id, entry);
    return byId;
  };
  const options = new Map(
    [...firstById(bank.context)].map(([id, question]) => [id, new Set(question.options.map((o) => o.id))]),
  );
  const prompts = firstById(bank.reflections.prompts);
  const situations = bank.situations;
  const situationIds = new Set(situations?.prompts.map((prompt) => prompt.id) ?? []);
  // Records are read with `for…in`: it visits every own enumerable key (the entries checkResultForBank
  // reads) and any inherited one, which can only send a result the long way round.
  const isRecord = (record: object) =>
    typeof record === 'object' && (record as unknown) !== null && !Array.isArray(record);
  /** Whether `record` is an object whose every key visited passes `fits`. */
  const every = <T>(record: Readonly<Record<string, T>>, fits: (key: string, value: T) => boolean) => {
    if (!isRecord(record)) return false;
    for (const key in record) if (!fits(key, record[key] as T)) return false;
    return true;
  };
  // The answers (a hundred or so per result) without a call per answer.
  const fitsAnswers = (answers: Answers) => {
    if (!isRecord(answers)) return false;
    for (const itemId in answers) {
      const known = scales.get(itemId);
      if (known === undefined) return false;
      const value = answers[itemId];
      if (value === null) {
        if (known.scale.notApplicable === undefined) return false;
      } else if (typeof value !== 'number' || !known.points.has(value)) return false;
    }
    return true;
  };
  const fitsContext = (questionId: string, optionId: string) =>
    options.get(questionId)?.has(optionId) === true;
  const fitsReflection = (promptId: string, value: string | number) => {
    const prompt = prompts.get(promptId);
    if (prompt === undefined) return false;
    if (prompt.kind !== 'slider') return typeof value === 'string';
    return typeof value === 'number' && !(value < prompt.min || value > prompt.max);
  };
  const fitsChoice = (situationId: string, roles: readonly string[]) =>
    situations !== undefined &&
    Array.isArray(roles) &&
    situationIds.has(situationId) &&
    roles.length <= situations.pick &&
    new Set(roles).size === roles.length &&
    roles.every(
      (role: unknown) =>
        typeof role === 'string' && index.dimensions.get(role)?.section === situations.section,
    );
  return (result) => {
    const { answers, context, reflections, choices } = result;
    const fits =
      fitsAnswers(answers) &&
      every(context, fitsContext) &&
      every(reflections, fitsReflection) &&
      every(choices ?? {}, fitsChoice);
    return fits ? [] : checkResultForBank(index, result);
  };
}
