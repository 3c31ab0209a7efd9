import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface FileDropProps {
  readonly label: string;
  readonly hint: string;
  readonly accept: string;
  readonly multiple?: boolean;
  readonly onFiles: (files: readonly File[]) => void;
}

/**
 * A file chooser that also takes files dropped on it. Files are only read here, never uploaded. The browser's
 * own control (whose text follows the browser's language, not the app's) is hidden but stays the focusable,
 * labelled input; a button-styled label in the app's language opens it.
 */
export function FileDrop({ label, hint, accept, multiple = false, onFiles }: FileDropProps) {
  const { t } = useTranslation();
  const id = useId();
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };
  return (
    <div
      className={over ? 'file-drop file-drop-over' : 'file-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id} className="file-drop-label">
        {label}
      </label>
      <input
        id={id}
        type="file"
        className="visually-hidden"
        accept={accept}
        multiple={multiple}
        onChange={(event) => {
          take(event.target.files);
          event.target.value = '';
        }}
      />
      <label htmlFor={id} className="button file-drop-button" aria-hidden="true">
        {t(multiple ? 'files.chooseMany' : 'files.chooseOne')}
      </label>
      <p className="muted small">{hint}</p>
    </div>
  );
}
