import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../../ui/download';
import type { ComparisonView } from '../../views/comparison';
import type { ResultsView } from '../../views/results';

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly file: string }
  | { readonly kind: 'failed'; readonly message: string };

interface ReportDownloadProps {
  /** Builds the results view model the PDF prints (the same builder as the page's). */
  readonly build: (generatedAt: Date) => ResultsView;
  readonly name: string;
  /** A before/after comparison, printed in the report. */
  readonly comparison?: ComparisonView;
  /** When given, asks for the participant's name (it is then on every export). */
  readonly onNameChange?: (name: string) => void;
}

/** Downloads the PDF report (made in the browser; the PDF code loads on demand), with the name it carries. */
export function ReportDownload({ build, name, comparison, onNameChange }: ReportDownloadProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const download = async () => {
    setStatus({ kind: 'working' });
    try {
      const { makeReport } = await import('../../report/generate');
      const { bytes, fileName } = await makeReport(build(new Date()), comparison);
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
      {onNameChange && (
        <label className="field">
          <span>{t('report.nameLabel')}</span>
          <input
            type="text"
            value={name}
            maxLength={200}
            autoComplete="name"
            onChange={(event) => onNameChange(event.target.value)}
          />
        </label>
      )}
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
