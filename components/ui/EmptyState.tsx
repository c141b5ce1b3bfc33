import type { ReactNode } from 'react';
import { Icon, type IconName } from './icons';

export function EmptyState({ icon = 'inbox', title, children, action }: {
  icon?: IconName; title: ReactNode; children?: ReactNode; action?: ReactNode;
}) {
  return (
    <div className="si-empty">
      <div className="si-empty__icon"><Icon name={icon} size={20} /></div>
      <div className="si-empty__title">{title}</div>
      {children && <div className="si-empty__body">{children}</div>}
      {action}
    </div>
  );
}
