import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_BANK, isBundled, refKey } from '../banks/catalogue';
import { IntroPage } from '../features/intro/intro-page';
import { QuestionnairePage } from '../features/questionnaire/questionnaire-page';
import { keepAsideAndReset, useAssessment } from '../state/assessment';
import { useBank } from '../state/bank';
import { useRoute } from '../state/route';
import { LanguageSwitch } from '../ui/language-switch';
import { ErrorBoundary } from './error-boundary';
import { StorageNotices } from './storage-notices';

const loadResults = () => import('../features/results/results-page');
const ResultsPage = lazy(loadResults);

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('app.loading')}
    </p>
  );
}

/** Loads the participant's bank and shows the view the URL names. */
function ParticipantViews() {
  const { t } = useTranslation();
  const view = useRoute((state) => state.view);
  const navigate = useRoute((state) => state.navigate);
  const savedBank = useAssessment((state) => state.bank);
  const startedAt = useAssessment((state) => state.startedAt);
  const current = useBank((state) => state.current);
  const load = useBank((state) => state.load);
  const wanted = savedBank ?? DEFAULT_BANK;

  useEffect(() => {
    void load(wanted);
  }, [load, wanted]);

  useEffect(() => {
    if (view === 'questionnaire' && startedAt === null) navigate('intro', { replace: true });
  }, [view, startedAt, navigate]);

  // While the participant answers, fetch the results code in the background, so it opens at once.
  useEffect(() => {
    if (view !== 'questionnaire') return;
    const timer = window.setTimeout(() => void loadResults(), 3000);
    return () => window.clearTimeout(timer);
  }, [view]);

  if (current.status === 'missing' || current.status === 'failed')
    return (
      <div className="card card-attention" role="alert">
        <p>
          {current.status === 'missing'
            ? t('app.bankMissing', { bank: refKey(current.ref) })
            : t('app.bankFailed', { message: current.message })}
        </p>
        {!isBundled(current.ref) || current.status === 'failed' ? (
          <button type="button" className="button button-primary" onClick={keepAsideAndReset}>
            {t('app.useDefault')}
          </button>
        ) : null}
      </div>
    );
  if (current.status !== 'ready' || refKey(current.ref) !== refKey(wanted)) return <Loading />;
  const { index } = current;
  switch (view) {
    case 'questionnaire':
      return startedAt === null ? <Loading /> : <QuestionnairePage index={index} />;
    case 'results':
      return (
        <Suspense fallback={<Loading />}>
          <ResultsPage index={index} />
        </Suspense>
      );
    case 'intro':
      return <IntroPage index={index} />;
  }
}

/** The composition root: header, notices, the current view, footer. */
export function App() {
  const { t } = useTranslation();
  const navigate = useRoute((state) => state.navigate);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header no-print">
        <div className="header-inner">
          <a
            className="brand"
            href="/"
            onClick={(event) => {
              event.preventDefault();
              navigate('intro');
            }}
          >
            {t('app.title')}
          </a>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <StorageNotices />
        <ErrorBoundary>
          <ParticipantViews />
        </ErrorBoundary>
      </main>
      <footer className="site-footer no-print">
        <p>{t('app.privacy')}</p>
      </footer>
    </>
  );
}
