import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentOf, readResultValue, resultDate, type ResultFile } from '../../domain/result-file';
import { loadCoachWorkspace, useCoach, type StoredResult } from '../../state/coach';
import { useResultBank } from '../../state/result-bank';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ProblemList } from '../../ui/problem-list';
import { TableRegion } from '../../ui/table-region';
import { buildCoachList } from '../../views/coach';
import { formatDate } from '../../i18n/numbers';
import { BankLoader } from './bank-loader';
import { CoachNotes } from './coach-notes';
import { ComparisonView } from './comparison-view';
import { FeedbackKey } from './feedback-key';
import { ImportPanel } from './import-panel';
import { useOpenedAnswerSets } from './opened-feedback';
import type { CoachPageProps } from './types';
import { UnsavedResults } from './unsaved-results';

/** Re-reads a stored result (storage can be edited or damaged); `null` when it no longer reads. */
function reread(stored: StoredResult): ResultFile | null {
  const reading = readResultValue(stored.result);
  return reading.ok ? reading.result : null;
}

/** One result shown with the coach's notes, or what is needed to show it. */
function ShownResult({ stored, renderResults }: { readonly stored: StoredResult } & CoachPageProps) {
  const { t, i18n } = useTranslation();
  const result = useMemo(() => reread(stored), [stored]);
  const bank = useResultBank(result);
  const readNotes = useCallback(() => useCoach.getState().notes[stored.key] ?? '', [stored.key]);
  const feedback = useOpenedAnswerSets(stored.key, result?.feedback);
  if (!result) return <p role="alert">{t('coach.unreadable')}</p>;
  if (bank.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (bank.status !== 'ready')
    return <BankLoader result={result} failed={bank.status === 'failed' ? bank.message : null} />;
  if (bank.problems.length > 0)
    return (
      <ProblemList
        title={t('coach.notFitting', { key: `${result.bank.id}@${result.bank.version}` })}
        problems={bank.problems}
        wholeFile={t('facilitator.wholeFile')}
      />
    );
  const date = formatDate(i18n.language, resultDate(result));
  const name = result.name ?? '';
  // A boundary of its own: while the results code loads, only this part waits, not the list above it.
  return (
    <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
      {renderResults({
        titleLevel: 2,
        index: bank.index,
        data: assessmentOf(result),
        ...(feedback ? { feedback } : {}),
        title: name === '' ? t('coach.resultsOfAnonymous', { date }) : t('coach.resultsOf', { name }),
        notice: (
          <>
            {result.completedAt === null && (
              <p className="card card-quiet">{t('coach.unfinished', { date })}</p>
            )}
            {!bank.sameContent && (
              <p className="card card-attention" role="alert">
                {t('coach.hashDiffers', { id: result.bank.id, version: result.bank.version })}
              </p>
            )}
            {result.feedback && (
              <FeedbackKey
                resultKey={stored.key}
                result={result}
                feedback={result.feedback}
                index={bank.index}
              />
            )}
          </>
        ),
        readCoachNotes: readNotes,
        children: <CoachNotes resultKey={stored.key} />,
      })}
    </Suspense>
  );
}

/**
 * The coach's view: open a participant's result file or share link and see the results they saw, add notes
 * (kept in this browser, printed in the PDF), and compare two results of the same person before and after.
 */
export default function CoachPage({ renderResults }: CoachPageProps) {
  const { t, i18n } = useTranslation();
  const results = useCoach((state) => state.results);
  const selected = useCoach((state) => state.selected);
  const select = useCoach((state) => state.select);
  const remove = useCoach((state) => state.remove);
  const clear = useCoach((state) => state.clear);
  const loaded = useCoach((state) => state.loaded);
  const [checked, setChecked] = useState<readonly string[]>([]);
  const [confirmClear, setConfirmClear] = useState(false);
  useEffect(() => {
    void loadCoachWorkspace();
  }, []);
  const rows = useMemo(() => buildCoachList(results, i18n.language, t), [results, i18n.language, t]);
  const shown = selected.length === 1 ? results.find((r) => r.key === selected[0]) : undefined;
  const compared = selected.length === 2 ? results.filter((r) => selected.includes(r.key)) : [];
  const checkedResults = results.filter((r) => checked.includes(r.key));
  const sameBank =
    checkedResults.length === 2 && checkedResults[0]?.result.bank.id === checkedResults[1]?.result.bank.id;

  return (
    <>
      <h1>{t('coach.title')}</h1>
      <p className="prose">{t('coach.intro')}</p>
      <UnsavedResults rows={rows} />
      <ImportPanel />
      {!loaded && rows.length === 0 && <p className="muted">{t('app.loading')}</p>}
      {rows.length > 0 && (
        <section aria-labelledby="opened-title" className="results-section">
          <h2 id="opened-title">{t('coach.openedTitle')}</h2>
          <TableRegion caption={t('coach.openedTitle')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('coach.compareColumn')}</th>
                <th scope="col">{t('coach.nameColumn')}</th>
                <th scope="col">{t('coach.dateColumn')}</th>
                <th scope="col">{t('coach.bankColumn')}</th>
                <th scope="col">{t('coach.actionsColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={row.compareLabel}
                      checked={checked.includes(row.key)}
                      onChange={(event) =>
                        setChecked(
                          event.target.checked
                            ? [...checked, row.key].slice(-2)
                            : checked.filter((k) => k !== row.key),
                        )
                      }
                    />
                  </td>
                  <th scope="row">{row.name}</th>
                  <td>{row.date}</td>
                  <td>{row.bank}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => select([row.key])}>
                      {t('coach.show')}
                    </button>{' '}
                    <button type="button" className="link-button" onClick={() => remove(row.key)}>
                      {t('coach.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
          <div className="actions">
            <button type="button" className="button" disabled={!sameBank} onClick={() => select(checked)}>
              {t('coach.compare')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setConfirmClear(true)}>
              {t('coach.clear')}
            </button>
          </div>
          {checkedResults.length === 2 && !sameBank && <p className="muted">{t('coach.compareSameBank')}</p>}
          {checkedResults.length < 2 && <p className="muted small">{t('coach.compareHelp')}</p>}
        </section>
      )}
      {shown && <ShownResult key={shown.key} stored={shown} renderResults={renderResults} />}
      {compared.length === 2 && <ComparisonView results={compared} renderResults={renderResults} />}
      <ConfirmDialog
        open={confirmClear}
        title={t('coach.clearTitle')}
        confirmLabel={t('coach.clearConfirm')}
        cancelLabel={t('intro.cancel')}
        destructive
        onCancel={() => setConfirmClear(false)}
        onConfirm={() => {
          setConfirmClear(false);
          setChecked([]);
          clear();
        }}
      >
        <p>{t('coach.clearBody')}</p>
      </ConfirmDialog>
    </>
  );
}
