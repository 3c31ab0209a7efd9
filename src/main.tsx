import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadResults } from './app/participant-views';
import { registerServiceWorker } from './app/service-worker';
import { DEFAULT_BANK } from './banks/catalogue';
import i18next from 'i18next';
import { initI18n } from './i18n';
import { hasBankLink, useBankLink } from './state/bank-link-status';
import { startDurableSync, useAssessment } from './state/assessment';
import { useBank } from './state/bank';
import { useRoute } from './state/route';
import './ui/global.css';

// Fetch the participant's bank at once, in parallel with starting i18n (the saved assessment is restored
// synchronously from localStorage when its store is created), and render once both are ready, so the
// first paint already shows the question. A failed load renders too: the app then explains the failure.
const bankLoaded = useBank.getState().load(useAssessment.getState().bank ?? DEFAULT_BANK);
// Opening the results directly (a reload, a bookmark): fetch their code at once, in parallel, so the first
// render shows them without a loading step.
const resultsLoaded = useRoute.getState().view === 'results' ? loadResults() : null;
// Opened with a bank link (`#b=…`): say it is being checked from the first render; its code loads now.
const bankLink = hasBankLink(location.hash);
if (bankLink) useBankLink.setState({ status: 'checking' });

const root = document.getElementById('root');
if (root)
  void Promise.all([initI18n(), bankLoaded, resultsLoaded]).then(() => {
    const reactRoot = createRoot(root);
    // Render the first screen in this task rather than a scheduled one: it is all the page has to do now.
    flushSync(() =>
      reactRoot.render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    );
    // The durable store (IndexedDB) is not needed to show the first question: its code loads in the next
    // task, after the first render. Answers given before then are queued for it (see assessment.ts).
    setTimeout(() => void startDurableSync(), 0);
    // A bank link, at load or pasted into the address bar of an open tab (then only the fragment changes).
    const openBankLink = () => {
      if (!hasBankLink(location.hash)) return;
      useBankLink.setState({ status: 'checking' });
      void import('./state/bank-link-open').then((module) =>
        module.openBankLink(location.hash, i18next.language),
      );
    };
    if (bankLink) openBankLink();
    window.addEventListener('hashchange', openBankLink);
    registerServiceWorker();
  });
