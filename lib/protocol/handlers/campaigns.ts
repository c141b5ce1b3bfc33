/**
 * Handlers of the Campaigns page (campaigns, queues, runner status and controls, send-log export) and of
 * `session/csrf` (a Seller Central page hands its CSRF token to the runner). The runner itself is the
 * background's (lib/campaigns/runner/engine.ts); handlers reach it through lib/campaigns/runner/hooks.ts.
 */
import { planCampaigns, type PlanEntry } from '../../campaigns';
import { campaignRunnerHooks } from '../../campaigns/runner/hooks';
import { isReviewKey, isTestKey, mayPick, reviewKey, testKey } from '../../campaigns/runner/keys';
import { loadPlanInputs } from '../../campaigns/runner/load';
import { previewSend } from '../../campaigns/runner/preview';
import { runnerStatus } from '../../campaigns/runner/status';
import { sendLogToCsv } from '../../campaigns/runner/csv';
import { guardStorage } from '../../db/errors';
import type { Campaign, Order, SendLogEntry } from '../../model';
import { isSellerCentralHost } from '../../seller-central/hosts';
import { HandlerError } from '../define';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';
import { QUEUES, type QueueName, type QueueResponse, type QueueRow } from './campaigns-schemas';
import { goesLive, goLivePreview } from './campaigns-go-live';

type CampaignHandlers = Pick<Handlers,
  'campaigns/list' | 'campaigns/save' | 'campaigns/go-live' | 'campaigns/remove' | 'campaigns/status' | 'campaigns/control' | 'campaigns/config'
  | 'campaigns/queue' | 'campaigns/resolve' | 'campaigns/export' | 'campaigns/clear-tests' | 'session/csrf'>;

const LOG_QUEUES: Partial<Record<SendLogEntry['stage'], QueueName>> = { sent: 'sent', skipped: 'skipped', failed: 'failed', unknown: 'unknown', test: 'test' };

const matches = (row: QueueRow, q: string, campaigns: Map<string, Campaign>): boolean => {
  if (!q) return true;
  const hay = [row.orderId, row.buyerName, row.reason, row.detail, row.campaignId ? campaigns.get(row.campaignId)?.name : '', row.text]
    .filter(Boolean).join('\n').toLowerCase();
  return q.toLowerCase().split(/\s+/).filter(Boolean).every((w) => hay.includes(w));
};

