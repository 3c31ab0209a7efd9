import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffBanks } from '../../domain/bank/diff';
import type { Bank, LocalizedText } from '../../domain/bank/schema';
import type { CohortAnalysis } from '../../domain/cohort/analysis';
import { bankWithNorms, buildNorms, collectedPeriod, MIN_NORM_GROUP } from '../../domain/cohort/norms';
import { saveFile } from '../../ui/download';
import { describeBankChange } from '../../views/bank-changes';

/**
 * From a cohort of at least {@link MIN_NORM_GROUP} results of one bank version: a norms block (per
 * dimension n, mean, SD, alpha, omega and percentiles, with the group and source the facilitator writes in
 * every language of the bank) and the bank's next version that carries it, with its changelog entry.
 */
export function NormsExport({
  bank,
  analysis,
  dates,
}: {
  readonly bank: Bank;
  readonly analysis: CohortAnalysis;
  readonly dates: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [group, setGroup] = useState<Record<string, string>>({});
  const [source, setSource] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const collected = collectedPeriod(dates);
  const filled = (texts: Record<string, string>) =>
    bank.languages.every((l) => (texts[l] ?? '').trim() !== '');
  const ready = filled(group) && filled(source);
  const norms = useMemo(() => {
    if (!ready) return null;
    const localized = (texts: Record<string, string>): LocalizedText =>
      Object.fromEntries(bank.languages.map((l) => [l, (texts[l] ?? '').trim()]));
    return buildNorms(analysis, { group: localized(group), source: localized(source), collected });
  }, [ready, bank.languages, analysis, group, source, collected]);
  const next = useMemo(() => {
    if (norms === null) return null;
    // The measurement model's basis in each bank language: the interface's words where it has that language.
    const measurement = Object.fromEntries(
      bank.languages.map((l) => {
        const own = (source[l] ?? '').trim();
        return [
          l,
          l === 'nl' || l === 'en'
            ? i18n.getFixedT(l)('cohort.normsMeasurementSource', { source: own })
            : own,
        ];
      }),
    );
    const version = bankWithNorms(bank, norms, measurement);
    return { version, diff: diffBanks(bank, version) };
  }, [norms, bank, source, i18n]);

  if (analysis.n < MIN_NORM_GROUP)
    return (
      <section aria-labelledby={`${id}-title`} className="results-section card card-quiet no-print">
        <h2 id={`${id}-title`}>{t('cohort.normsTitle')}</h2>
        <p>{t('cohort.normsTooFew', { min: MIN_NORM_GROUP, n: analysis.n })}</p>
      </section>
    );
  const changelog = next
    ? [
        `## ${next.version.version}`,
        '',
        `- ${t('cohort.normsChangelog', {
          source: (source[i18n.language] ?? source[bank.languages[0] ?? ''] ?? '').trim(),
          n: analysis.n,
          collected,
        })}`,
        `- ${t('cohort.normsChangelogModel')}`,
        '',
      ].join('\n')
    : '';
  return (
    <section aria-labelledby={`${id}-title`} className="results-section card no-print">
      <h2 id={`${id}-title`}>{t('cohort.normsTitle')}</h2>
      <p className="prose">{t('cohort.normsIntro', { min: MIN_NORM_GROUP, collected })}</p>
      {bank.languages.map((language) => (
        <div key={language} className="field-pair">
          <p>
            <label htmlFor={`${id}-group-${language}`}>{t('cohort.normsGroupLabel', { language })}</label>
            <input
              id={`${id}-group-${language}`}
              type="text"
              lang={language}
              value={group[language] ?? ''}
              maxLength={200}
              onChange={(event) => setGroup({ ...group, [language]: event.target.value })}
            />
          </p>
          <p>
            <label htmlFor={`${id}-source-${language}`}>{t('cohort.normsSourceLabel', { language })}</label>
            <input
              id={`${id}-source-${language}`}
              type="text"
              lang={language}
              value={source[language] ?? ''}
              maxLength={300}
              onChange={(event) => setSource({ ...source, [language]: event.target.value })}
            />
          </p>
        </div>
      ))}
      {!ready && <p className="muted">{t('cohort.normsFillIn')}</p>}
      {next && norms && (
        <>
          <p>
            {t('cohort.normsSummary', {
              dimensions: norms.entries.length,
              total: bank.dimensions.length,
              version: next.version.version,
            })}
          </p>
          <ul>
            {next.diff.changes.map((change, i) => (
              <li key={i}>{describeBankChange(t, change)}</li>
            ))}
          </ul>
        </>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={norms === null}
          onClick={() => {
            if (norms === null) return;
            const file = `${bank.id}-${bank.version}-norms.json`;
            saveFile(`${JSON.stringify({ norms }, null, 2)}\n`, file, 'application/json');
            setStatus(t('cohort.downloaded', { file }));
          }}
        >
          {t('cohort.normsDownloadBlock')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={next === null}
          onClick={() => {
            if (next === null) return;
            const { version } = next;
            const file = `${version.version}.json`;
            saveFile(`${JSON.stringify(version, null, 2)}\n`, file, 'application/json');
            saveFile(changelog, `CHANGELOG-${version.version}.md`, 'text/markdown');
            setStatus(t('cohort.normsDownloaded', { file, id: version.id }));
          }}
        >
          {next
            ? t('cohort.normsDownloadBank', { version: next.version.version })
            : t('cohort.normsDownloadBankPlain')}
        </button>
      </div>
      {next && (
        <details>
          <summary>{t('cohort.normsChangelogTitle')}</summary>
          <pre className="changelog-entry">{changelog}</pre>
        </details>
      )}
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
