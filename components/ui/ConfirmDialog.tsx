/**
 * A modal dialog (role="dialog", aria-modal): focus moves in on open and back on close, Tab stays
 * inside, Escape and the backdrop cancel. `Dialog` is the frame; `ConfirmDialog` adds confirm/cancel.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Button, type ButtonVariant } from './Button';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  onClose: () => void;
  wide?: boolean;
}

export function Dialog({ title, children, footer, onClose, wide }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? ref.current)?.focus();
    return () => previous?.focus?.();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.stopPropagation(); onClose(); return; }
    if (e.key !== 'Tab' || !ref.current) return;
    const nodes = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = nodes[0];
    const last = nodes[nodes.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  };
  return (
    <div className="si-dialog-backdrop" onMouseDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div ref={ref} className={`si-dialog ${wide ? 'si-dialog--wide' : ''}`} role="dialog" aria-modal="true"
        aria-labelledby={titleId} tabIndex={-1} onKeyDown={onKeyDown}>
        <div className="si-dialog__header"><h2 className="si-dialog__title" id={titleId}>{title}</h2></div>
        <div className="si-dialog__body">{children}</div>
        {footer && <div className="si-dialog__footer">{footer}</div>}
      </div>
    </div>
  );
}

export interface ConfirmDialogProps {
  title: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  variant?: ButtonVariant;
  busy?: boolean;
  confirmDisabled?: boolean;
  wide?: boolean;
}

export function ConfirmDialog({
  title, children, confirmLabel, cancelLabel, onConfirm, onCancel, variant = 'primary', busy, confirmDisabled, wide,
}: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onCancel} wide={wide} footer={(
      <>
        <Button onClick={onCancel}>{cancelLabel}</Button>
        <Button variant={variant} onClick={onConfirm} disabled={busy || confirmDisabled} data-autofocus>{confirmLabel}</Button>
      </>
    )}>
      {children}
    </Dialog>
  );
}
