import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, isLanguage } from '../i18n';

/** The composition root. */
export function App() {
  const { t, i18n } = useTranslation();
  return (
    <main className="page">
      <h1>{t('app.title')}</h1>
      <p>{t('app.settingUp')}</p>
      <label>
        {t('app.language')}{' '}
        <select
          value={i18n.language}
          onChange={(event) => {
            if (isLanguage(event.target.value)) void setLanguage(event.target.value);
          }}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {language.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
    </main>
  );
}
