import { useId, useState } from 'react';
import { FileDrop } from './file-drop';

/** The words of a response intake form, in the page's language. */
export interface ResponseIntakeLabels {
  readonly paste: string;
  readonly pasteButton: string;
  readonly files: string;
  readonly filesHint: string;
}

/**
 * Where 360° responses come in: a text area for pasted response links (any number) with its button, a
 * drop zone for response files, and what happened to each response, announced as it changes. The page
 * decides what a paste or a file means (`onPasted`, `onFiles`); the form keeps the text and the busy state.
 */
export function ResponseIntakeForm({
  labels,
  onPasted,
  onFiles,
  outcomes,
  primary = false,
}: {
  readonly labels: ResponseIntakeLabels;
  readonly onPasted: (text: string) => Promise<void>;
  readonly onFiles: (files: readonly File[]) => Promise<void>;
  /** One sentence per response, marked when it was refused. */
  readonly outcomes: readonly { readonly text: string; readonly refused: boolean }[];
  /** Whether taking in the pasted links is the page's main action. */
  readonly primary?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const run = (work: () => Promise<void>) => {
    setBusy(true);
    void work().finally(() => setBusy(false));
  };
  return (
    <div aria-busy={busy}>
      <div className="field field-wide">
        <label htmlFor={`${id}-links`}>{labels.paste}</label>
        <textarea
          id={`${id}-links`}
          rows={4}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className={primary ? 'button button-primary' : 'button'}
          disabled={busy || text.trim() === ''}
          onClick={() =>
            run(async () => {
              await onPasted(text);
              setText('');
            })
          }
        >
          {labels.pasteButton}
        </button>
      </div>
      <FileDrop
        label={labels.files}
        hint={labels.filesHint}
        accept=".json,.txt,application/json,text/plain"
        multiple
        onFiles={(files) => run(() => onFiles(files))}
      />
      <div role="status" aria-live="polite">
        {outcomes.length > 0 && (
          <ul className="import-outcomes">
            {outcomes.map((outcome, i) => (
              <li key={i} className={outcome.refused ? 'refused' : undefined}>
                {outcome.text}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
