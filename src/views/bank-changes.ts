/** The changes between two versions of a bank in plain words, for the CLI's diff and the facilitator page. */
import type { BankChange } from '../domain/bank/diff';
import type { Translate } from './describe';

/** One change: "item x removed → new major version (…)", "item y reworded (nl, en) → patch version (…)". */
export function describeBankChange(t: Translate, change: BankChange): string {
  return t(`cli.change.${change.kind}`, {
    what: t(`cli.area.${change.area}`, { defaultValue: change.area }),
    id: change.id === '' ? '' : ` ${change.id}`,
    languages: change.languages.length === 0 ? '' : ` (${change.languages.join(', ')})`,
    bump: t(`cli.bump.${change.bump}`),
  });
}
