/**
 * The holiday runner's port (lib/holiday/runner.ts HolidayPort): a reply through the case's own reply box in the work
 * tab (work-tab.ts, action 'case-reply'), never a request of our own. What the page driver answers, as the campaign
 * runner's machine knows outcomes:
 *   sent / already-there                      -> sent
 *   not-sent (never clicked)                  -> rejected (failed; not retried)
 *   signed-out / captcha / unrecognised-page  -> the same (failed, the runner stops; nothing was clicked)
 *   unconfirmed / timeout / tab-closed / error -> the conversation is read once ('case-read', text since the record):
 *                                                 there -> sent; else unknown ("needs a look", never retried)
 */
import type { HolidayPort } from '../../lib/holiday/port';
import { replyTargetOf } from '../../lib/seller-central/reply-target';
import type { PageActionArgs, PageActionName } from '../../lib/protocol/page-actions';
import type { PageActionOutcome, RunOptions } from './work-tab-driver';

export interface HolidayPagePortDeps {
  /** the Seller Central host for a marketplace (the one the seller works on, else the marketplace's usual one) */
  hostFor(marketplaceId: string): string;
  run<N extends PageActionName>(url: string, name: N, args: PageActionArgs<N>, opts?: RunOptions): Promise<PageActionOutcome<N>>;
  /** the whole action's time limit (load, case, send, confirmation) */
  timeoutMs(): Promise<number>;
}

export function createHolidayPagePort(deps: HolidayPagePortDeps): HolidayPort {
  return {
    async sendReply(thread, text, opts) {
      const target = replyTargetOf(thread);
      if (!target) return { kind: 'rejected', detail: 'the thread has neither a case id nor an order id to open it by' };
      const url = `https://${deps.hostFor(thread.marketplaceId)}${target.path}`;
      const ids = 'caseId' in target ? { caseId: target.caseId } : { orderId: target.orderId };
      const timeoutMs = (await deps.timeoutMs()) + 2 * (opts.pauseMs ?? 0);
      const r = await deps.run(url, 'case-reply', { ...ids, text, since: opts.since, ...(opts.pauseMs ? { pauseMs: opts.pauseMs } : {}) }, { timeoutMs });
      let maybe: string;
      if (r.ok) {
        const { result, detail } = r.answer;
        if (result === 'sent' || result === 'already-there') return { kind: 'sent', ...(result === 'already-there' ? { detail: 'already in the conversation' } : {}) };
        if (result === 'not-sent') return { kind: 'rejected', detail: detail ?? 'not sent' };
        maybe = `Send clicked, not confirmed: ${detail ?? ''}`;
      } else if (r.blocked === 'signed-out' || r.blocked === 'captcha' || r.blocked === 'unrecognised-page') {
        return { kind: r.blocked, detail: r.detail };
      } else {
        maybe = `${r.blocked}: ${r.detail}`;
      }
      // it may have gone: the conversation says
      const read = await deps.run(url, 'case-read', { ...ids, text, since: opts.since }, { timeoutMs });
      if (read.ok && read.answer.textFound) return { kind: 'sent', detail: 'confirmed by reading the conversation' };
      return { kind: 'unknown', detail: read.ok ? `${maybe} (not in the conversation yet)` : `${maybe} (the conversation could not be read: ${read.blocked})` };
    },

    async checkReply(thread, text, opts) {
      const target = replyTargetOf(thread);
      if (!target) return undefined;
      const ids = 'caseId' in target ? { caseId: target.caseId } : { orderId: target.orderId };
      const read = await deps.run(`https://${deps.hostFor(thread.marketplaceId)}${target.path}`, 'case-read', { ...ids, text, since: opts.since }, { timeoutMs: await deps.timeoutMs() });
      // a case read whole, with or without the text; a search that found no case cannot hold it either
      return read.ok ? read.answer.textFound : undefined;
    },
  };
}
