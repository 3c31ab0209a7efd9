import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentData } from '../../domain/answers';
import type { BankIndex } from '../../domain/bank/model';
import { pickText } from '../../domain/bank/texts';
import { buildResultFile, resultFileText } from '../../domain/result-file';
import { encodeShare, SHARE_KEY } from '../../domain/share-link';
import { pathOf } from '../../state/route';
import { CopyField } from '../../ui/copy-field';
import { saveFile } from '../../ui/download';
import { useBankHash } from '../../ui/use-bank-hash';
import { fileBaseOf, reportFileName } from '../../views/file-names';

/**
 * Export the result as a file, or copy a link that carries it in the URL fragment. Both are made from the
 * assessment as it is now (the name included), never from a copy taken earlier.
 */
export function ShareExport({
  index,
  data,
  feedback,
}: {
  readonly index: BankIndex;
  readonly data: AssessmentData;
  /** A feedback round's counted responses: the file carries them (encrypted), the link does not. */
  readonly feedback?: { readonly roundId: string; readonly responses: readonly string[] } | undefined;
}) {
  const { t, i18n } = useTranslation();
  const hash = useBankHash(index.bank);
  const [saved, setSaved] = useState<string | null>(null);
  const result = useMemo(
    () =>
      hash === ''
        ? null
        : buildResultFile({
            bank: { id: index.bank.id, version: index.bank.version },
            bankSha256: hash,
            language: i18n.language,
            startedAt: data.startedAt,
            completedAt: data.completedAt,
            name: data.name,
            answers: data.answers,
            context: data.context,
            reflections: data.reflections,
            choices: data.choices,
          }),
    [index, data, hash, i18n.language],
  );
  const file = useMemo(
    () =>
      result === null || feedback === undefined
        ? result
        : { ...result, feedback: { ...feedback, responses: [...feedback.responses].sort() } },
    [result, feedback],
  );
  const link =
    result === null ? '' : `${location.origin}${pathOf('shared')}#${SHARE_KEY}=${encodeShare(result)}`;
  return (
    <section aria-labelledby="share-title" className="results-section card no-print">
      <h2 id="share-title">{t('share.title')}</h2>
      <p>{t('share.help')}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={file === null}
          onClick={() => {
            if (!file) return;
            const base = `${fileBaseOf(pickText(index.bank.title, i18n.language, index.bank.languages))}-${t('share.fileWord')}`;
            const fileName = reportFileName(base, data.name, '', new Date(), 'json');
            saveFile(resultFileText(file), fileName, 'application/json');
            setSaved(fileName);
          }}
        >
          {t('share.export')}
        </button>
      </div>
      {feedback !== undefined && (
        <p className="muted small">{t('share.feedbackNote', { count: feedback.responses.length })}</p>
      )}
      <p role="status" className="muted small">
        {saved === null ? '' : t('share.saved', { file: saved })}
      </p>
      <CopyField
        label={t('share.linkLabel')}
        value={link}
        copyLabel={t('share.copy')}
        copiedLabel={t('share.copied')}
      />
      <p className="muted small">{t('share.linkNote')}</p>
    </section>
  );
}
