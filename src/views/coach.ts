/** The view model of the coach's list of opened results: who, when, which questionnaire, in plain words. */
import { resultDate, type ResultFile } from '../domain/result-file';
import { formatDate } from '../i18n/numbers';
import type { Translate } from './describe';

export interface CoachListRow {
  readonly key: string;
  /** The participant's name as written (cleaned when the file was read), or "(no name)". */
  readonly name: string;
  readonly date: string;
  readonly bank: string;
  /** The accessible name of the row's compare checkbox. */
  readonly compareLabel: string;
  readonly unfinished: boolean;
}

/** The rows of the coach's list of opened results, in the order they were opened. */
export function buildCoachList(
  results: readonly { readonly key: string; readonly result: ResultFile }[],
  language: string,
  t: Translate,
): CoachListRow[] {
  return results.map(({ key, result }) => {
    const name = result.name ?? t('coach.anonymous');
    const date = formatDate(language, resultDate(result), 'medium');
    return {
      key,
      name,
      date,
      bank: `${result.bank.id} ${result.bank.version}`,
      compareLabel: t('coach.compareThis', { name, date }),
      unfinished: result.completedAt === null,
    };
  });
}
