import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { importRoundKeyFile, MAX_KEY_FILE_CHARS, type KeyFileRefusal } from '../../crypto/key-file';
import type { BankIndex } from '../../domain/bank/model';
import type { ResultFile } from '../../domain/result-file';
import { decodeTextFile } from '../../domain/text-file';
import { openTokens, type ImportOutcome } from '../../state/feedback-import';
import { tokensOfFiles, tokensOfPasted, type Intake } from '../../state/response-intake';
import { ResponseIntakeForm } from '../../ui/response-intake-form';
import { readFileBytes } from '../../ui/read-file';
import type { Translate } from '../../views/describe';
import { importOutcomeText, keyFileRefusalText } from '../../views/feedback-import';
import { openedFor, useOpenedFeedback, type OpenedFeedback } from './opened-feedback';

type Feedback = NonNullable<ResultFile['feedback']>;

/** Why a key file does not open this result's feedback. */
type KeyRefusal = KeyFileRefusal | 'other-round' | { readonly otherBank: string };

function keyRefusalText(t: Translate, refusal: KeyRefusal, result: ResultFile): string {
  if (typeof refusal === 'object')
    return t('coach.feedbackOtherBank', {
      key: refusal.otherBank,
      expected: `${result.bank.id}@${result.bank.version}`,
    });
  return refusal === 'other-round' ? t('coach.feedbackOtherRound') : keyFileRefusalText(t, refusal);
}

/**
 * Opens a result's feedback with a round key file: the key must be this result's round and bank; the
 * result's responses are opened and checked against its bank. Never throws.
 */
async function openWithKey(
  file: File,
  passphrase: string,
  result: ResultFile,
  feedback: Feedback,
  index: BankIndex,
): Promise<
  | { readonly ok: true; readonly opened: OpenedFeedback }
  | { readonly ok: false; readonly refusal: KeyRefusal }
> {
  // A file far over a key file's size is not one; reading it whole would only cost memory.
  if (file.size > MAX_KEY_FILE_CHARS * 4) return { ok: false, refusal: 'not-key-file' };
  const bytes = await readFileBytes(file).catch(() => null);
  const decoded = bytes === null ? null : decodeTextFile(bytes);
  if (!decoded?.ok) return { ok: false, refusal: 'not-key-file' };
  const reading = await importRoundKeyFile(decoded.text, passphrase);
  if (!reading.ok) return { ok: false, refusal: reading.reason };
  const { round, metadata } = reading;
  if (round.roundId !== feedback.roundId) return { ok: false, refusal: 'other-round' };
  if (metadata.bank.id !== result.bank.id || metadata.bank.version !== result.bank.version)
    return { ok: false, refusal: { otherBank: `${metadata.bank.id}@${metadata.bank.version}` } };
  const opening = { roundId: round.roundId, privateKey: round.privateKey, groups: metadata.groups };
  const batch = await openTokens(
    feedback.responses.map((token) => ({ token })),
    opening,
    index,
    new Set(),
  );
  return {
    ok: true,
    opened: {
      round: opening,
      from: feedback.responses,
      responses: batch.responses,
      refused: batch.outcomes.filter((outcome) => outcome.kind === 'refused'),
    },
  };
}

/** Outcomes as a list, one sentence each. */
function Outcomes({
  index,
  outcomes,
}: {
  readonly index: BankIndex;
  readonly outcomes: readonly ImportOutcome[];
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="prose">
      {outcomes.map((outcome, i) => (
        <li key={i}>{importOutcomeText(t, index, outcome, i18n.language)}</li>
      ))}
    </ul>
  );
}

interface FeedbackKeyProps {
  readonly resultKey: string;
  readonly result: ResultFile;
  readonly feedback: Feedback;
  readonly index: BankIndex;
}

/**
 * A result's 360° feedback on the coach's page: how many encrypted responses it carries and a form to open
 * them with the participant's round key file; once open, how many were read (and why any were not), and a
 * way to add responses the coach received.
 */
