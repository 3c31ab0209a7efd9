import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refKey } from '../../banks/catalogue';
import { MIN_GROUP_FOR_PROFILE, type CohortAnalysis } from '../../domain/cohort/analysis';
import { csv } from '../../domain/cohort/csv';
import type { CohortSummary } from '../../domain/cohort/load';
import type { Translate } from '../../report/describe';
import { itemStatisticsRows } from '../../report/cohort-model';
import { resolveBank, type BankStatus } from '../../state/bank';
import { bankHash } from '../../domain/bank/hash';
import { useRoute } from '../../state/route';
import { saveFile } from '../../ui/download';
import { FileDrop } from '../../ui/file-drop';
import { describeRefusal } from '../../ui/result-refusal';
import { problemText } from '../../i18n/problems';
import { GroupProfile } from './group-profile';
import { IndividualResults } from './individual-results';
import type { CohortSession } from './run';
import { ScaleQualityView } from './scale-quality';
import { useCohort } from './store';

type Group = CohortSummary['groups'][number];

/** Problems listed per broken file (a cohort can have many broken files). */
const PROBLEMS_SHOWN = 3;

/** Downloads of the group profile (PDF) and the item statistics (CSV). */
function Exports({
  bank,
  analysis,
}: {
  readonly bank: Extract<BankStatus, { status: 'ready' }>;
  readonly analysis: CohortAnalysis;
}) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState('');
  const translate = i18n.getFixedT(i18n.language) as unknown as Translate;
  return (
    <section aria-labelledby="exports-title" className="results-section card no-print">
      <h2 id="exports-title">{t('cohort.exportsTitle')}</h2>
      {analysis.n < MIN_GROUP_FOR_PROFILE && (
        <p>{t('cohort.pdfNeedsGroup', { min: MIN_GROUP_FOR_PROFILE })}</p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={analysis.n < MIN_GROUP_FOR_PROFILE}
          onClick={() => {
            setStatus(t('cohort.generating'));
            void import('../../report/generate')
              .then(({ makeCohortReport }) =>
                makeCohortReport(
                  { index: bank.index, analysis, language: i18n.language, generatedAt: new Date() },
                  translate,
                ),
              )
              .then(({ bytes, fileName }) => {
                saveFile(bytes, fileName, 'application/pdf');
                setStatus(t('cohort.downloaded', { file: fileName }));
              })
              .catch((error: unknown) => setStatus(t('cohort.failed', { message: String(error) })));
          }}
        >
          {t('cohort.downloadPdf')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            const fileName = `${t('cohort.csvFileBase')}-${bank.bank.id}-${bank.bank.version}.csv`;
            saveFile(
              csv(itemStatisticsRows(bank.index, analysis, i18n.language, translate)),
              fileName,
              'text/csv',
            );
            setStatus(t('cohort.downloaded', { file: fileName }));
          }}
        >
          {t('cohort.downloadCsv')}
        </button>
      </div>
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}

/** One group (one bank version): its bank, its analysis, and the views of it. */
function GroupView({ session, group }: { readonly session: CohortSession; readonly group: Group }) {
  const { t } = useTranslation();
  const navigate = useRoute((state) => state.navigate);
  const [bank, setBank] = useState<BankStatus>({ status: 'loading', ref: group });
  const [analysis, setAnalysis] = useState<CohortAnalysis | null>(null);
  /** Results made with other content of this bank version (another fingerprint than the bank here). */
  const [differing, setDiffering] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    const cancelled = { current: false };
    const live = () => !cancelled.current;
    void resolveBank({ id: group.id, version: group.version }).then(async (status) => {
      if (!live()) return;
      setBank(status);
      if (status.status !== 'ready') return;
      try {
        // Without Web Crypto (a page not served over HTTPS) the check is skipped, not the analysis.
        const sha256 = await bankHash(status.bank).catch(() => null);
        if (live() && sha256 !== null)
          setDiffering(group.fingerprints.reduce((sum, f) => (f.sha256 === sha256 ? sum : sum + f.count), 0));
        const result = await session.analyse(group.key, status.bank);
        // A transition: React renders the many tables in slices, leaving the page free in between.
        if (live()) startTransition(() => setAnalysis(result));
      } catch (error) {
        if (live()) setFailure(error instanceof Error ? error.message : String(error));
      }
    });
    return () => {
      cancelled.current = true;
    };
  }, [session, group]);

  if (failure !== null)
    return (
      <p className="card card-attention" role="alert">
        {t('cohort.workFailed', { message: failure })}
      </p>
    );

  if (bank.status === 'missing' || bank.status === 'failed')
    return (
      <div className="card card-attention" role="alert">
        <p>{t('cohort.bankMissing', { key: group.key })}</p>
        <button type="button" className="button" onClick={() => navigate('facilitator')}>
          {t('app.forFacilitators')}
        </button>
      </div>
    );
  if (bank.status !== 'ready' || analysis === null)
    return (
      <p className="muted" role="status">
        {t('cohort.analysing')}
      </p>
    );
  return (
    <>
      {differing > 0 && (
        <p className="card card-attention" role="note">
          {t('cohort.hashDiffers', { count: differing, total: group.people.length, key: group.key })}
        </p>
      )}
      <GroupProfile index={bank.index} analysis={analysis} />
      <Exports bank={bank} analysis={analysis} />
      <ScaleQualityView index={bank.index} analysis={analysis} />
      <IndividualResults people={group.people} load={(position) => session.result(group.key, position)} />
    </>
  );
}

