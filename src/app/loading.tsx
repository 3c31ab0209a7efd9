import { useTranslation } from 'react-i18next';

/** A polite "loading" line for views and chunks that are on their way; `results` says what is coming. */
export function Loading({ what }: { readonly what?: 'results' }) {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {what === 'results' ? t('app.loadingResults') : t('app.loading')}
    </p>
  );
}
