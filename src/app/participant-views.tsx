import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { loadViewStrings } from '../i18n';
import { DEFAULT_BANK, isBundled, parseRefKey, refKey, type BankRef } from '../banks/catalogue';
import type { BankIndex } from '../domain/bank/model';
import { compareVersions } from '../domain/semver';
import { BankRequest, SwitchStatus } from '../features/intro/bank-request';
import { IntroPage } from '../features/intro/intro-page';
import { QuestionnairePage } from '../features/questionnaire/questionnaire-page';
import { keepAsideAndReset, useAssessment } from '../state/assessment';
import { useBank } from '../state/bank';
import { clearSwitchOutcome } from '../state/bank-switch';
import { useCustomBanks } from '../state/custom-banks';
import { useBankLink } from '../state/bank-link-status';
import { useSyncStatus } from '../state/sync-status';
import { requestedBank, useRoute } from '../state/route';
import { Loading } from './loading';
import { preloadable } from './preloadable';

const results = preloadable<{ readonly index: BankIndex }>(() =>
  Promise.all([import('../features/results/results-page'), loadViewStrings()]).then(([m]) => m),
);
const ResultsPage = results.Component;
/** Fetches the results page's code and strings (before the participant asks for it). */
export const loadResults = results.preload;

const BankLinkRefused = lazy(() =>
  Promise.all([import('../features/intro/bank-link-refused'), loadViewStrings()]).then(([m]) => m),
);

/** The bank a participant link asks for, and whether this app has it. */
function useRequestedBank(): { readonly requested: string | null; readonly available: BankRef | null } {
  const search = useRoute((state) => state.search);
  const custom = useCustomBanks((state) => state.banks);
  const requested = requestedBank(search);
  const ref = requested === null ? null : parseRefKey(requested);
  const available =
    ref !== null && (isBundled(ref) || custom.some((bank) => bank.key === refKey(ref))) ? ref : null;
  return { requested, available };
}

/** The participant's intro, questionnaire and results, on the bank of their assessment (or the one asked for). */
export function ParticipantViews() {
  const { t } = useTranslation();
  const view = useRoute((state) => state.view);
  const navigate = useRoute((state) => state.navigate);
  const savedBank = useAssessment((state) => state.bank);
  const startedAt = useAssessment((state) => state.startedAt);
  const current = useBank((state) => state.current);
  const load = useBank((state) => state.load);
  const { requested, available } = useRequestedBank();
  const bankLink = useBankLink((state) => state.status);
  const trial = useBank((state) => state.trial);
  const inProgress = startedAt !== null && savedBank !== null;
  const wanted = inProgress ? savedBank : trial !== null ? trial.bank : (available ?? DEFAULT_BANK);
  const wantedKey = refKey(wanted);

  useEffect(() => {
    void load(parseRefKey(wantedKey) ?? DEFAULT_BANK);
  }, [load, wantedKey]);

  // Not started: back to the intro, once the durable copy has been read (after a crash the mirror the page
  // restored from can be older than it).
  const restored = useSyncStatus((state) => state.restored);
  useEffect(() => {
    if (view === 'questionnaire' && startedAt === null && restored) navigate('intro', { replace: true });
  }, [view, startedAt, restored, navigate]);

  // A switch's confirmation stays on the intro until the participant moves on.
  useEffect(() => {
    if (view !== 'intro') clearSwitchOutcome();
  }, [view]);

  // While the participant answers, fetch the results code in the background, so it opens at once.
  useEffect(() => {
    if (view !== 'questionnaire') return;
    const timer = window.setTimeout(() => void loadResults(), 3000);
    return () => window.clearTimeout(timer);
  }, [view]);

  // A bank link is checked before anything else is offered; a refused one offers no questionnaire instead.
  if (bankLink === 'checking')
    return (
      <p className="muted" role="status">
        {t('request.bankLinkChecking')}
      </p>
    );
  if (bankLink === 'refused')
    return (
      <Suspense fallback={<Loading />}>
        <BankLinkRefused />
      </Suspense>
    );
  if (current.status === 'missing' || current.status === 'failed')
    return (
      <div className="card card-attention" role="alert">
        <p>
          {current.status === 'missing'
            ? t('app.bankMissing', { bank: refKey(current.ref) })
            : t('app.bankFailed', { message: current.message })}
        </p>
        <button type="button" className="button button-primary" onClick={keepAsideAndReset}>
          {t('app.useDefault')}
        </button>
      </div>
    );
  if (current.status !== 'ready' || refKey(current.ref) !== wantedKey) return <Loading />;
  const { index } = current;
  switch (view) {
    case 'questionnaire':
      return startedAt === null ? <Loading /> : <QuestionnairePage index={index} />;
    case 'results':
      return (
        <Suspense fallback={<Loading what="results" />}>
          <ResultsPage index={index} />
        </Suspense>
      );
    default:
      // A link to a bank this app does not have: say so and list the ones it has, but offer no Start button.
      if (requested !== null && available === null && !inProgress)
        return <BankRequest requested={requested} available={null} current={null} />;
      return (
        <>
          <SwitchStatus />
          {requested !== null ? (
            <BankRequest
              requested={requested}
              available={available}
              current={inProgress ? savedBank : null}
            />
          ) : (
            inProgress &&
            savedBank.id === DEFAULT_BANK.id &&
            compareVersions(savedBank.version, DEFAULT_BANK.version) < 0 && (
              <BankRequest
                requested={refKey(DEFAULT_BANK)}
                available={DEFAULT_BANK}
                current={savedBank}
                reason="newer"
              />
            )
          )}
          <IntroPage index={index} />
        </>
      );
  }
}
