/** An on/off switch (role="switch") with its visible label; Space and Enter toggle it. */
import { useId, type ReactNode } from 'react';

export interface ToggleProps {
  checked: boolean;
  onChange?: (checked: boolean) => void;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
  /** tooltip, e.g. why it is disabled */
  title?: string;
  'data-si'?: string;
}

export function Toggle({ checked, onChange, label, description, disabled, title, ...rest }: ToggleProps) {
  const id = useId();
  return (
    <div className={`si-toggle ${disabled ? 'si-toggle--disabled' : ''}`} title={title}>
      <button id={id} type="button" role="switch" className="si-toggle__track" aria-checked={checked} disabled={disabled}
        aria-describedby={description ? `${id}-desc` : undefined} onClick={() => onChange?.(!checked)} data-si={rest['data-si']} />
      <span>
        <label htmlFor={id}>{label}</label>
        {description && <div className="si-field__hint" id={`${id}-desc`}>{description}</div>}
      </span>
    </div>
  );
}
