/**
 * Before a campaign leaves test mode: who would get a request now, how many later, and who is left out
 * and why (campaigns/go-live). Nothing is saved until the seller confirms.
 */
import type { GoLiveRow, GoLiveSummary } from '../../../lib/campaigns/go-live';
import { marketplaceById } from '../../../lib/marketplaces';
import type { Campaign } from '../../../lib/model';
import { useI18n } from '../../i18n';
import { ConfirmDialog, Table, type Column } from '../../ui';
import { reasonText } from './labels';

export function GoLiveDialog({ name, summary, failure, campaigns, busy, onConfirm, onCancel }: {
  name: string; summary: GoLiveSummary | null; failure: string | null; campaigns: readonly Campaign[]; busy: boolean;
  onConfirm: () => void; onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const day = new Intl.DateTimeFormat(locale === 'zh_CN' ? 'zh-CN' : 'en-US', { dateStyle: 'medium' });
  const mp = (r: GoLiveRow) => marketplaceById(r.marketplaceId)?.code ?? '';
  const base: Column<GoLiveRow>[] = [
    { id: 'order', header: t('cpColOrder'), cell: (r) => <span className="si-mono">{r.orderId}</span> },
    { id: 'mp', header: t('cpColMarketplace'), cell: mp },
    { id: 'buyer', header: t('cpColBuyer'), cell: (r) => r.buyerName ?? '—' },
  ];
  const reason: Column<GoLiveRow> = { id: 'reason', header: t('cpColReason'), cell: (r) => reasonText(t, r.reason, r.detail, campaigns, (iso) => day.format(new Date(iso))) };
  return (
    <ConfirmDialog wide title={t('cpGoLiveTitle', name)} confirmLabel={t('cpGoLiveConfirm')} cancelLabel={t('cpGoLiveCancel')}
      onConfirm={onConfirm} onCancel={onCancel} busy={busy || !summary} variant="primary">
      <div className="cp-golive" data-si="go-live-dialog">
        {failure && <div className="si-notice si-notice--error" role="alert">{failure}</div>}
        {!summary && !failure && <p className="si-muted">{t('cpGoLiveLoading')}</p>}
        {summary && (
          <>
            <p>{t('cpGoLiveIntro')}</p>
            <h3 data-si="go-live-due-count" data-count={summary.dueTotal}>{t('cpGoLiveDue', String(summary.dueTotal))}</h3>
            {summary.due.length > 0 && (
              <div data-si="go-live-due">
                <Table columns={base} rows={summary.due} rowKey={(r) => r.orderId} caption={t('cpGoLiveDue', String(summary.dueTotal))} maxHeight={220} />
              </div>
            )}
            {summary.dueTotal > summary.due.length && <p className="si-muted">{t('cpMoreRows', String(summary.due.length), String(summary.dueTotal))}</p>}
            <p className="si-muted">{t('cpGoLiveLater', String(summary.later))}</p>
            <h3 data-si="go-live-left-out-count" data-count={summary.leftOutTotal}>{t('cpGoLiveLeftOut', String(summary.leftOutTotal))}</h3>
            {summary.leftOut.length > 0 && (
              <div data-si="go-live-left-out">
                <Table columns={[...base, reason]} rows={summary.leftOut} rowKey={(r) => r.orderId} caption={t('cpGoLiveLeftOut', String(summary.leftOutTotal))} maxHeight={260} />
              </div>
            )}
            {summary.leftOutTotal > summary.leftOut.length && <p className="si-muted">{t('cpMoreRows', String(summary.leftOut.length), String(summary.leftOutTotal))}</p>}
            <p className="si-muted">{t('cpGoLiveOnlyStored')}</p>
          </>
        )}
      </div>
    </ConfirmDialog>
  );
}
