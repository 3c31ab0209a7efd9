import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import { estimateMinutes } from '../../domain/questionnaire';
import { useBankText } from '../../i18n/bank-text';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useAssessment } from '../../state/assessment';
import { useBank } from '../../state/bank';
import { useProgress } from '../../state/derived';
import { useRoute } from '../../state/route';
import { ContextQuestions } from './context-questions';

/** What the measurement is, how long it takes, privacy, context questions, and start / continue. */
/** Opens a bank file a participant received: checked, kept in this browser and started (code loads now). */
async function openReceivedBank(file: File, language: string): Promise<void> {
  const [bytes, module] = await Promise.all([file.arrayBuffer(), import('../../state/bank-link-open')]);
  await module.openBank(new Uint8Array(bytes), language);
}

export function IntroPage({ index }: { readonly index: BankIndex }) {
  const { bank } = index;
  const { t, i18n } = useTranslation();
  const trying = useBank((state) => state.trial !== null);
  const text = useBankText(bank);
  const navigate = useRoute((state) => state.navigate);
  const startedAt = useAssessment((state) => state.startedAt);
  const completedAt = useAssessment((state) => state.completedAt);
  const savedBank = useAssessment((state) => state.bank);
  const start = useAssessment((state) => state.start);
  const reset = useAssessment((state) => state.reset);
  const { answered, total } = useProgress(index);
  const [confirming, setConfirming] = useState(false);
  const inProgress = startedAt !== null && savedBank?.id === bank.id && savedBank.version === bank.version;

  return (
    <>
      <h1>{text(bank.title)}</h1>
      {/* A returning participant sees where they are first, before the introduction they have read. */}
      {inProgress && (
        <section className="card" aria-live="polite">
          <p>{completedAt !== null ? t('intro.completed') : t('intro.inProgress', { answered, total })}</p>
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => navigate(completedAt !== null ? 'results' : 'questionnaire')}
            >
              {completedAt !== null ? t('intro.viewResults') : t('intro.continue')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              {t('intro.startOver')}
            </button>
          </div>
        </section>
      )}
      <p className="lead">
        {t('intro.duration', { minutes: estimateMinutes(index), count: bank.items.length })}
      </p>
      <p className="prose">{text(bank.intro)}</p>

      <section className="card card-quiet" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('intro.privacyTitle')}</h2>
        <p>{trying ? t('trial.privacy') : t('intro.privacy')}</p>
      </section>

      <section aria-labelledby="instruction-title">
        <h2 id="instruction-title">{t('intro.instructionTitle')}</h2>
        <p className="prose">{text(bank.instruction)}</p>
      </section>

      <ContextQuestions bank={bank} />

      {!inProgress && (
        <div className="actions">
          <button
            type="button"
            className="button button-primary button-large"
            onClick={() => {
              start({ id: bank.id, version: bank.version });
              navigate('questionnaire');
            }}
          >
            {t('intro.start')}
          </button>
        </div>
      )}

      {!inProgress && (
        <details className="received-bank">
          <summary>{t('intro.receivedFile')}</summary>
          <p className="muted">{t('intro.receivedFileHelp')}</p>
          <label className="field">
            <span>{t('intro.receivedFileLabel')}</span>
            <input
              type="file"
              accept=".json,application/json"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void openReceivedBank(file, i18n.language);
              }}
            />
          </label>
        </details>
      )}

      <ConfirmDialog
        open={confirming}
        destructive
        title={t('intro.startOverTitle')}
        confirmLabel={t('intro.startOverConfirm')}
        cancelLabel={t('intro.cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          reset();
        }}
      >
        <p>{t('intro.startOverBody')}</p>
      </ConfirmDialog>
    </>
  );
}
