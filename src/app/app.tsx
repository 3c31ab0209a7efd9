import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { readEditionTitle } from '../banks/embedded';
import { pickText } from '../domain/bank/texts';
import { loadViewStrings } from '../i18n';
import { useBank } from '../state/bank';
import { pathOf, useRoute, type View } from '../state/route';
import { LanguageSwitch } from '../ui/language-switch';
import { ErrorBoundary } from './error-boundary';
import { Loading } from './loading';
import { NotFound } from './not-found';
import { ParticipantViews } from './participant-views';
import { StorageNotices } from './storage-notices';

// Facilitator, coach, cohort and shared-link views, and the results view they show, load only when opened,
// together with their interface strings.
function withStrings<T>(module: Promise<T>): Promise<T> {
  return Promise.all([module, loadViewStrings()]).then(([loaded]) => loaded);
}
const FacilitatorPage = lazy(() => withStrings(import('../features/facilitator/facilitator-page')));
const CoachPage = lazy(() => withStrings(import('../features/coach/coach-page')));
const CohortPage = lazy(() => withStrings(import('../features/cohort/cohort-page')));
const SharedView = lazy(() => withStrings(import('./shared-view')));
const FormatHelp = lazy(() => withStrings(import('../features/facilitator/format-help')));
const RaterPage = lazy(() => withStrings(import('../features/rater/rater-page')));
const FeedbackPage = lazy(() => withStrings(import('../features/feedback/feedback-page')));
const TrialBanner = lazy(() => withStrings(import('../features/trial/trial-banner')));
const ResultsView = lazy(() =>
  withStrings(import('../features/results/results-view')).then((m) => ({ default: m.ResultsView })),
);

function RoleViews({ view }: { readonly view: View }) {
  switch (view) {
    case 'facilitator':
      return <FacilitatorPage />;
    case 'coach':
      return <CoachPage renderResults={(props) => <ResultsView {...props} />} />;
    case 'cohort':
      return <CohortPage />;
    case 'shared':
      return <SharedView renderResults={(props) => <ResultsView {...props} />} />;
    case 'help':
      return <FormatHelp />;
    case 'rate':
      return <RaterPage />;
    case 'feedback':
      return <FeedbackPage />;
    case 'not-found':
      return <NotFound />;
    default:
      return <ParticipantViews />;
  }
}

/** The edition's name (its default bank's title), for views that run no bank of their own. */
const editionTitle = readEditionTitle();

/** The composition root: header, notices, the current view, footer with the role links. */
export function App() {
  const { t, i18n } = useTranslation();
  const view = useRoute((state) => state.view);
  // The app speaks of the bank it runs: its header and the page title carry the bank's own title.
  const current = useBank((state) => state.current);
  const trying = useBank((state) => state.trial !== null);
  const brand =
    current.status === 'ready'
      ? pickText(current.bank.title, i18n.language, current.bank.languages)
      : editionTitle
        ? pickText(editionTitle, i18n.language, Object.keys(editionTitle))
        : t('app.title');
  useEffect(() => {
    document.title = brand;
  }, [brand]);
  const navigate = useRoute((state) => state.navigate);
  const link = (target: View, label: string) => (
    <a
      href={pathOf(target)}
      aria-current={view === target ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        navigate(target);
      }}
    >
      {label}
    </a>
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header no-print">
        <div className="header-inner">
          <a
            className="brand"
            href={pathOf('intro')}
            onClick={(event) => {
              event.preventDefault();
              navigate('intro');
            }}
          >
            {brand}
          </a>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <StorageNotices />
        {trying && (
          <Suspense fallback={null}>
            <TrialBanner />
          </Suspense>
        )}
        <ErrorBoundary>
          <Suspense fallback={<Loading />}>
            <RoleViews view={view} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer no-print">
        <p>{t('app.privacy')}</p>
        <nav aria-label={t('app.roles')}>
          <ul className="role-links">
            <li>{link('intro', t('app.forParticipants'))}</li>
            <li>{link('facilitator', t('app.forFacilitators'))}</li>
            <li>{link('coach', t('app.forCoaches'))}</li>
          </ul>
        </nav>
      </footer>
    </>
  );
}
