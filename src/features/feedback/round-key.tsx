/**
 * The round key file on the participant's feedback page: saving it with a passphrase, and restoring a
 * round from it (a cleared browser, another device).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportRoundKeyFile, importRoundKeyFile } from '../../crypto/key-file';
import { exportPrivateKey, importPrivateKey } from '../../crypto/round';
import type { BankIndex } from '../../domain/bank/model';
import { decodeTextFile } from '../../domain/text-file';
import { useFeedback, type StoredRound } from '../../state/feedback';
import { saveFile } from '../../ui/download';
import { readFileBytes } from '../../ui/read-file';
import { keyFileRefusalText } from '../../views/feedback-import';

/** The shortest passphrase accepted for a round key file. */
const MIN_PASSPHRASE = 8;

/** Brings a round back from its key file (a cleared browser, another device). */
export function RestoreRound() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="restore-round-title" className="results-section card card-quiet">
      <h2 id="restore-round-title">{t('feedback.restoreTitle')}</h2>
      <p className="prose">{t('feedback.restoreHelp')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!file) return;
          setBusy(true);
          setMessage('');
          void (async () => {
            const decoded = decodeTextFile(await readFileBytes(file));
            const reading = decoded.ok
              ? await importRoundKeyFile(decoded.text, passphrase)
              : ({ ok: false, reason: 'not-key-file' } as const);
            setBusy(false);
            if (!reading.ok) {
              setMessage(keyFileRefusalText(t, reading.reason));
              return;
            }
            const { round, metadata } = reading;
            useFeedback.getState().setRound({
              roundId: round.roundId,
              publicKey: round.publicKey,
              privateKey: await exportPrivateKey(round.privateKey),
              bank: metadata.bank,
              groups: [...metadata.groups],
              createdAt: metadata.createdAt,
              ...(metadata.firstName === undefined ? {} : { firstName: metadata.firstName }),
              keySaved: true,
              responses: [],
            });
          })();
        }}
      >
        <label className="field">
          <span>{t('feedback.keyFileLabel')}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <label className="field">
          <span>{t('feedback.passphrase')}</span>
          <input
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </label>
        <button type="submit" className="button" disabled={busy || file === null || passphrase === ''}>
          {busy ? t('feedback.opening') : t('feedback.restore')}
        </button>
        <p role="status">{message}</p>
      </form>
    </section>
  );
}

/** Saves the round key file, protected with a passphrase the participant chooses. */
export function KeyFile({ index, round }: { readonly index: BankIndex; readonly round: StoredRound }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const problem =
    passphrase.length > 0 && passphrase.length < MIN_PASSPHRASE
      ? t('feedback.passphraseShort', { count: MIN_PASSPHRASE })
      : repeat.length > 0 && repeat !== passphrase
        ? t('feedback.passphraseDiffers')
        : '';
  return (
    <section aria-labelledby="key-file-title" className="results-section card">
      <h2 id="key-file-title">{t('feedback.keyTitle')}</h2>
      {!round.keySaved && <p className="card card-attention">{t('feedback.keyNotSaved')}</p>}
      <p className="prose">{t('feedback.keyHelp')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (problem !== '' || passphrase.length < MIN_PASSPHRASE || repeat !== passphrase) return;
          setBusy(true);
          setMessage('');
          void (async () => {
            try {
              const privateKey = await importPrivateKey(round.privateKey, round.publicKey);
              if (!privateKey) throw new Error('damaged key');
              const text = await exportRoundKeyFile(
                { roundId: round.roundId, privateKey },
                {
                  groups: [...round.groups],
                  bank: round.bank,
                  createdAt: round.createdAt,
                  ...(round.firstName === undefined ? {} : { firstName: round.firstName }),
                },
                passphrase,
              );
              const fileName = `${index.bank.id}-${t('feedback.keyFileWord')}-${round.createdAt.slice(0, 10)}.json`;
              saveFile(text, fileName, 'application/json');
              useFeedback.getState().markKeySaved();
              setMessage(t('feedback.keySaved', { file: fileName }));
              setPassphrase('');
              setRepeat('');
            } catch {
              setMessage(t('feedback.keyFailed'));
            } finally {
              setBusy(false);
            }
          })();
        }}
      >
        <label className="field">
          <span>{t('feedback.passphrase')}</span>
          <input
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('feedback.passphraseRepeat')}</span>
          <input
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(event) => setRepeat(event.target.value)}
          />
        </label>
        {problem !== '' && <p className="muted">{problem}</p>}
        <button
          type="submit"
          className="button"
          disabled={busy || passphrase.length < MIN_PASSPHRASE || repeat !== passphrase}
        >
          {busy ? t('feedback.saving') : t('feedback.saveKey')}
        </button>
        <p role="status">{message}</p>
      </form>
    </section>
  );
}
