import { useTranslation } from 'react-i18next';
import { pathOf, useRoute, type View } from '../state/route';

/** An address that is none of the app's pages: say so, and offer the pages there are. */
export function NotFound() {
  const { t } = useTranslation();
  const navigate = useRoute((state) => state.navigate);
  const link = (view: View, label: string) => (
    <a
      href={pathOf(view)}
      onClick={(event) => {
        event.preventDefault();
        navigate(view);
      }}
    >
      {label}
    </a>
  );
  return (
    <>
      <h1>{t('app.notFoundTitle')}</h1>
      <p>{t('app.notFound', { path: location.pathname.slice(0, 120) })}</p>
      <ul>
        <li>{link('intro', t('app.forParticipants'))}</li>
        <li>{link('facilitator', t('app.forFacilitators'))}</li>
        <li>{link('coach', t('app.forCoaches'))}</li>
      </ul>
    </>
  );
}
