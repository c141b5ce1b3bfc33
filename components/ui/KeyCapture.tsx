/**
 * A shortcut field: focus it and press the keys. Escape leaves it as it was; Tab moves on as usual.
 * Shows the shortcut as key caps; announces "press a key" while it listens.
 */
import { useState, type KeyboardEvent } from 'react';
import { Field } from './Field';
import { shortcutFromEvent } from './shortcut';

export interface KeyCaptureProps {
  label: string;
  value: string;
  onChange: (shortcut: string) => void;
  /** shown while listening, e.g. "Press the keys…" */
  listeningText: string;
  hint?: string;
  error?: string | undefined;
  'data-si'?: string;
}

export function KeyCapture({ label, value, onChange, listeningText, hint, error, ...rest }: KeyCaptureProps) {
  const [listening, setListening] = useState(false);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) return;
    if (e.key === 'Escape') { e.currentTarget.blur(); return; }
    const shortcut = shortcutFromEvent(e);
    e.preventDefault();
    if (shortcut) onChange(shortcut);
  };
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <button id={id} type="button" className="si-input si-input--key" aria-describedby={describedBy}
          aria-invalid={invalid || undefined} data-si={rest['data-si']}
          onFocus={() => setListening(true)} onBlur={() => setListening(false)} onKeyDown={onKeyDown}>
          {listening ? <span className="si-muted" aria-live="polite">{listeningText}</span> : <Keys shortcut={value} />}
        </button>
      )}
    </Field>
  );
}

export function Keys({ shortcut }: { shortcut: string }) {
  return (
    <span className="si-keys">
      {shortcut.split(/\+(?!$)/).map((part, i) => <kbd key={i} className="si-kbd">{part}</kbd>)}
    </span>
  );
}
