import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentData } from '../../domain/answers';
import { bankHash } from '../../domain/bank/hash';
import type { BankIndex } from '../../domain/bank/model';
import { buildResultFile, resultFileText, type ResultFile } from '../../domain/result-file';
import { encodeShare, SHARE_KEY } from '../../domain/share-link';
import { reportFileName } from '../../report/model';
import { pathOf } from '../../state/route';
import { CopyField } from '../../ui/copy-field';
import { saveFile } from '../../ui/download';

/** Builds the result file of an assessment (answers, never scores), with the bank's fingerprint. */
function useResultFile(index: BankIndex, data: AssessmentData): ResultFile | null {
  const { i18n } = useTranslation();
  const [result, setResult] = useState<ResultFile | null>(null);
  useEffect(() => {
    let current = true;
    void bankHash(index.bank).then((sha256) => {
      if (current)
        setResult(
          buildResultFile({
            bank: { id: index.bank.id, version: index.bank.version },
            bankSha256: sha256,
            language: i18n.language,
            startedAt: data.startedAt,
            completedAt: data.completedAt,
            name: data.name,
            answers: data.answers,
            context: data.context,
            reflections: data.reflections,
          }),
        );
    });
    return () => {
      current = false;
    };
  }, [index, data, i18n.language]);
  return result;
}

/** Export the result as a file, or copy a link that carries it in the URL fragment. */
export function ShareExport({ index, data }: { readonly index: BankIndex; readonly data: AssessmentData }) {
  const { t } = useTranslation();
  const result = useResultFile(index, data);
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
          disabled={result === null}
          onClick={() => {
            if (!result) return;
            const fileName = reportFileName(
              t('share.fileBase'),
              data.name,
              t('report.fileDefaultName'),
              new Date(),
            ).replace(/\.pdf$/, '.json');
            saveFile(resultFileText(result), fileName, 'application/json');
          }}
        >
          {t('share.export')}
        </button>
      </div>
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
