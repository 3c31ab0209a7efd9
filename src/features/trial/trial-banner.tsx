import { useTranslation } from 'react-i18next';
import { pickText } from '../../domain/bank/texts';
import { useBank } from '../../state/bank';
import { endTrial } from '../../state/trial';

/** Says, on every page of a trial, that nothing is saved, and ends it. */
export default function TrialBanner() {
  const { t, i18n } = useTranslation();
  const trial = useBank((state) => state.trial);
  if (trial === null) return null;
  const { bank } = trial;
  return (
    <div className="card card-attention trial-banner" role="region" aria-label={t('trial.label')}>
      <p>{t('trial.text', { title: pickText(bank.title, i18n.language, bank.languages) })}</p>
      <div className="actions">
        <button type="button" className="button" onClick={endTrial}>
          {t('trial.end')}
        </button>
      </div>
    </div>
  );
}
