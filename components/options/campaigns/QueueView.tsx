/** The queues: pending / sent / skipped / failed / needs a look / test, with reasons, search and campaign filter. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Campaign } from '../../../lib/model';
import { marketplaceById } from '../../../lib/marketplaces';
import { pageUrls } from '../../../lib/seller-central/pages';
import type { QueueName, QueueResponse, QueueRow } from '../../../lib/protocol/handlers/campaigns-schemas';
import { sendRequest } from '../../messaging';
import { useI18n } from '../../i18n';
import { Badge, Button, Card, EmptyState, Icon, Table, Tabs, useToast, type Column } from '../../ui';
import { noteText, reasonText } from './labels';
import { SafeText } from '../../text/SafeText';

const QUEUE_TABS: QueueName[] = ['pending', 'sent', 'skipped', 'failed', 'unknown', 'test'];
const PAGE = 100;

export function QueueView({ campaigns, refreshKey, onChanged }: { campaigns: readonly Campaign[]; refreshKey: number; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const [queue, setQueue] = useState<QueueName>('pending');
  const [query, setQuery] = useState('');
  const [campaignId, setCampaignId] = useState('');
  const [data, setData] = useState<QueueResponse | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const fmt = useMemo(() => new Intl.DateTimeFormat(locale === 'zh_CN' ? 'zh-CN' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' }), [locale]);
  const names = useMemo(() => new Map(campaigns.map((c) => [c.id, c])), [campaigns]);

  const load = useCallback(() => {
    sendRequest({ type: 'campaigns/queue', queue, query, limit: PAGE, ...(campaignId ? { campaignId } : {}) })
      .then((r) => { setData(r); setFailure(null); }, (e: unknown) => setFailure(e instanceof Error ? e.message : String(e)));
  }, [queue, query, campaignId]);
  useEffect(() => { const h = setTimeout(load, 150); return () => clearTimeout(h); }, [load, refreshKey]);

  const resolve = async (row: QueueRow, outcome: 'sent' | 'not-sent') => {
    if (!row.key) return;
    try {
      await sendRequest({ type: 'campaigns/resolve', key: row.key, outcome });
      toast.show({ text: t(outcome === 'sent' ? 'cpResolvedSent' : 'cpResolvedNotSent', row.orderId) });
      load();
      onChanged();
    } catch (e) {
      toast.show({ text: e instanceof Error ? e.message : String(e), tone: 'error' });
    }
  };

  const day = useMemo(() => new Intl.DateTimeFormat(locale === 'zh_CN' ? 'zh-CN' : 'en-US', { dateStyle: 'medium' }), [locale]);
  const reasonCell = (r: QueueRow) => (
    <span data-si="queue-reason">
      {r.reason || queue === 'skipped' || queue === 'failed' || queue === 'unknown' ? reasonText(t, r.reason, r.detail, campaigns, (iso) => day.format(new Date(iso))) : null}
    </span>
  );

  const whatCell = (r: QueueRow) => {
    const c = r.campaignId ? names.get(r.campaignId) : undefined;
    const method = c?.method ?? (r.kind === 'campaign-message' ? 'template-message' : 'amazon-review-request');
    if (method === 'amazon-review-request') return <span className="si-muted">{t('cpAmazonFixed')}</span>;
    // test results store "<verdict> <notes…>" as their reason
    const [storedVerdict, ...storedNotes] = queue === 'test' ? (r.reason ?? '').split(' ') : [];
    const verdict = r.verdict ?? (storedVerdict ? (storedVerdict as QueueRow['verdict']) : undefined);
    const notes = r.notes ?? storedNotes;
    return (
      <div className="cp-preview">
        {verdict && (
          <span className="cp-badges">
            <Badge tone={verdict === 'ok' ? 'ok' : verdict === 'warn' ? 'soon' : 'overdue'}>{t(`cpVerdict_${verdict.replace(/-/g, '_')}`)}</Badge>
            {notes.length > 0 && <span className="si-muted" data-si="campaign-preview-notes">{[...new Set(notes.map((n) => noteText(t, n)))].join(', ')}</span>}
          </span>
        )}
        {r.text ? <pre className="cp-text" data-si="campaign-preview-text">{r.text}</pre> : null}
      </div>
    );
  };

  const columns: Column<QueueRow>[] = [
    {
      id: 'order', header: t('cpColOrder'),
      cell: (r) => {
        const host = marketplaceById(r.marketplaceId)?.sellerCentralHost ?? 'sellercentral.amazon.com';
        return <a className="si-mono" href={`https://${host}${pageUrls.order(r.orderId)}`} target="_blank" rel="noreferrer">{r.orderId}</a>;
      },
    },
    { id: 'mp', header: t('cpColMarketplace'), cell: (r) => marketplaceById(r.marketplaceId)?.code ?? r.marketplaceId },
    { id: 'buyer', header: t('cpColBuyer'), cell: (r) => (r.buyerName ? <SafeText value={r.buyerName} warning={t('suspiciousText')} /> : <span className="si-muted">—</span>) },
    { id: 'campaign', header: t('cpColCampaign'), cell: (r) => (r.campaignId ? names.get(r.campaignId)?.name ?? r.campaignId : '—') },
    queue === 'pending'
      ? { id: 'when', header: t('cpColWhen'), cell: (r) => (r.sendAt ? <span>{r.due ? <Badge tone="accent">{t('cpDue')}</Badge> : fmt.format(new Date(r.sendAt))}</span> : '') }
      : { id: 'when', header: t('cpColUpdated'), cell: (r) => (r.updatedAt ? <span className="si-muted">{fmt.format(new Date(r.updatedAt))}</span> : '') },
    ...(queue === 'pending' || queue === 'test' || queue === 'sent'
      ? [{ id: 'what', header: t('cpColWhat'), cell: whatCell }]
      : [{ id: 'reason', header: t('cpColReason'), cell: reasonCell }]),
    ...(queue === 'unknown' ? [{
      id: 'actions', header: <span className="si-visually-hidden">{t('blColActions')}</span>, align: 'end' as const,
      cell: (r: QueueRow) => (
        <span className="cp-actions">
          <Button size="sm" onClick={() => void resolve(r, 'sent')} data-si="campaign-mark-sent">{t('cpMarkSent')}</Button>
          <Button size="sm" onClick={() => void resolve(r, 'not-sent')}>{t('cpMarkNotSent')}</Button>
        </span>
      ),
    }] : []),
  ];

  const tabs = QUEUE_TABS.map((id) => ({ id, label: `${t(`cpQueue_${id}`)} (${data?.counts[id] ?? 0})` }));
  return (
    <Card flush title={t('cpQueuesTitle')} actions={(
      <>
        <select className="si-select cp-filter" value={campaignId} aria-label={t('cpFilterCampaign')} onChange={(e) => setCampaignId(e.currentTarget.value)}>
          <option value="">{t('cpAllCampaigns')}</option>
          {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
        <div className="opt-search">
          <Icon name="search" />
          <input className="si-input" type="search" value={query} placeholder={t('cpSearchPlaceholder')} aria-label={t('cpSearchLabel')}
            onChange={(e) => setQuery(e.currentTarget.value)} data-si="campaign-search" />
        </div>
      </>
    )}>
      <Tabs tabs={tabs} value={queue} onChange={(id) => setQueue(id as QueueName)} label={t('cpQueuesTitle')} idPrefix="cp-queue" />
      <div role="tabpanel" id={`cp-queue-panel-${queue}`} aria-labelledby={`cp-queue-tab-${queue}`}>
        {queue === 'unknown' && <p className="cp-hint si-muted">{t('cpUnknownHint')}</p>}
        {failure && <div className="si-notice si-notice--error" role="alert">{failure}</div>}
        {data && (
          <Table columns={columns} rows={data.rows} rowKey={(r) => `${r.key ?? ''}|${r.campaignId ?? ''}|${r.orderId}`} caption={t(`cpQueue_${queue}`)} maxHeight={520}
            empty={<EmptyState icon="campaigns" title={t('cpQueueEmpty')}>{query ? t('blNoMatchBody', query) : t(`cpQueueEmpty_${queue}`)}</EmptyState>} />
        )}
        {data && data.total > data.rows.length && <p className="cp-hint si-muted">{t('cpMoreRows', String(data.rows.length), String(data.total))}</p>}
      </div>
    </Card>
  );
}
