import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'overdue' | 'soon' | 'accent' | 'ok';

export function Badge({ tone = 'neutral', children, title, ...rest }: { tone?: BadgeTone; children: ReactNode; title?: string; 'data-si'?: string }) {
  return (
    <span className={`si-badge ${tone === 'neutral' ? '' : `si-badge--${tone}`}`} title={title} data-si={rest['data-si']}>
      {children}
    </span>
  );
}
