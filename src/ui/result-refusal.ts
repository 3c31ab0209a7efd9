/** Why a result file or share link was refused, in the interface language. */
import type { TFunction } from 'i18next';
import type { ResultRefusal } from '../domain/result-file';
import { problemText } from '../i18n/problems';

/** One plain sentence for a refusal; invalid files also list their problems (see `ProblemList`). */
export function describeRefusal(
  t: TFunction,
  refusal: ResultRefusal | { readonly reason: 'bad-link' },
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
  }
}
