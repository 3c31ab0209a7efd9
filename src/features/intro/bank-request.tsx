import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLED_BANKS, parseRefKey, refKey, type BankRef } from '../../banks/catalogue';
import { pickText } from '../../domain/bank/texts';
import { resolveBank } from '../../state/bank';
import { declineSwitch, switchAssessmentBank, useBankSwitch } from '../../state/bank-switch';
import { useCustomBanks } from '../../state/custom-banks';
import { forgetRequestedBank, participantLink } from '../../state/route';

interface BankRequestProps {
  /** What the link asked for, as written (`?bank=…`). */
  readonly requested: string;
  /** The bank it names, when the app has it. */
  readonly available: BankRef | null;
  /** The bank of the assessment in progress, when there is one. */
  readonly current: BankRef | null;
  /** Why it is offered: a link asked for it, or it is a newer version of the bank in progress. */
  readonly reason?: 'link' | 'newer';
}

/** "Title (id@version)" of a bank, once it is found; its id@version until then. */
function useBankName(ref: BankRef | null): string {
  const { t, i18n } = useTranslation();
  const [found, setFound] = useState<{ readonly key: string; readonly title: string } | null>(null);
  const key = ref === null ? '' : refKey(ref);
  useEffect(() => {
    let live = true;
    const parsed = parseRefKey(key);
    if (parsed)
      void resolveBank(parsed).then((status) => {
        if (live && status.status === 'ready')
          setFound({ key, title: pickText(status.bank.title, i18n.language, status.bank.languages) });
      });
    return () => {
      live = false;
    };
  }, [key, i18n.language]);
  return found?.key === key ? t('request.bankName', { title: found.title, key }) : key;
}

/**
 * What a participant link that pins a bank means here: a bank the app does not have (with the ones it does
 * have), or another bank or version than the assessment in progress (switch, keeping what can be kept).
 */
export function BankRequest({ requested, available, current, reason = 'link' }: BankRequestProps) {
  const { t } = useTranslation();
  const custom = useCustomBanks((state) => state.banks);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const declined = useBankSwitch((state) => state.declined);
  const switched = useBankSwitch((state) => state.last !== null);
  const requestedName = useBankName(available);
  const currentName = useBankName(current);

  if (available === null) {
    const keys = [...BUNDLED_BANKS.map(refKey), ...custom.map((bank) => bank.key)];
    return (
      <section className="card card-attention" role="alert" aria-labelledby="request-title">
        <h2 id="request-title">{t('request.unknownTitle')}</h2>
        <p>{t('request.unknown', { requested })}</p>
        <ul>
          {keys.map((key) => (
            <li key={key}>
              <a href={participantLink(location.origin, key)}>{key}</a>
            </li>
          ))}
        </ul>
        <p>{t('request.unknownNoStart')}</p>
      </section>
    );
  }
  if (switched || current === null || refKey(current) === refKey(available)) return null;
  if (reason === 'newer' && declined.includes(refKey(available))) return null;
  const sameBank = current.id === available.id;
  return (
    <section className="card card-attention" aria-labelledby="request-title">
      <h2 id="request-title">{t(reason === 'newer' ? 'request.newerTitle' : 'request.otherTitle')}</h2>
      <p>
        {t(
          reason === 'newer'
            ? 'request.newerVersion'
            : sameBank
              ? 'request.otherVersion'
              : 'request.otherBank',
          {
            requested: requestedName,
            current: currentName,
          },
        )}
      </p>
      {failed !== null && <p role="alert">{t('request.failed', { message: failed })}</p>}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void switchAssessmentBank(available).then((result) => {
              setBusy(false);
              setFailed(result.kind === 'failed' ? result.message : null);
            });
          }}
        >
          {t(sameBank ? 'request.switchVersion' : 'request.switchBank', { requested: requestedName })}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => (reason === 'newer' ? declineSwitch(refKey(available)) : forgetRequestedBank())}
        >
          {t('request.keep', { current: currentName })}
        </button>
      </div>
    </section>
  );
}

/** The confirmation of a switch just made (answers carried over, or the earlier ones kept aside). */
export function SwitchStatus() {
  const { t } = useTranslation();
  const last = useBankSwitch((state) => state.last);
  if (last === null) return null;
  return (
    <p className="card" role="status">
      {last.kind === 'carried'
        ? t('request.carried', { kept: last.kept, changed: last.changed })
        : t('request.restarted')}
    </p>
  );
}