export function FeedbackKey({ resultKey, result, feedback, index }: FeedbackKeyProps) {
  const { t } = useTranslation();
  const id = useId();
  const opened = useOpenedFeedback((state) => openedFor(state.byResult[resultKey], feedback));
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<KeyRefusal | null>(null);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!file || passphrase === '' || busy) return;
    setBusy(true);
    setRefusal(null);
    void openWithKey(file, passphrase, result, feedback, index).then((reading) => {
      setBusy(false);
      if (!reading.ok) {
        setRefusal(reading.refusal);
        return;
      }
      setPassphrase('');
      useOpenedFeedback.getState().open(resultKey, reading.opened);
    });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="card no-print">
      <h3 id={`${id}-title`}>{t('coach.feedbackTitle')}</h3>
      {opened ? (
        <div role="status">
          <p className="prose">{t('coach.feedbackOpened', { count: opened.responses.length })}</p>
          {opened.refused.length > 0 && (
            <>
              <p className="prose">{t('coach.feedbackRefused', { count: opened.refused.length })}</p>
              <Outcomes index={index} outcomes={opened.refused} />
            </>
          )}
        </div>
      ) : (
        <>
          <p className="prose">{t('coach.feedbackIntro', { count: feedback.responses.length })}</p>
          <form onSubmit={submit} aria-busy={busy}>
            <div className="field field-wide">
              <label htmlFor={`${id}-file`}>{t('coach.feedbackKeyFile')}</label>
              <input
                id={`${id}-file`}
                type="file"
                accept=".json,application/json"
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            </div>
            <div className="field field-wide">
              <label htmlFor={`${id}-passphrase`}>{t('coach.feedbackPassphrase')}</label>
              <input
                id={`${id}-passphrase`}
                type="password"
                autoComplete="off"
                value={passphrase}
                onChange={(event) => setPassphrase(event.target.value)}
              />
            </div>
            <div className="actions">
              <button
                type="submit"
                className="button button-primary"
                disabled={busy || file === null || passphrase === ''}
              >
                {busy ? t('coach.feedbackOpening') : t('coach.feedbackOpen')}
              </button>
            </div>
          </form>
          <div aria-live="polite">
            {refusal !== null && (
              <p className="card card-attention" role="alert">
                {keyRefusalText(t, refusal, result)}
              </p>
            )}
          </div>
        </>
      )}
      {opened && <AddResponses resultKey={resultKey} opened={opened} index={index} />}
      <p className="muted small">{t('coach.feedbackInTab')}</p>
    </section>
  );
}

/** Responses the coach received themselves, as pasted links or files, opened with the key in memory. */
function AddResponses({
  resultKey,
  opened,
  index,
}: {
  readonly resultKey: string;
  readonly opened: OpenedFeedback;
  readonly index: BankIndex;
}) {
  const { t, i18n } = useTranslation();
  const [outcomes, setOutcomes] = useState<readonly ImportOutcome[]>([]);
  const take = async ({ tokens, refused }: Intake) => {
    const known = new Set(opened.responses.map((response) => response.responseId));
    const batch = await openTokens(tokens, opened.round, index, known);
    useOpenedFeedback.getState().add(resultKey, batch.responses);
    setOutcomes([...refused, ...batch.outcomes]);
  };
  return (
    <div>
      <h4>{t('coach.feedbackAddTitle')}</h4>
      <p className="prose muted">{t('coach.feedbackAddHelp')}</p>
      <ResponseIntakeForm
        labels={{
          paste: t('coach.feedbackPasteLabel'),
          pasteButton: t('coach.feedbackAddPasted'),
          files: t('coach.feedbackFiles'),
          filesHint: t('coach.feedbackFilesHint'),
        }}
        onPasted={(text) => take(tokensOfPasted(text, t('coach.feedbackPasted')))}
        onFiles={async (files) => take(await tokensOfFiles(files))}
        outcomes={outcomes.map((outcome) => ({
          text: importOutcomeText(t, index, outcome, i18n.language),
          refused: outcome.kind === 'refused',
        }))}
      />
    </div>
  );
}
