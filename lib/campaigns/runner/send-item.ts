/**
 * One due order's request (engine.ts, at the top): the message text and file first, Amazon's eligibility check, what
 * the send needs, the throttle; the send-log entry `sending` BEFORE the send goes out, then its outcome.
 */
import type { Campaign, Order, SendLogEntry } from '../../model';
import { REVIEW_REQUEST_REASON } from '../../seller-central/contact-buyer';
import { attachmentProblem, attachmentProblemText } from '../../seller-central/attachment-limits';
import type { RunContext } from './context';
import { isRetryable, mayPick } from './keys';
import { applyEffect, decideCheck, decideSend, isAskable, readyAt, type CheckDecision, type LogStep } from './machine';
import { isSendable, previewSend } from './preview';
import type { WorkItem } from './select';
import type { Outcome, RunnerConfig, RunnerState } from './types';

export interface ItemResult { state: RunnerState; sent: boolean; held?: boolean; lost?: boolean; retryLater?: boolean }

export async function processItem(
  ctx: RunContext, item: WorkItem, state0: RunnerState, config: RunnerConfig, stillMine: () => Promise<boolean>,
  ordersById: Map<string, Order>,
): Promise<ItemResult> {
  const { repos, port, now, random, sleep } = ctx;
  const store = repos.campaignRunner;
  let state = state0;
  const { orderId, marketplaceId } = item.entry;
  const campaign: Campaign = item.campaign;
  const channel = campaign.method === 'template-message' ? 'message' : 'review';
  const existing = await repos.sendLog.get(item.key);
  // picked from a snapshot: look again (another path may have written it since)
  if (!mayPick(existing, config.maxAttempts)) return { state, sent: false };

  const base = {
    key: item.key,
    kind: channel === 'review' ? 'review-request' as const : 'campaign-message' as const,
    orderId, marketplaceId, campaignId: campaign.id,
    ...(campaign.templateId && channel === 'message' ? { templateId: campaign.templateId } : {}),
    attempts: existing?.attempts ?? 0,
    // what the read-back of an earlier unknown outcome did (read-back.ts): kept across the resend
    ...(existing?.readBacks ? { readBacks: existing.readBacks } : {}),
    ...(existing?.resends ? { resends: existing.resends } : {}),
    createdAt: existing?.createdAt ?? now().toISOString(),
    updatedAt: now().toISOString(),
  };
  let stage = existing?.stage;
  const write = async (steps: readonly LogStep[], extra: Partial<SendLogEntry> = {}) => {
    for (const s of steps) {
      await repos.sendLog.put({ ...base, ...extra, stage: s.stage, ...(s.reason ? { reason: s.reason } : { reason: undefined }) });
      stage = s.stage;
    }
  };

  // the message text first: a message that cannot be rendered completely, or that breaks the rules, waits
  let text: string | undefined;
  let attachmentId: string | undefined;
  let subject = `Order ${orderId}`;
  if (channel === 'message') {
    const order = ordersById.get(orderId);
    const stored = order ? await repos.orders.get(orderId) : undefined;
    const template = campaign.templateId ? await repos.templates.get(campaign.templateId) : undefined;
    const account = order?.accountId ? await repos.db.accounts.get(order.accountId) : undefined;
    if (!order) return { state, sent: false, held: true };
    const p = previewSend(campaign, order, stored?.items ?? [], template, account);
    if (!isSendable(p)) return { state, sent: false, held: true };
    text = p.text;
    subject = p.subject;
    // the template's file goes with it, within Amazon's limits (a file Amazon would refuse holds the order)
    if (template?.attachmentId) {
      const file = await repos.db.attachments.get(template.attachmentId);
      const problem = file ? attachmentProblem(file) : undefined;
      if (!file || problem) {
        ctx.warn?.(`campaign ${campaign.name}: ${problem ? attachmentProblemText(problem) : 'the template’s file is missing'}`);
        return { state, sent: false, held: true };
      }
      attachmentId = file.id;
    }
  }

  // 1. eligibility (also for messages: a review request already sent uses up the order's allowance)
  // an earlier attempt under this record may have gone out (its outcome was settled as "not sent", or a
  // seller said so): Amazon's "already sent" now means it did
  const earlier = existing?.stage === 'failed' && existing.reason === 'checked-not-sent' && channel === 'review';
  const confirmed: LogStep[] = [{ stage: 'sent', reason: 'confirmed-sent' }];
  const checked = await port.check(orderId, marketplaceId);
  // an answer the adapter cannot read: Amazon's own Request a Review page asks instead (no token needed)
  const byPage = channel === 'review' && checked.kind === 'unknown' && port.requestReviewByPage !== undefined;
  const c0: CheckDecision = byPage ? { proceed: true, log: [], effect: { kind: 'success' } } : decideCheck(checked);
  const c = earlier && checked.kind === 'already-sent' ? { ...c0, log: confirmed } : c0;
  await write(c.log);
  state = applyEffect(state, c.effect, now(), random, config, orderId, checked);
  await store.saveState(state);
  // refused or unanswered checks leave the order due: look again once the backoff / throttle allow
  if (!c.proceed || state.stopped) return { state, sent: false, retryLater: c.effect.kind === 'backoff' || c.effect.kind === 'error' };

  // 2. what the send needs (a CSRF token for the JSON request; a message and the page fallback go through the page),
  //    then the throttle gap
  const prep = channel === 'review' && !byPage ? await port.prepare(orderId, marketplaceId) : undefined;
  if (prep) {
    const p = decideCheck(prep);
    state = applyEffect(state, p.effect.kind === 'success' ? { kind: 'error', detail: `prepare: ${prep.detail ?? prep.kind}` } : p.effect, now(), random, config, orderId, prep);
    await store.saveState(state);
    return { state, sent: false, retryLater: true };
  }
  const ready = readyAt(state) - now().getTime();
  if (ready > 0) await sleep(ready);
  if ((await store.getControl()).paused) return { state, sent: false };
  if (!(await stillMine())) return { state, sent: false, lost: true };

  // 3. the entry says `sending` BEFORE anything goes out
  base.attempts += 1;
  await write([{ stage: 'sending' }], text !== undefined ? { text } : {});
  if (config.stageDelayMs) await sleep(config.stageDelayMs);

  // 4. the send
  let sent: Outcome;
  try {
    sent = byPage && port.requestReviewByPage ? await port.requestReviewByPage(orderId, marketplaceId)
      : channel === 'review' ? await port.sendReviewRequest(orderId, marketplaceId)
      : await port.sendMessage({ orderId, marketplaceId, reason: REVIEW_REQUEST_REASON, subject, text: text ?? '', ...(attachmentId ? { attachmentId } : {}) });
  } catch (e) {
    sent = { kind: 'unknown', detail: e instanceof Error ? e.message : String(e) };
  }
  if (config.stageDelayMs) await sleep(config.stageDelayMs);

  // 5. its outcome
  const d0 = decideSend(sent, channel);
  const d = earlier && sent.kind === 'already-sent' ? { ...d0, log: confirmed } : d0;
  await write(d.log, text !== undefined ? { text } : {});
  state = applyEffect(state, d.effect, now(), random, config, orderId, sent);
  await store.saveState(state);
  const last = d.log[d.log.length - 1];
  // a review request whose outcome is unknown is settled by asking Amazon on the next tick
  const askLater = channel === 'review' && last?.stage === 'unknown' && isAskable(last.reason);
  return { state, sent: stage === 'sent', retryLater: askLater || (last?.stage === 'failed' && isRetryable({ ...last, attempts: base.attempts, resends: base.resends }, config.maxAttempts)) };
}
