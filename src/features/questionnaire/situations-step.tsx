import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import { useBankText } from '../../i18n/bank-text';
import { useAssessment } from '../../state/assessment';

/**
 * Roles in context: per situation (one per network phase) the roles to take up first, as checkboxes; at most
 * the bank's number per situation (the others are disabled once that many are chosen). Not scored.
 */
export function SituationsStep({ index }: { readonly index: BankIndex }) {
  const { t } = useTranslation();
  const text = useBankText(index.bank);
  const choices = useAssessment((state) => state.choices);
  const setChoice = useAssessment((state) => state.setChoice);
  const situations = index.bank.situations;
  if (!situations) return null;
  const roles = index.sectionDimensions.get(situations.section) ?? [];
  return (
    <div className="situations">
      <p className="prose">{text(situations.intro)}</p>
      {situations.prompts.map((prompt, position) => {
        const chosen = choices[prompt.id] ?? [];
        const full = chosen.length >= situations.pick;
        return (
          <fieldset key={prompt.id} className="item situation">
            <legend className="item-text">
              <span className="item-number">
                {t('questionnaire.situationNumber', { number: position + 1 })}
              </span>{' '}
              {text(prompt.text)}
            </legend>
            <p className="muted small" id={`pick-${prompt.id}`}>
              {t('questionnaire.pickRoles', { count: situations.pick, chosen: chosen.length })}
            </p>
            <div className="choices" aria-describedby={`pick-${prompt.id}`}>
              {roles.map((role) => {
                const checked = chosen.includes(role.id);
                return (
                  <label key={role.id} className="choice">
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={!checked && full}
                      onChange={(event) =>
                        setChoice(
                          prompt.id,
                          event.target.checked ? [...chosen, role.id] : chosen.filter((id) => id !== role.id),
                        )
                      }
                    />
                    <span>{text(role.name)}</span>
                  </label>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
