import { EmptyState, type IconName } from '../ui';
import { useT } from '../i18n';

/** An honest placeholder for a page that is not built yet. */
export function ComingSoon({ icon, what }: { icon: IconName; what: string }) {
  const t = useT();
  return (
    <div className="si-card">
      <EmptyState icon={icon} title={t('optComingSoonTitle')}>
        {t('optComingSoonBody', what)}
      </EmptyState>
    </div>
  );
}
