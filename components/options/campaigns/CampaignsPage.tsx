/**
 * Campaigns: the runner's status (and why it stopped), the master switch, pause / resume / run now, the
 * campaigns with their editor, the queues, and the send-log export (CSV, formula-injection guarded).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Campaign, Template } from '../../../lib/model';
import type { CampaignStatusResponse } from '../../../lib/protocol/handlers/campaigns-schemas';
import { marketplaceById } from '../../../lib/marketplaces';
import { sendRequest } from '../../messaging';
import { useI18n } from '../../i18n';
import { Badge, Button, Card, ConfirmDialog, EmptyState, IconButton, Table, Toggle, useToast, type Column } from '../../ui';
import { downloadText } from '../blacklist/download';
import { CampaignEditor } from './CampaignEditor';
import { QueueView } from './QueueView';
import { phaseKey, stopKey } from './labels';
import './campaigns.css';
import { templateName } from '../../i18n/template-text';

const POLL_MS = 3_000;

export function CampaignsPage() {
  const { t, locale } = useI18n();
  const toast = useToast();
  const [campaigns, setCampaigns] = useState<Campaign[] | null>(null);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [status, setStatus] = useState<CampaignStatusResponse | null>(null);
  const [editing, setEditing] = useState<Campaign | 'new' | null>(null);
  const [removing, setRemoving] = useState<Campaign | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const fmt = useMemo(() => new Intl.DateTimeFormat(locale === 'zh_CN' ? 'zh-CN' : 'en-US', { dateStyle: 'medium', timeStyle: 'medium' }), [locale]);
  const fail = (e: unknown) => toast.show({ text: e instanceof Error ? e.message : String(e), tone: 'error' });

  const loadCampaigns = useCallback(() => {
    sendRequest({ type: 'campaigns/list' }).then((r) => setCampaigns(r.campaigns), (e: unknown) => setFailure(e instanceof Error ? e.message : String(e)));
  }, []);
  const loadStatus = useCallback(() => { sendRequest({ type: 'campaigns/status' }).then(setStatus, () => undefined); }, []);
  useEffect(() => {
    loadCampaigns();
    loadStatus();
    sendRequest({ type: 'templates/list' }).then((r) => setTemplates(r.templates), () => undefined);
    const h = setInterval(() => { loadStatus(); }, POLL_MS);
    return () => clearInterval(h);
  }, [loadCampaigns, loadStatus]);

  const changed = () => { loadCampaigns(); loadStatus(); setRefreshKey((k) => k + 1); };

  const control = (action: 'pause' | 'resume' | 'run-now') =>
    sendRequest({ type: 'campaigns/control', action }).then((s) => { setStatus(s); setRefreshKey((k) => k + 1); }, fail);

  const setEnabled = (on: boolean) =>
    sendRequest({ type: 'settings/set', values: { campaignsEnabled: on } }).then(() => (on ? control('run-now') : loadStatus()), fail);

  const saveCampaign = (c: Campaign, patch: Partial<Campaign>) => {
    const { createdAt: _c, updatedAt: _u, ...rest } = { ...c, ...patch };
    return sendRequest({ type: 'campaigns/save', campaign: rest }).then(changed, fail);
  };

  const exportCsv = async () => {
    try {
      const { csv, count } = await sendRequest({ type: 'campaigns/export' });
      downloadText(`seller-inbox-send-log-${new Date().toISOString().slice(0, 10)}.csv`, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
      toast.show({ text: t('cpExported', String(count)) });
    } catch (e) { fail(e); }
  };

  const st = status?.status;
  const columns: Column<Campaign>[] = [
    { id: 'name', header: t('cpName'), cell: (c) => <strong>{c.name}</strong> },
    { id: 'kind', header: t('cpKind'), cell: (c) => t(`cpKind_${c.kind.replace(/-/g, '_')}`) },
    { id: 'method', header: t('cpMethod'), cell: (c) => (c.method === 'amazon-review-request' ? t('cpMethod_amazon') : `${t('cpMethod_template')}: ${((x) => (x ? templateName(t, x) : '?'))(templates.find((x) => x.id === c.templateId))}`) },
    { id: 'mps', header: t('cpMarketplaces'), cell: (c) => (c.marketplaceIds.length ? c.marketplaceIds.map((id) => marketplaceById(id)?.code ?? id).join(' ') : t('cpAllMarketplaces')) },
    {
      id: 'state', header: t('cpColState'),
      cell: (c) => (
        <span className="cp-badges">
          {!c.enabled ? <Badge>{t('cpOff')}</Badge> : c.paused ? <Badge tone="soon">{t('cpPaused')}</Badge> : <Badge tone="ok">{t('cpActive')}</Badge>}
          {c.testMode && <Badge tone="accent">{t('cpTestBadge')}</Badge>}
        </span>
      ),
    },
    {
      id: 'actions', header: <span className="si-visually-hidden">{t('blColActions')}</span>, align: 'end',
      cell: (c) => (
        <span className="cp-actions">
          <Button size="sm" onClick={() => void saveCampaign(c, { paused: !c.paused })} data-si={`campaign-pause-${c.id}`}>{c.paused ? t('cpResume') : t('cpPause')}</Button>
          <Button size="sm" onClick={() => setEditing(c)}>{t('cpEdit')}</Button>
          <IconButton icon="trash" size="sm" label={t('cpRemoveLabel', c.name)} onClick={() => setRemoving(c)} />
        </span>
      ),
    },
  ];

  if (failure) return <div className="si-notice si-notice--error" role="alert">{failure}</div>;

  return (
    <div className="opt-sections cp-page">
      <Card title={t('cpRunnerTitle')} actions={(
        <>
          {status?.control.paused
            ? <Button onClick={() => void control('resume')} data-si="runner-resume">{t('cpResume')}</Button>
            : <Button onClick={() => void control('pause')} disabled={!status?.enabled} data-si="runner-pause">{t('cpPause')}</Button>}
          <Button onClick={() => void control('run-now')} disabled={!status?.enabled || status.control.paused || !!st?.stopped}>{t('cpRunNow')}</Button>
          <Button icon="download" onClick={() => void exportCsv()} data-si="campaign-export">{t('cpExport')}</Button>
        </>
      )}>
        <div className="cp-status" data-si="runner-status" data-phase={st?.phase ?? ''}>
          <Toggle checked={status?.enabled ?? false} onChange={(on) => void setEnabled(on)} label={t('cpMasterSwitch')} description={t('cpMasterSwitchHint')} data-si="campaigns-enabled" />
          <dl className="cp-facts">
            <div><dt>{t('cpStatus')}</dt><dd><Badge tone={st?.phase === 'stopped' ? 'overdue' : st?.phase === 'backoff' || st?.phase === 'paused' ? 'soon' : st?.phase === 'off' ? 'neutral' : 'ok'}>{st ? t(phaseKey(st.phase)) : '…'}</Badge></dd></div>
            <div><dt>{t('cpSentToday')}</dt><dd>{st ? Object.entries(st.sentToday).map(([mp, n]) => `${marketplaceById(mp)?.code ?? mp} ${n}`).join(' · ') || '0' : '…'}</dd></div>
            <div><dt>{t('cpNeedsLook')}</dt><dd>{st?.needsLook ?? '…'}</dd></div>
            <div><dt>{t('cpLastActivity')}</dt><dd>{st?.lastActivity ? `${fmt.format(new Date(st.lastActivity.at))} · ${st.lastActivity.orderId ?? ''} · ${st.lastActivity.outcome}` : '—'}</dd></div>
            {st?.phase === 'backoff' && st.backoffUntil && <div><dt>{t('cpBackoffUntil')}</dt><dd>{fmt.format(new Date(st.backoffUntil))}</dd></div>}
            <div><dt>{t('cpThrottle')}</dt><dd>{status ? t('cpThrottleValue', String(status.config.minGapMs / 1000), String(status.config.maxGapMs / 1000), String(status.config.dailyCapPerMarketplace)) : '…'}</dd></div>
          </dl>
        </div>
        {st?.stopped && (
          <div className="si-notice si-notice--error cp-stopped" role="alert" data-si="runner-stopped">
            <strong>{t(stopKey(st.stopped.reason))}</strong> <span className="si-muted">({st.stopped.detail}, {fmt.format(new Date(st.stopped.at))})</span>
            <div>{t('cpStoppedHelp')}</div>
            <Button size="sm" onClick={() => void control('resume')}>{t('cpResumeAfterStop')}</Button>
          </div>
        )}
        <p className="si-muted cp-hint">{t('cpOnceRule')}</p>
        <p className="si-muted cp-hint" data-si="campaigns-only-stored">{t('cpOnlyStoredNote')} <a href="#/imports">{t('cpImportMore')}</a></p>
      </Card>

      <Card flush title={t('cpListTitle', String(campaigns?.length ?? 0))} actions={<Button variant="primary" icon="plus" onClick={() => setEditing('new')} data-si="campaign-new">{t('cpNew')}</Button>}>
        {campaigns && (
          <Table columns={columns} rows={campaigns} rowKey={(c) => c.id} caption={t('navCampaigns')}
            empty={<EmptyState icon="campaigns" title={t('cpEmptyTitle')}>{t('cpEmptyBody')}</EmptyState>} />
        )}
      </Card>

      <QueueView campaigns={campaigns ?? []} refreshKey={refreshKey} onChanged={changed} />

      {editing && (
        <CampaignEditor campaign={editing === 'new' ? undefined : editing} campaigns={campaigns ?? []} templates={templates} onClose={() => setEditing(null)}
          onSaved={(c) => { setEditing(null); toast.show({ text: t('cpSaved', c.name) }); changed(); }} />
      )}
      {removing && (
        <ConfirmDialog title={t('cpRemoveTitle', removing.name)} confirmLabel={t('cpRemove')} cancelLabel={t('commonCancel')} variant="danger"
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const c = removing;
            setRemoving(null);
            void sendRequest({ type: 'campaigns/remove', id: c.id }).then(changed, fail);
          }}>
          {t('cpRemoveBody')}
        </ConfirmDialog>
      )}
    </div>
  );
}
