/**
 * Campaign messages through Seller Central's own pages, in the background's work tab (components/background/work-tab.ts):
 * - send: the Contact Buyer page of the order, page action 'contact-buyer' (reason, text, the template's file, Send,
 *   the "Review message" dialog, the success alert). The extension makes no request of its own for it.
 * - read back: the order's cases in the inbox v3 (search by order id, evidence M; every case its list shows), page
 *   action 'case-read': is the text among the seller's messages since the entry was created?
 * What the page answers becomes the runner's Outcome (lib/campaigns/runner/types.ts).
 */
import type { Attachment } from '../../lib/model';
import type { Outcome } from '../../lib/campaigns/runner/types';
import type { ReadBack } from '../../lib/campaigns/runner/read-back';
import type { ContactRequest } from '../../lib/seller-central/contact-buyer';
import { attachmentProblem, attachmentProblemText } from '../../lib/seller-central/attachment-limits';
import { bytesToBase64 } from '../../lib/base64';
import { pageUrls } from '../../lib/seller-central/pages';
import { SINCE_SLACK_MS } from '../../lib/seller-central/case-reply-send';
import type { PageActionArgs, PageActionName } from '../../lib/protocol/page-actions';
import type { PageActionOutcome, RunOptions, WorkTabBlock } from './work-tab-driver';

/** at most this many more cases of one order are read (a search lists a handful) */
const MAX_OTHER_CASES = 10;

export type RunPageAction = <N extends PageActionName>(url: string, name: N, args: PageActionArgs<N>, opts?: RunOptions) => Promise<PageActionOutcome<N>>;

export interface ContactOnPageDeps {
  run: RunPageAction;
  attachment: (id: string) => Promise<Attachment | undefined>;
  /** the runner's stageDelayMs (kill tests): a pause before and after the click */
  pauseMs: () => Promise<number>;
  /** the whole page action (load included) */
  timeoutMs: () => Promise<number>;
}

/** A page that could not be worked on, as the runner's outcome. Only `timeout`, `tab-closed` and `error` may come after a click. */
function blockedOutcome(blocked: WorkTabBlock, detail: string): Outcome {
  switch (blocked) {
    case 'signed-out': case 'captcha': return { kind: blocked, detail };
    case 'unrecognised-page': return { kind: 'rejected', detail: `unrecognised page: ${detail}` };
    case 'timeout': return { kind: 'timeout', detail };
    default: return { kind: 'unknown', detail: `${blocked}: ${detail}` };
  }
}

export function createContactOnPage(deps: ContactOnPageDeps) {
  /** at least the time a page needs to load and answer, whatever the runner's request timeout */
  const actionTimeout = async (): Promise<number> => Math.max(60_000, (await deps.timeoutMs()) * 2 + 4 * (await deps.pauseMs()));

  return {
    async send(host: string, req: ContactRequest): Promise<Outcome> {
      let file: PageActionArgs<'contact-buyer'>['file'];
      if (req.attachmentId) {
        const stored = await deps.attachment(req.attachmentId);
        if (!stored) return { kind: 'rejected', detail: 'the template’s file is no longer stored' };
        const problem = attachmentProblem(stored);
        if (problem) return { kind: 'rejected', detail: attachmentProblemText(problem) };
        file = { name: stored.name, type: stored.type, base64: bytesToBase64(new Uint8Array(await stored.data.arrayBuffer())) };
      }
      const pauseMs = await deps.pauseMs();
      const out = await deps.run(`https://${host}${pageUrls.contact(req.orderId, req.marketplaceId)}`, 'contact-buyer',
        { text: req.text, ...(file ? { file } : {}), ...(pauseMs ? { pauseMs } : {}) }, { timeoutMs: await actionTimeout() });
      if (!out.ok) return blockedOutcome(out.blocked, out.detail);
      const a = out.answer;
      if (a.result === 'sent') return { kind: 'sent', ...(a.reason ? { detail: `contact reason ${a.reason}` } : {}) };
      if (a.result === 'not-sent') return { kind: 'rejected', detail: a.detail ?? 'not sent' };
      return { kind: 'unknown', detail: a.detail ?? 'no confirmation from the Contact Buyer page' };
    },

    /**
     * The search by order id opens one case (the newest: for an opted-out buyer, Amazon's bounce notice); every other case
     * its list shows for the order is read too. Found in any -> found; a case that could not be read -> unclear; no case,
     * a case with the buyer's or the seller's messages read without it, or (the whole list read) only Amazon's notices
     * from before the send -> absent; otherwise only Amazon's notices (one may be this message's bounce) -> unclear.
     */
    async readBack(host: string, orderId: string, text: string, since: string): Promise<ReadBack> {
      const timeoutMs = await actionTimeout();
      const out = await deps.run(`https://${host}${pageUrls.inboxV3Search(orderId)}`, 'case-read', { orderId, text, since }, { timeoutMs });
      if (!out.ok) return { kind: 'unclear', outcome: blockedOutcome(out.blocked, out.detail) };
      const first = out.answer;
      if (first.textFound) return { kind: 'found' };
      const opened = first.caseId;
      if (!opened) return { kind: 'absent', detail: `no case for order ${orderId}` };
      const read = [{ caseId: opened, messages: first.messages }];
      const others = [...new Set((first.listed ?? []).map((c) => c.toLowerCase()))].filter((c) => c !== opened.toLowerCase()).slice(0, MAX_OTHER_CASES);
      for (const caseId of others) {
        // named by the order's search list: read as it is (its header may show another of the case's orders)
        const o = await deps.run(`https://${host}${pageUrls.inboxV3Case(caseId)}`, 'case-read', { caseId, text, since }, { timeoutMs });
        if (!o.ok) return { kind: 'unclear', outcome: blockedOutcome(o.blocked, `case ${caseId}: ${o.detail}`) };
        if (o.answer.textFound) return { kind: 'found' };
        read.push({ caseId, messages: o.answer.messages });
      }
      const ids = read.map((r) => r.caseId).join(', ');
      // cases of Amazon's notices only say nothing about the buyer's conversation when one may be this message's bounce
      // (dated from the send on, or undated), or when the search's list could not be read (other cases unknown)
      const sinceMs = Date.parse(since);
      const beforeSend = (at: string | undefined) => at !== undefined && Number.isFinite(sinceMs) && Date.parse(at) < sinceMs - SINCE_SLACK_MS;
      const onlyOldNotices = first.listed !== undefined && read.every((r) => r.messages.every((m) => m.sender === 'amazon' && beforeSend(m.sentAt)));
      if (onlyOldNotices) return { kind: 'absent', detail: `the order's cases (${read.map((r) => r.caseId).join(', ')}) hold only Amazon's notices from before the send` };
      if (!read.some((r) => r.messages.some((m) => m.sender !== 'amazon'))) {
        return { kind: 'unclear', outcome: { kind: 'unknown', detail: `the order's cases (${ids}) hold only Amazon's notices` } };
      }
      return { kind: 'absent', detail: `not among the seller's messages of the order's cases (${ids})` };
    },
  };
}
