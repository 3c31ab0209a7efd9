import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLED_BANKS } from '../../banks/catalogue';
import { bumpSuffices, diffBanks, type BankDiff } from '../../domain/bank/diff';
import { describeBankChange } from '../../views/bank-changes';
import type { Bank } from '../../domain/bank/schema';
import { compareVersions } from '../../domain/semver';
import { resolveBank } from '../../state/bank';
import { useCustomBanks } from '../../state/custom-banks';

/**
 * What changed from the newest earlier version of the same bank this app knows (bundled or loaded), and
 * which version number that needs: a warning when the bank's own number is too low for its changes.
 */
export function VersionChanges({ bank }: { readonly bank: Bank }) {
  const { t } = useTranslation();
  const custom = useCustomBanks((state) => state.banks);
  const [found, setFound] = useState<{ readonly previous: Bank; readonly diff: BankDiff } | null>(null);
  useEffect(() => {
    let live = true;
    const versions = [
      ...BUNDLED_BANKS,
      ...custom.map((entry) => {
        const [id = '', version = ''] = entry.key.split('@');
        return { id, version };
      }),
    ]
      .filter((ref) => ref.id === bank.id && compareVersions(ref.version, bank.version) < 0)
      .sort((a, b) => compareVersions(b.version, a.version));
    const newest = versions[0];
    if (newest)
      void resolveBank(newest).then((status) => {
        if (live && status.status === 'ready')
          setFound({ previous: status.bank, diff: diffBanks(status.bank, bank) });
      });
    return () => {
      live = false;
    };
  }, [bank, custom]);
  if (found === null) return null;
  const { previous, diff } = found;
  const enough = bumpSuffices(previous.version, bank.version, diff.needed);
  return (
    <section className="card card-quiet" aria-labelledby="version-changes-title">
      <h4 id="version-changes-title">
        {t('facilitator.changesTitle', { from: previous.version, to: bank.version })}
      </h4>
      {diff.changes.length === 0 ? (
        <p>{t('cli.diffNone')}</p>
      ) : (
        <ul>
          {diff.changes.map((change, i) => (
            <li key={i}>{describeBankChange(t, change)}</li>
          ))}
        </ul>
      )}
      {diff.needed !== null && (
        <p className={enough ? undefined : 'error-text'} role={enough ? undefined : 'alert'}>
          {enough
            ? t('cli.diffNeeded', { needed: t(`cli.bump.${diff.needed}`) })
            : t('cli.diffTooLow', {
                from: previous.version,
                to: bank.version,
                needed: t(`cli.bump.${diff.needed}`),
              })}
        </p>
      )}
    </section>
  );
}
