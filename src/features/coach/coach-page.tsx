import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plainText } from '../../domain/bank/texts';
import type { Problem } from '../../domain/problems';
import { readResultText, readResultValue, type ResultFile, resultDate } from '../../domain/result-file';
import { decodeShare, sharePayload } from '../../domain/share-link';
import { useCoach, type StoredResult } from '../../state/coach';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FileDrop } from '../../ui/file-drop';
import { ProblemList } from '../../ui/problem-list';
import { describeRefusal } from '../../ui/result-refusal';
import { BankLoader } from './bank-loader';
import { ComparisonView } from './comparison-view';
import { assessmentOf, type CoachPageProps } from './types';
import { useResultBank } from '../../state/result-bank';
import { TableRegion } from '../../ui/table-region';

/** Re-reads a stored result (storage can be edited or damaged); `null` when it no longer reads. */
function reread(stored: StoredResult): ResultFile | null {
  const reading = readResultValue(stored.result);
  return reading.ok ? reading.result : null;
}

type Message = { readonly text: string; readonly problems?: readonly Problem[] } | null;

/** Opening result files and share links. */
function ImportPanel() {
  const { t } = useTranslation();
  const add = useCoach((state) => state.add);
  const [link, setLink] = useState('');
  const [message, setMessage] = useState<Message>(null);

  const openFiles = async (files: readonly File[]) => {
    for (const file of files) {
      const reading = readResultText(await file.text());
      if (!reading.ok) {
        setMessage({
          text: `${file.name}: ${describeRefusal(t, reading)}`,
          ...(reading.reason === 'invalid' ? { problems: reading.problems } : {}),
        });
        return;
      }
      add(reading.result);
    }
    setMessage(null);
  };

  const openLink = () => {
    const text = link.trim();
    const payload = sharePayload(text.includes('#') ? text.slice(text.indexOf('#')) : `#r=${text}`);
    const reading = payload === null ? ({ ok: false, reason: 'bad-link' } as const) : decodeShare(payload);
    if (!reading.ok) {
      setMessage({
        text: describeRefusal(t, reading),
        ...(reading.reason === 'invalid' ? { problems: reading.problems } : {}),
      });
      return;
    }
    add(reading.result);
    setLink('');
    setMessage(null);
  };

  return (
    <section aria-labelledby="import-title" className="results-section card">
      <h2 id="import-title">{t('coach.importTitle')}</h2>
      <FileDrop
        label={t('coach.chooseFiles')}
        hint={t('coach.dropHint')}
        accept=".json,application/json"
        multiple
        onFiles={(files) => void openFiles(files)}
      />
      <div className="field field-wide">
        <label htmlFor="coach-link">{t('coach.linkLabel')}</label>
        <textarea id="coach-link" rows={2} value={link} onChange={(event) => setLink(event.target.value)} />
      </div>
      <div className="actions">
        <button type="button" className="button" disabled={link.trim() === ''} onClick={openLink}>
          {t('coach.openLink')}
        </button>
      </div>
      <div aria-live="polite">
        {message &&
          (message.problems ? (
            <ProblemList
              title={message.text}
              problems={message.problems}
              wholeFile={t('facilitator.wholeFile')}
            />
          ) : (
            <p className="card card-attention" role="alert">
              {message.text}
            </p>
          ))}
      </div>
    </section>
  );
}

/** One result shown with the coach's notes, or what is needed to show it. */
function ShownResult({ stored, renderResults }: { readonly stored: StoredResult } & CoachPageProps) {
  const { t, i18n } = useTranslation();
  const result = useMemo(() => reread(stored), [stored]);
  const bank = useResultBank(result);
  const notes = useCoach((state) => state.notes[stored.key] ?? '');
  const setNotes = useCoach((state) => state.setNotes);
  if (!result) return <p role="alert">{t('coach.unreadable')}</p>;
  if (bank.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (bank.status !== 'ready')
    return <BankLoader result={result} failed={bank.status === 'failed' ? bank.message : null} />;
  const name = plainText(result.name ?? '');
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
    new Date(resultDate(result)),
  );
  return (
    <>
      {renderResults({
        titleLevel: 2,
        index: bank.index,
        data: assessmentOf(result),
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
          </>
        ),
        coachNotes: notes,
        children: (
          <section aria-labelledby="notes-title" className="results-section card no-print">
            <h2 id="notes-title">{t('coach.notesTitle')}</h2>
            <div className="field field-wide">
              <label htmlFor="coach-notes">{t('coach.notesLabel')}</label>
              <textarea
                id="coach-notes"
                rows={6}
                maxLength={100_000}
                value={notes}
                onChange={(event) => setNotes(stored.key, event.target.value)}
              />
            </div>
            <p className="muted small">{t('coach.notesHelp')}</p>
          </section>
        ),
      })}
    </>
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
  const [checked, setChecked] = useState<readonly string[]>([]);
  const [confirmClear, setConfirmClear] = useState(false);
  const date = (value: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(value));
  const shown = selected.length === 1 ? results.find((r) => r.key === selected[0]) : undefined;
  const compared = selected.length === 2 ? results.filter((r) => selected.includes(r.key)) : [];
  const checkedResults = results.filter((r) => checked.includes(r.key));
  const sameBank =
    checkedResults.length === 2 && checkedResults[0]?.result.bank.id === checkedResults[1]?.result.bank.id;

  return (
    <>
      <h1>{t('coach.title')}</h1>
      <p className="prose">{t('coach.intro')}</p>
      <ImportPanel />
      {results.length > 0 && (
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
              {results.map(({ key, result }) => (
                <tr key={key}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('coach.compareThis', {
                        name: result.name ?? t('coach.anonymous'),
                        date: date(resultDate(result)),
                      })}
                      checked={checked.includes(key)}
                      onChange={(event) =>
                        setChecked(
                          event.target.checked
                            ? [...checked, key].slice(-2)
                            : checked.filter((k) => k !== key),
                        )
                      }
                    />
                  </td>
                  <th scope="row">{result.name ?? t('coach.anonymous')}</th>
                  <td>{date(resultDate(result))}</td>
                  <td>
                    {result.bank.id} {result.bank.version}
                  </td>
                  <td>
                    <button type="button" className="link-button" onClick={() => select([key])}>
                      {t('coach.show')}
                    </button>{' '}
                    <button type="button" className="link-button" onClick={() => remove(key)}>
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
