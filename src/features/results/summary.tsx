import { useTranslation } from 'react-i18next';
import type { ContextAnswers } from '../../domain/answers';
import type { BankIndex } from '../../domain/bank/model';
import type { Scores } from '../../domain/scoring';
import { useBankText, useNumberFormat } from '../../i18n/bank-text';

/** A titled list of names, or a dash when there are none. */
function NamedList({ title, names }: { readonly title: string; readonly names: readonly string[] }) {
  return (
    <div>
      <h4>{title}</h4>
      {names.length > 0 ? (
        <ul>
          {names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">—</p>
      )}
    </div>
  );
}

/** The summary: relative strengths and development points per section, flags, and the phase's roles. */
export function Summary({
  index,
  scores,
  context,
}: {
  readonly index: BankIndex;
  readonly scores: Scores;
  readonly context: ContextAnswers;
}) {
  const { bank } = index;
  const { t } = useTranslation();
  const text = useBankText(bank);
  const format = useNumberFormat();
  const nameOf = (id: string) => text(index.dimensions.get(id)?.name);
  const phaseQuestion = bank.context.find((q) => q.id === bank.scoring.phaseQuestion);
  const phaseOption = phaseQuestion?.options.find((o) => o.id === context[phaseQuestion.id]);

  return (
    <section aria-labelledby="summary-title" className="results-section">
      <h2 id="summary-title">{t('results.summaryTitle')}</h2>
      {scores.sections.map((profile) => {
        const section = index.sections.get(profile.section);
        return (
          <div key={profile.section} className="card">
            <h3>{text(section?.title)}</h3>
            {profile.status === 'insufficient' && <p>{t('results.insufficient')}</p>}
            {profile.status === 'balanced' && (
              <p>{t('results.balanced', { threshold: format(profile.threshold) })}</p>
            )}
            {profile.status === 'profile' && (
              <div className="two-columns">
                <NamedList title={t('results.strengths')} names={profile.strengths.map(nameOf)} />
                <NamedList title={t('results.development')} names={profile.development.map(nameOf)} />
              </div>
            )}
            {profile.mean !== null && (
              <p className="muted small">
                {t('results.relativeHelp', {
                  mean: format(profile.mean),
                  threshold: format(profile.threshold),
                })}
              </p>
            )}
          </div>
        );
      })}

      {scores.flags.length > 0 && (
        <div className="card">
          <h3>{t('results.flagsTitle')}</h3>
          <ul>
            {scores.flags.map((flag) => (
              <li key={flag.id}>{text(bank.scoring.flags.find((rule) => rule.id === flag.id)?.message)}</li>
            ))}
          </ul>
        </div>
      )}

      {phaseQuestion && (
        <div className="card">
          <h3>{t('results.phaseTitle')}</h3>
          {phaseOption ? (
            <>
              <p>{t('results.phaseHint', { phase: text(phaseOption.label) })}</p>
              <ul>
                {scores.hints.dimensions.map((id) => (
                  <li key={id}>{nameOf(id)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('results.phaseNone')}</p>
          )}
        </div>
      )}
    </section>
  );
}
