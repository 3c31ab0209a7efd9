import { startTransition, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refKey } from '../../banks/catalogue';
import { MIN_GROUP_FOR_PROFILE } from '../../domain/cohort/analysis';
import { csv, csvDialectFor } from '../../domain/cohort/csv';
import type { CohortSummary } from '../../domain/cohort/load';
import { longFormatRows, longFormatSheets, type LongFormat } from '../../domain/cohort/long-format';
import type { Problem } from '../../domain/problems';
import { resolveBank, type BankStatus } from '../../state/bank';
import { bankHash } from '../../domain/bank/hash';
import { useRoute } from '../../state/route';
import { saveFile } from '../../ui/download';
import { FileDrop } from '../../ui/file-drop';
import {
  buildCorrelationView,
  buildGroupProfileView,
  buildScaleQualityView,
  type GroupProfileView,
} from '../../views/cohort';
import { itemStatisticsRows } from '../../views/cohort-export';
import { describeRefusal, problemText } from '../../views/refusals';
import type { GroupAnalysis } from './engine';
import { GroupProfile } from './group-profile';
import { IndividualResults } from './individual-results';
import type { CohortSession } from './run';
import { NormsExport } from './norms-export';
import { Correlations, ScaleQuality, Subgroups } from './scale-quality';
import { useCohort } from './store';

type Group = CohortSummary['groups'][number];

/** Problems listed per broken file (a cohort can have many broken files). */
const PROBLEMS_SHOWN = 3;

/**
 * Downloads of the group profile (PDF), the item statistics (CSV) and the answers in long format (CSV or
 * .xlsx; the rows come from the worker only when asked for, and exceljs loads only then).
 */
