import { useId, useRef, useState } from 'react';

interface CopyFieldProps {
  readonly label: string;
  readonly value: string;
  readonly copyLabel: string;
  readonly copiedLabel: string;
}

/** A read-only text field with a copy button; says so when copied (falls back to selecting the text). */
export function CopyField({ label, value, copyLabel, copiedLabel }: CopyFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard access (permissions, insecure context): the text is selected for a manual copy.
      setCopied(false);
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input
          id={id}
          ref={input}
          type="text"
          readOnly
          value={value}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" disabled={value === ''} onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      <p role="status" className="muted small">
        {copied ? copiedLabel : ''}
      </p>
    </div>
  );
}
