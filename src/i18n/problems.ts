/** Problems found in a file, worded in the reader's language (`problems.<code>` in the interface strings). */
import type { Problem } from '../domain/problems';

import type { TFunction } from 'i18next';

/** Values that name a kind of thing are words too: translate them before they go into the sentence. */
const WORD_VALUES: Readonly<Record<string, string>> = { expected: 'types', found: 'types', kind: 'kinds' };

/** The sentence for one problem, without its path (e.g. "is missing: the bank declares \"en\""). */
export function problemText(t: TFunction, problem: Problem): string {
  // Problem codes are data, so the keys are built at run time rather than checked by the compiler.
  const word = t as unknown as (key: string, values?: Record<string, unknown>) => string;
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(problem.values ?? {})) {
    const group = WORD_VALUES[key];
    if (group !== undefined && typeof value === 'string') values[key] = word(`problems.${group}.${value}`);
    else if (key === 'rule' && typeof value === 'string') values[key] = word(`problems.${value}`);
    else values[key] = value;
  }
  return word(`problems.${problem.code}`, values);
}
