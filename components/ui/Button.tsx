import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Icon, type IconName } from './icons';

export type ButtonVariant = 'default' | 'primary' | 'danger' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'md' | 'sm';
  icon?: IconName;
  children?: ReactNode;
}

export const buttonClass = (variant: ButtonVariant = 'default', size: 'md' | 'sm' = 'md', extra = ''): string =>
  ['si-btn', variant !== 'default' && `si-btn--${variant}`, size === 'sm' && 'si-btn--sm', extra].filter(Boolean).join(' ');

/** A button; `type="button"` unless said otherwise, so it never submits a form by accident. */
export function Button({ variant, size, icon, children, className, type = 'button', ...rest }: ButtonProps) {
  return (
    <button type={type} className={buttonClass(variant, size, className)} {...rest}>
      {icon && <Icon name={icon} />}
      {children}
    </button>
  );
}

export interface IconButtonProps extends Omit<ButtonProps, 'children' | 'icon'> {
  icon: IconName;
  /** the accessible name and the tooltip */
  label: string;
}

export function IconButton({ icon, label, variant = 'ghost', size, className, type = 'button', ...rest }: IconButtonProps) {
  return (
    <button type={type} className={buttonClass(variant, size, `si-icon-btn ${className ?? ''}`)} aria-label={label} title={label} {...rest}>
      <Icon name={icon} />
    </button>
  );
}