export function campaignHandlers({ repos, now }: HandlerDeps): CampaignHandlers {
  const { db } = repos;
  const kick = () => { try { campaignRunnerHooks().kick?.(); } catch { /* the runner looks again on its alarm */ } };
  const statusNow = async () => ({
    enabled: await repos.settings.get('campaignsEnabled'),
    status: await runnerStatus(repos, now()),
    control: await repos.campaignRunner.getControl(),
    config: await repos.campaignRunner.getConfig(),
  });

  async function queue(req: { queue: QueueName; campaignId?: string; query: string; offset: number; limit: number }): Promise<QueueResponse> {
    const at = now();
    const campaigns = await repos.campaigns.list();
    const byId = new Map(campaigns.map((c) => [c.id, c]));
    const active = campaigns.filter((c) => c.enabled);
    const config = await repos.campaignRunner.getConfig();
    const inputs = active.length ? await loadPlanInputs(repos, active, at) : undefined;
    const plan: PlanEntry[] = inputs ? planCampaigns(inputs.orders, active, inputs.facts, at) : [];
    const ordersById = inputs?.ordersById ?? new Map<string, Order>();
    const planLog = await guardStorage(() => db.sendLog.bulkGet(plan.map((e) => reviewKey(e.orderId))));
    const testDone = new Set((await guardStorage(() => db.sendLog.bulkGet(
      plan.filter((e) => byId.get(e.campaignId)?.testMode).map((e) => testKey(e.campaignId, e.orderId)),
    ))).filter((x): x is SendLogEntry => !!x).map((x) => x.key));

    const all: Record<QueueName, QueueRow[]> = { pending: [], sent: [], skipped: [], failed: [], unknown: [], test: [] };
    plan.forEach((e, i) => {
      const log = planLog[i];
      if (log && !mayPick(log, config.maxAttempts)) return; // its log entry decides its queue
      if (testDone.has(testKey(e.campaignId, e.orderId))) return; // test mode: listed with its test result
      const buyerName = ordersById.get(e.orderId)?.buyerName;
      const base: QueueRow = { orderId: e.orderId, marketplaceId: e.marketplaceId, campaignId: e.campaignId, ...(buyerName ? { buyerName } : {}) };
      if (e.sendAt) all.pending.push({ ...base, sendAt: e.sendAt, due: Date.parse(e.sendAt) <= at.getTime(), ...(log ? { stage: log.stage, reason: log.reason, attempts: log.attempts } : {}) });
      else if (e.skip) all.skipped.push({ ...base, reason: e.skip, ...(e.detail ? { detail: e.detail } : {}) });
    });
    const logRows = await guardStorage(() => db.sendLog.where('stage').anyOf(Object.keys(LOG_QUEUES)).toArray());
    for (const l of logRows) {
      const name = LOG_QUEUES[l.stage];
      if (!name || !l.orderId || !(isReviewKey(l.key) || isTestKey(l.key))) continue;
      if (name === 'failed' && mayPick(l, config.maxAttempts)) continue; // listed as pending (will be retried)
      all[name].push({
        orderId: l.orderId, marketplaceId: l.marketplaceId ?? '', key: l.key, stage: l.stage, kind: l.kind, attempts: l.attempts, updatedAt: l.updatedAt,
        ...(l.campaignId ? { campaignId: l.campaignId } : {}), ...(l.reason ? { reason: l.reason } : {}), ...(l.text ? { text: l.text } : {}),
      });
    }
    for (const name of ['sent', 'failed', 'unknown', 'test'] as const) all[name].sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''));
    all.pending.sort((a, b) => (a.sendAt ?? '').localeCompare(b.sendAt ?? '') || a.orderId.localeCompare(b.orderId));

    const filtered = (name: QueueName) => all[name].filter((r) => (!req.campaignId || r.campaignId === req.campaignId) && matches(r, req.query, byId));
    const counts = Object.fromEntries(QUEUES.map((n) => [n, filtered(n).length])) as Record<QueueName, number>;
    const rows = filtered(req.queue);
    const page = rows.slice(req.offset, req.offset + req.limit);

    // names for log rows, and what a pending send would be (rendered template + verdict)
    const missing = page.filter((r) => !r.buyerName).map((r) => r.orderId);
    if (missing.length) {
      const orders = await guardStorage(() => db.orders.bulkGet(missing));
      const names = new Map(orders.filter((o): o is Order => !!o).map((o) => [o.orderId, o.buyerName]));
      for (const r of page) if (!r.buyerName && names.get(r.orderId)) r.buyerName = names.get(r.orderId);
    }
    if (req.queue === 'pending') {
      for (const r of page) {
        const c = r.campaignId ? byId.get(r.campaignId) : undefined;
        const stored = c ? await repos.orders.get(r.orderId) : undefined;
        if (!c || !stored) continue;
        const template = c.templateId ? await repos.templates.get(c.templateId) : undefined;
        const account = stored.order.accountId ? await db.accounts.get(stored.order.accountId) : undefined;
        const p = previewSend(c, stored.order, stored.items, template, account);
        r.verdict = p.verdict;
        r.notes = p.notes;
        if (p.text) r.text = p.text;
      }
    }
    return { rows: page, total: rows.length, counts };
  }

  return {
    'campaigns/list': async () => ({ campaigns: await repos.campaigns.list() }),

    'campaigns/save': async ({ campaign, confirmLive }) => {
      if (campaign.method === 'template-message' && !campaign.templateId) {
        throw new HandlerError('invalid-request', 'A template message campaign needs a template.');
      }
      const existing = campaign.id ? await repos.campaigns.get(campaign.id) : undefined;
      if (goesLive(campaign, existing) && !confirmLive) {
        throw new HandlerError('invalid-transition', 'Going live sends review requests: confirm who gets one first (campaigns/go-live, then save with confirmLive).');
      }
      const { templateId, ...rest } = campaign;
      const saved = await repos.campaigns.put({
        ...rest,
        id: campaign.id ?? globalThis.crypto.randomUUID(),
        ...(templateId && campaign.method === 'template-message' ? { templateId } : {}),
        ...(existing ? { createdAt: existing.createdAt } : {}),
      });
      kick();
      return { campaign: saved };
    },

    'campaigns/go-live': ({ campaign }) => goLivePreview(repos, campaign, now()),

    'campaigns/remove': async ({ id }) => ({ removed: await repos.campaigns.remove(id) }),

    'campaigns/status': () => statusNow(),

    'campaigns/control': async ({ action }) => {
      const control = await repos.campaignRunner.getControl();
      if (action === 'pause') await repos.campaignRunner.setControl({ ...control, paused: true });
      if (action === 'resume') await repos.campaignRunner.setControl({ paused: false, resumedAt: now().toISOString() });
      if (action !== 'pause') kick();
      return statusNow();
    },

    'campaigns/config': async ({ values }) => {
      const config = await repos.campaignRunner.setConfig(values);
      kick();
      return { config };
    },

    'campaigns/queue': (req) => queue(req),

    /** the seller checked an order whose outcome was unknown: it went (sent) or it did not (the runner may try again) */
    'campaigns/resolve': async ({ key, outcome }) => {
      const entry = await repos.sendLog.get(key);
      if (!entry || entry.stage !== 'unknown') throw new HandlerError('not-found', `no send with an unknown outcome: ${key}`);
      const stored = await repos.sendLog.put({
        ...entry, stage: outcome === 'sent' ? 'sent' : 'failed', reason: outcome === 'sent' ? 'marked-sent' : 'checked-not-sent',
      });
      if (outcome === 'not-sent') kick();
      return { entry: stored };
    },

    'campaigns/export': async () => {
      const entries = await guardStorage(() => db.sendLog.orderBy('updatedAt').toArray());
      const rows = entries.filter((e) => isReviewKey(e.key) || isTestKey(e.key));
      return { csv: sendLogToCsv(rows), count: rows.length };
    },

    'campaigns/clear-tests': async ({ campaignId }) => {
      const removed = await guardStorage(() =>
        db.sendLog.where('campaignId').equals(campaignId).filter((e) => isTestKey(e.key)).delete());
      kick();
      return { removed };
    },

    'session/csrf': ({ csrfToken }, ctx) => {
      let host = '';
      try { host = ctx.sender.url ? new URL(ctx.sender.url).hostname : ''; } catch { host = ''; }
      // only a Seller Central page's own content script may hand over a token, for its own host
      if (!ctx.sender.tab || !isSellerCentralHost(host)) throw new HandlerError('forbidden', 'session/csrf is for Seller Central pages');
      campaignRunnerHooks().csrf?.(host, csrfToken);
      return { ok: true as const };
    },
  };
}
