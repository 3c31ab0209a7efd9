import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../domain/problems';
import { checkResultForBank } from '../../domain/result-check';
import { readResultBytes, type ResultFile, type ResultReading } from '../../domain/result-file';
import { decodeShare, sharePayload } from '../../domain/share-link';
import { resolveBank } from '../../state/bank';
import { useCoach } from '../../state/coach';
import { FileDrop } from '../../ui/file-drop';
import { ProblemList } from '../../ui/problem-list';
import { readFileBytes } from '../../ui/read-file';
import { describeRefusal } from '../../views/refusals';

/** Why one file or link was not opened, with its problems when it has them. */
interface Refusal {
  readonly source: string;
  readonly text: string;
  readonly problems: readonly Problem[];
}

/** The problems of a result against its bank, when the app has that bank (else they are checked later). */
async function bankProblems(result: ResultFile): Promise<readonly Problem[]> {
  const bank = await resolveBank({ id: result.bank.id, version: result.bank.version });
  return bank.status === 'ready' ? checkResultForBank(bank.index, result) : [];
}

/** Opening result files and share links: each is judged on its own, every refusal is listed, the rest open. */
export function ImportPanel() {
  const { t } = useTranslation();
  const add = useCoach((state) => state.add);
  const [link, setLink] = useState('');
  const [refusals, setRefusals] = useState<readonly Refusal[]>([]);
  const [opened, setOpened] = useState<number | null>(null);

  /** Opens a reading, or says why not. */
  const judge = async (
    source: string,
    reading: ResultReading | { ok: false; reason: 'bad-link' },
  ): Promise<Refusal | null> => {
    if (!reading.ok)
      return {
        source,
        text: describeRefusal(t, reading),
        problems: reading.reason === 'invalid' ? reading.problems : [],
      };
    const problems = await bankProblems(reading.result);
    if (problems.length > 0)
      return { source, text: t('import.notFitting', { count: problems.length }), problems };
    add(reading.result);
    return null;
  };

  const openFiles = async (files: readonly File[]) => {
    const found: Refusal[] = [];
    let count = 0;
    for (const file of files) {
      const refusal = await judge(file.name, readResultBytes(await readFileBytes(file)));
      if (refusal) found.push(refusal);
      else count += 1;
    }
    setRefusals(found);
    setOpened(count);
  };

  const openLink = async () => {
    const text = link.trim();
    const payload = sharePayload(text.includes('#') ? text.slice(text.indexOf('#')) : `#r=${text}`);
    const refusal = await judge(
      t('coach.theLink'),
      payload === null ? { ok: false, reason: 'bad-link' } : decodeShare(payload),
    );
    setRefusals(refusal ? [refusal] : []);
    setOpened(refusal ? 0 : 1);
    if (!refusal) setLink('');
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
        <button
          type="button"
          className="button"
          disabled={link.trim() === ''}
          onClick={() => void openLink()}
        >
          {t('coach.openLink')}
        </button>
      </div>
      <div aria-live="polite">
        {opened !== null && opened > 0 && (
          <p role="status" className="muted">
            {t('coach.opened', { count: opened })}
          </p>
        )}
        {refusals.map((refusal, i) =>
          refusal.problems.length > 0 ? (
            <ProblemList
              key={i}
              title={`${refusal.source}: ${refusal.text}`}
              problems={refusal.problems}
              wholeFile={t('facilitator.wholeFile')}
            />
          ) : (
            <p key={i} className="card card-attention" role="alert">
              {refusal.source}: {refusal.text}
            </p>
          ),
        )}
      </div>
    </section>
  );
}
