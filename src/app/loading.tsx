import { useTranslation } from 'react-i18next';

/** A polite "loading" line for views and chunks that are on their way. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('app.loading')}
    </p>
  );
}