function Exports({
  bank,
  analysis,
  profile,
  long,
}: {
  readonly bank: Extract<BankStatus, { status: 'ready' }>;
  readonly analysis: GroupAnalysis['analysis'];
  readonly profile: GroupProfileView;
  readonly long: () => Promise<LongFormat>;
}) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState('');
  const longFileName = (extension: string) =>
    `${t('cohort.longFileBase')}-${bank.bank.id}-${bank.bank.version}.${extension}`;
  const downloadLong = (
    make: (rows: LongFormat) => Promise<{ content: BlobPart; file: string; type: string }>,
  ) => {
    setStatus(t('cohort.longGenerating'));
    void long()
      .then(make)
      .then(({ content, file, type }) => {
        saveFile(content, file, type);
        setStatus(t('cohort.downloaded', { file }));
      })
      .catch((error: unknown) => setStatus(t('cohort.longFailed', { message: String(error) })));
  };
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
              .then(({ makeCohortReport }) => makeCohortReport(profile, i18n.language))
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
              csv(itemStatisticsRows(bank.index, analysis, i18n.language, t), csvDialectFor(i18n.language)),
              fileName,
              'text/csv',
            );
            setStatus(t('cohort.downloaded', { file: fileName }));
          }}
        >
          {t('cohort.downloadCsv')}
        </button>
      </div>
      <p className="prose">{t('cohort.longHelp')}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={analysis.n === 0}
          onClick={() =>
            downloadLong((rows) =>
              Promise.resolve({
                content: csv(longFormatRows(rows), csvDialectFor(i18n.language)),
                file: longFileName('csv'),
                type: 'text/csv',
              }),
            )
          }
        >
          {t('cohort.downloadLongCsv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={analysis.n === 0}
          onClick={() =>
            downloadLong(async (rows) => {
              const { writeWorkbook } = await import('../../sheets/xlsx');
              return {
                content: await writeWorkbook(longFormatSheets(rows)),
                file: longFileName('xlsx'),
                type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              };
            })
          }
        >
          {t('cohort.downloadLongXlsx')}
        </button>
      </div>
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}

/** Files refused, with the reason and the first of their problems. */
function BrokenFiles({
  files,
}: {
  readonly files: readonly {
    readonly name: string;
    readonly text: string;
    readonly problems: readonly Problem[];
  }[];
}) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <details className="card card-attention">
      <summary>{t('cohort.brokenTitle', { count: files.length })}</summary>
      <ul>
        {files.map((file, i) => (
          <li key={i}>
            <strong>{file.name}</strong>: {file.text}
            {file.problems.length > 0 && (
              <ul>
                {file.problems.slice(0, PROBLEMS_SHOWN).map((problem, j) => (
                  <li key={j}>
                    <code>{problem.path === '' ? t('facilitator.wholeFile') : problem.path}</code>{' '}
                    {problemText(t, problem)}
                  </li>
                ))}
                {file.problems.length > PROBLEMS_SHOWN && (
                  <li>{t('cohort.moreProblems', { count: file.problems.length - PROBLEMS_SHOWN })}</li>
                )}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** One group (one bank version): its bank, its analysis, and the views of it. */
function GroupView({ session, group }: { readonly session: CohortSession; readonly group: Group }) {
  const { t } = useTranslation();
  const navigate = useRoute((state) => state.navigate);
  const [bank, setBank] = useState<BankStatus>({ status: 'loading', ref: group });
  const [analysis, setAnalysis] = useState<GroupAnalysis | null>(null);
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
    <GroupAnalysisView
      bank={bank}
      group={group}
      session={session}
      analysis={analysis}
      differing={differing}
    />
  );
}

/** The analysed group: refused results, the group profile, the exports, the scale quality, individual results. */
function GroupAnalysisView({
  bank,
  group,
  session,
  analysis,
  differing,
}: {
  readonly bank: Extract<BankStatus, { status: 'ready' }>;
  readonly group: Group;
  readonly session: CohortSession;
  readonly analysis: GroupAnalysis;
  readonly differing: number;
}) {
  const { t, i18n } = useTranslation();
  const profile = useMemo(
    () => buildGroupProfileView(bank.index, analysis.analysis, i18n.language, new Date(), t),
    [bank, analysis, i18n.language, t],
  );
  const quality = useMemo(
    () => buildScaleQualityView(bank.index, analysis.analysis, i18n.language, t),
    [bank, analysis, i18n.language, t],
  );
  const correlations = useMemo(
    () => buildCorrelationView(bank.index, analysis.analysis, i18n.language, t),
    [bank, analysis, i18n.language, t],
  );
  // The profile first, the rest in a second render: two shorter tasks, so the page never stops responding
  // for long while a large group's figures are drawn.
  const [rest, setRest] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => startTransition(() => setRest(true)), 0);
    return () => window.clearTimeout(timer);
  }, [analysis]);
  const refused = analysis.refused.map((entry) => ({
    name: entry.name,
    text: t('import.notFitting', { count: entry.problems.length }),
    problems: entry.problems,
  }));
  return (
    <>
      <BrokenFiles files={refused} />
      {differing > 0 && (
        <p className="card card-attention" role="note">
          {t('cohort.hashDiffers', { count: differing, total: group.people.length, key: group.key })}
        </p>
      )}
      <GroupProfile view={profile} />
      <Exports
        bank={bank}
        analysis={analysis.analysis}
        profile={profile}
        long={() => session.long(group.key, bank.bank)}
      />
      {rest ? (
        <>
          <NormsExport
            bank={bank.bank}
            analysis={analysis.analysis}
            dates={group.people.map((p) => p.date)}
          />
          <Subgroups view={profile.subgroups} />
          <ScaleQuality view={quality} />
          <Correlations view={correlations} />
          <IndividualResults people={group.people} load={(position) => session.result(group.key, position)} />
        </>
      ) : (
        <p className="muted" role="status">
          {t('cohort.analysing')}
        </p>
      )}
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
        hint={read ? t('cohort.addHint') : t('cohort.dropHint')}
        accept=".json,application/json,.zip,application/zip,.jsonl,.ndjson"
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
          <BrokenFiles
            files={read.broken.map((file) => ({
              name: file.name,
              text: describeRefusal(t, file.refusal),
              problems: file.refusal.reason === 'invalid' ? file.refusal.problems : [],
            }))}
          />
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
