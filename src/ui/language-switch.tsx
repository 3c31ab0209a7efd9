import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../i18n';

/** Two buttons, NL and EN; the current language is marked pressed. Each button is named in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="language-button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => void setLanguage(language)}
        >
          <span aria-hidden="true">{language.toUpperCase()}</span>
          <span className="visually-hidden">{t(`app.languageNames.${language}`, { lng: language })}</span>
        </button>
      ))}
    </div>
  );
}
