/** Why a result file, share link or bank file was refused, in the reader's language. */
import type { CohortRefusal } from '../domain/cohort/load';
import { isProblemCode } from '../domain/problem-codes';
import type { Problem } from '../domain/problems';
import type { ResultRefusal } from '../domain/result-file';
import type { Translate } from './describe';

/** The kinds of value a problem can say it expected or found (`problems.types.<kind>`). */
const TYPES = [
  'string',
  'number',
  'int',
  'boolean',
  'object',
  'record',
  'array',
  'literal',
  'nothing',
  'null',
  'other',
] as const;
/** The kinds of bank part a problem can name (`problems.kinds.<kind>`). */
const KINDS = [
  'scale',
  'section',
  'dimension',
  'item',
  'context-question',
  'option',
  'reflection',
  'band',
  'flag',
  'situation',
  'rater-group',
] as const;

function oneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/**
 * The sentence for one problem, without its path (e.g. "is missing: the bank declares \"en\""). Values that
 * name a kind of thing are words too: they are translated before they go into the sentence.
 */
export function problemText(t: Translate, problem: Problem): string {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(problem.values ?? {})) {
    if ((key === 'expected' || key === 'found') && oneOf(TYPES, value))
      values[key] = t(`problems.types.${value}`);
    else if (key === 'kind' && oneOf(KINDS, value)) values[key] = t(`problems.kinds.${value}`);
    else if (key === 'rule' && typeof value === 'string' && isProblemCode(value))
      values[key] = t(`problems.${value}`);
    else values[key] = value;
  }
  const sentence = t(`problems.${problem.code}`, values);
  const { expected } = problem;
  if (expected === undefined) return sentence;
  const empty =
    expected.emptyAllowed === true
      ? ` ${t('problemHints.emptyAllowed')}`
      : expected.emptyAllowed === false
        ? ` ${t('problemHints.emptyNotAllowed')}`
        : '';
  return `${sentence}. ${t('problemHints.expectedShape', { shape: expected.shape })}${empty}`;
}

/**
 * One plain sentence for a refusal; invalid files also list their problems. `archive` is the cohort view's:
 * a zip archive or JSON-lines file (or one of its entries) that could not be read.
 */
export function describeRefusal(
  t: Translate,
  refusal: ResultRefusal | CohortRefusal | { readonly reason: 'bad-link' },
): string {
  switch (refusal.reason) {
    case 'too-large':
      return t('import.tooLarge', { size: (refusal.chars / 1_000_000).toFixed(1) });
    case 'not-json':
      return t('import.notJson', { detail: problemText(t, refusal.problem) });
    case 'not-result':
      return t('import.notResult');
    case 'newer-format':
      return t('import.newerFormat', { version: refusal.formatVersion });
    case 'invalid':
      return t('import.invalid', { count: refusal.problems.length });
    case 'bad-link':
      return t('import.badLink');
    case 'archive':
      return t('import.archive', { detail: problemText(t, refusal.problem) });
  }
}
