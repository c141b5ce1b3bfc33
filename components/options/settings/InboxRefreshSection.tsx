/**
 * Settings card of the background inbox refresh, which does not run (lib/inbox-refresh/index.ts): it says why, and
 * where counts of the other marketplaces come from instead (the pages the seller opens, with their age in the popup).
 */
import { useEffect, useState } from 'react';
import type { InboxRefreshStatus, RefreshBlock } from '../../../lib/inbox-refresh/types';
import { sendRequest } from '../../messaging';
import { useI18n } from '../../i18n';
import { Card, Toggle } from '../../ui';

const BLOCK_TEXT: Record<RefreshBlock, string> = {
  'switches-marketplace': 'setRefreshBlockedSwitches',
};

export function InboxRefreshSection() {
  const { t } = useI18n();
  const [status, setStatus] = useState<InboxRefreshStatus | null>(null);
  useEffect(() => {
    sendRequest({ type: 'inbox-refresh/status' }).then(setStatus, () => undefined);
  }, []);
  if (!status) return null;
  return (
    <Card title={t('setRefreshTitle')} description={t('setRefreshNotRunDesc')}>
      <Toggle checked={false} disabled label={t('setRefreshLabel')} description={t('setRefreshNotRunHint')}
        onChange={() => undefined} data-si="setting-inbox-refresh" />
      <p className="si-muted" role="note" data-si="inbox-refresh-status" data-si-blocked={status.blocked}>
        {t(BLOCK_TEXT[status.blocked])}
      </p>
    </Card>
  );
}
