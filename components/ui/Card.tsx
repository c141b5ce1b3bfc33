import type { ReactNode } from 'react';

export interface CardProps {
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  footer?: ReactNode;
  children?: ReactNode;
  /** no padding around the body (tables) */
  flush?: boolean;
  className?: string;
  'aria-labelledby'?: string;
}

export function Card({ title, description, actions, footer, children, flush, className, ...rest }: CardProps) {
  return (
    <section className={`si-card ${className ?? ''}`} aria-labelledby={rest['aria-labelledby']}>
      {(title || actions) && (
        <header className="si-card__header">
          <div className="si-spacer">
            {title && <h2 className="si-card__title" id={rest['aria-labelledby']}>{title}</h2>}
            {description && <div className="si-card__desc">{description}</div>}
          </div>
          {actions}
        </header>
      )}
      {flush ? children : <div className="si-card__body">{children}</div>}
      {footer && <footer className="si-card__footer">{footer}</footer>}
    </section>
  );
}
