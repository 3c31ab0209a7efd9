import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentData } from '../../domain/answers';
import { bankHash } from '../../domain/bank/hash';
import type { BankIndex } from '../../domain/bank/model';
import type { Scores } from '../../domain/scoring';
import type { Translate } from '../../report/describe';
import type { Comparison } from '../../report/model';
import { saveFile } from '../../ui/download';

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly file: string }
  | { readonly kind: 'failed'; readonly message: string };

interface ReportDownloadProps {
  readonly index: BankIndex;
  readonly scores: Scores;
  readonly data: AssessmentData;
  /** The coach's notes, printed in the report. */
  readonly coachNotes?: string;
  /** A before/after comparison, printed in the report. */
  readonly comparison?: Comparison;
  /** Called when the name on the report changes (the participant's name is remembered). */
  readonly onNameChange?: (name: string) => void;
}

/** Asks for an optional name and downloads the PDF report (made in the browser; the PDF code loads on demand). */
export function ReportDownload({
  index,
  scores,
  data,
  coachNotes,
  comparison,
  onNameChange,
}: ReportDownloadProps) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState(data.name);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const download = async () => {
    setStatus({ kind: 'working' });
    try {
      const [{ makeReport }, hash] = await Promise.all([
        import('../../report/generate'),
        bankHash(index.bank),
      ]);
      const language = i18n.language;
      const { bytes, fileName } = await makeReport(
        {
          index,
          scores,
          context: data.context,
          reflections: data.reflections,
          name,
          completedAt: data.completedAt,
          generatedAt: new Date(),
          language,
          bankHash: hash,
          ...(coachNotes === undefined ? {} : { coachNotes }),
          ...(comparison === undefined ? {} : { comparison }),
        },
        i18n.getFixedT(language) as unknown as Translate,
      );
      saveFile(bytes, fileName, 'application/pdf');
      setStatus({ kind: 'done', file: fileName });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section aria-labelledby="report-title" className="results-section card no-print">
      <h2 id="report-title">{t('report.title')}</h2>
      <p>{t('report.help')}</p>
      <label className="field">
        <span>{t('report.nameLabel')}</span>
        <input
          type="text"
          value={name}
          maxLength={200}
          autoComplete="name"
          onChange={(event) => {
            setName(event.target.value);
            onNameChange?.(event.target.value);
          }}
        />
      </label>
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={status.kind === 'working'}
          onClick={() => void download()}
        >
          {t('report.download')}
        </button>
      </div>
      <p role="status" className={status.kind === 'failed' ? 'error-text' : 'muted'}>
        {status.kind === 'working' && t('report.generating')}
        {status.kind === 'done' && t('report.generated', { file: status.file })}
        {status.kind === 'failed' && t('report.failed', { message: status.message })}
      </p>
    </section>
  );
}