/**
 * The cohort view: a facilitator drops a cohort's result files and sees the group profile and the quality
 * of every scale. Files are read and analysed in a worker; nothing is uploaded and no individual result is
 * shown unless opened on purpose.
 */
export default function CohortPage() {
  const { t } = useTranslation();
  const { stage, chosen, open, choose, clear } = useCohort();
  const session = stage.kind === 'read' ? stage.session : null;
  const read = session?.summary ?? null;
  const group = read?.groups.find((g) => g.key === chosen);
  const usable = read?.groups.reduce((sum, g) => sum + g.people.length, 0) ?? 0;
  return (
    <>
      <h1>{t('cohort.title')}</h1>
      <p className="prose">{t('cohort.intro')}</p>
      <FileDrop
        label={read ? t('cohort.addFiles') : t('cohort.chooseFiles')}
        hint={read ? t('cohort.addHint') : t('coach.dropHint')}
        accept=".json,application/json"
        multiple
        onFiles={(files) => void open(files, read !== null)}
      />
      {read && (
        <button type="button" className="button button-quiet" onClick={clear}>
          {t('cohort.clear')}
        </button>
      )}
      {stage.kind === 'reading' && (
        <div
          className="progress-track"
          role="progressbar"
          aria-label={t('cohort.reading')}
          aria-valuemin={0}
          aria-valuemax={stage.total}
          aria-valuenow={stage.done}
          aria-valuetext={t('cohort.readingCount', { done: stage.done, total: stage.total })}
        >
          <div
            className="progress-fill"
            style={{ width: `${String(stage.total === 0 ? 0 : (stage.done / stage.total) * 100)}%` }}
          />
        </div>
      )}
      {stage.kind === 'failed' && (
        <p className="card card-attention" role="alert">
          {t('cohort.workFailed', { message: stage.message })}
        </p>
      )}
      {read && (
        <section aria-labelledby="files-title" className="results-section">
          <h2 id="files-title">{t('cohort.filesTitle')}</h2>
          <p role="status">
            {t('cohort.filesRead', {
              usable,
              broken: read.broken.length,
              duplicates: read.duplicates.length,
            })}
          </p>
          {read.broken.length > 0 && (
            <details className="card card-attention">
              <summary>{t('cohort.brokenTitle', { count: read.broken.length })}</summary>
              <ul>
                {read.broken.map((file, i) => (
                  <li key={i}>
                    <strong>{file.name}</strong>: {describeRefusal(t, file.refusal)}
                    {file.refusal.reason === 'invalid' && (
                      <ul>
                        {file.refusal.problems.slice(0, PROBLEMS_SHOWN).map((problem, j) => (
                          <li key={j}>
                            <code>{problem.path === '' ? t('facilitator.wholeFile') : problem.path}</code>{' '}
                            {problemText(t, problem)}
                          </li>
                        ))}
                        {file.refusal.problems.length > PROBLEMS_SHOWN && (
                          <li>
                            {t('cohort.moreProblems', {
                              count: file.refusal.problems.length - PROBLEMS_SHOWN,
                            })}
                          </li>
                        )}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {read.groups.length > 1 && (
            <fieldset className="choice-group">
              <legend>{t('cohort.groupsLegend')}</legend>
              <div className="choices">
                {read.groups.map((g) => (
                  <label key={g.key} className="choice">
                    <input
                      type="radio"
                      name="cohort-group"
                      checked={g.key === chosen}
                      onChange={() => choose(g.key)}
                    />
                    <span>{t('cohort.groupOption', { key: refKey(g), count: g.people.length })}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
        </section>
      )}
      {session && group && <GroupView key={group.key} session={session} group={group} />}
    </>
  );
}
