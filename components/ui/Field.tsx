/**
 * Form controls with their label, hint and error wired for screen readers (label/for, aria-describedby,
 * aria-invalid). Input, Select and the generic Field wrapper for custom controls.
 */
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** renders the control: gets the ids to wire up */
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
  className?: string;
}

export function Field({ label, hint, error, children, className }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`si-field ${className ?? ''}`}>
      <label className="si-field__label" htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: !!error })}
      {error && <div className="si-field__error" id={errorId} role="alert">{error}</div>}
      {hint && <div className="si-field__hint" id={hintId}>{hint}</div>}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: ReactNode; hint?: ReactNode; error?: string | undefined; fieldClassName?: string;
};

export function Input({ label, hint, error, className, fieldClassName, ...rest }: InputProps) {
  return (
    <Field label={label} hint={hint} error={error} className={fieldClassName}>
      {({ id, describedBy, invalid }) => (
        <input id={id} className={`si-input ${className ?? ''}`} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...rest} />
      )}
    </Field>
  );
}

export interface SelectOption { value: string; label: string }

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: ReactNode; hint?: ReactNode; error?: string | undefined; options: readonly SelectOption[]; fieldClassName?: string;
};

export function Select({ label, hint, error, options, className, fieldClassName, ...rest }: SelectProps) {
  return (
    <Field label={label} hint={hint} error={error} className={fieldClassName}>
      {({ id, describedBy, invalid }) => (
        <select id={id} className={`si-select ${className ?? ''}`} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...rest}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );
}
