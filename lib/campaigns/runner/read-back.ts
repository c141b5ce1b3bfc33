/**
 * Unknown outcomes of campaign MESSAGES resolved by asking Amazon's own pages (issue 15, item 4): a message whose send
 * was interrupted (the worker stopped after the entry said `sending`) or never confirmed (no success alert, a
 * timeout) is looked for in the buyer's conversation: the order's case, found by the inbox's search by order id.
 *   the text is there            -> sent (it went out)
 *   no case, or a buyer's case without the text -> failed 'checked-not-sent': sent again under the same key (the
 *                                   entry says `sending` again before the page send, so a resend that is itself
 *                                   killed is read back like the first send). Each complete "not there" allows one
 *                                   resend, at most MAX_RESENDS per entry
 *   anything else (only cases of Amazon's notices, a blocked page, still absent after MAX_RESENDS resends)
 *                                -> stays unknown: "needs a look"
 * A blocked read (sign-in, captcha) stops the runner like any request. At most MAX_READ_BACKS reads per entry
 * (one before each resend, one after the last, and a few that could not tell).
 * Review requests are not handled here (Amazon's solicitation answer says whether they went out).
 */
import type { Repositories } from '../../db';
import type { SendLogEntry } from '../../model';
import type { Outcome } from './types';

export const MAX_RESENDS = 3;
export const MAX_READ_BACKS = MAX_RESENDS + 3;

/** What the buyer's conversation says about a message (components/background/campaign-seller-central.ts). */
export type ReadBack =
  | { kind: 'found' }
  /** read, and the text is not among the seller's messages (or no case exists for the order) */
  | { kind: 'absent'; detail: string }
  /** could not tell (a blocked page, only Amazon's notices, a timeout): the Outcome says why */
  | { kind: 'unclear'; outcome: Outcome };

export interface ReadBackPort {
  readBackMessage?(orderId: string, marketplaceId: string, text: string, since: string): Promise<ReadBack>;
}

/** Entries this worker may resolve now. */
export const needsReadBack = (e: SendLogEntry): boolean =>
  e.stage === 'unknown' && e.kind === 'campaign-message' && !!e.orderId && !!e.marketplaceId && !!e.text?.trim()
  && (e.readBacks ?? 0) < MAX_READ_BACKS;

export interface ReadBackResult { resolved: number; resend: number; stop?: Outcome }

/** Reads back every unresolved message (under the runner's lock, between sends). */
export async function readBackUnknown(repos: Repositories, port: ReadBackPort, stillMine: () => Promise<boolean>): Promise<ReadBackResult> {
  const out: ReadBackResult = { resolved: 0, resend: 0 };
  if (!port.readBackMessage) return out;
  const entries = (await repos.sendLog.listByStage('unknown')).filter(needsReadBack);
  for (const e of entries) {
    if (!(await stillMine())) break;
    // any of the seller's messages with the text since the entry was created (before its first send)
    const r = await port.readBackMessage(e.orderId ?? '', e.marketplaceId ?? '', e.text ?? '', e.createdAt);
    const readBacks = (e.readBacks ?? 0) + 1;
    const fresh = await repos.sendLog.get(e.key);
    if (!fresh || fresh.stage !== 'unknown') continue;
    if (r.kind === 'found') {
      await repos.sendLog.put({ ...fresh, readBacks, stage: 'sent', reason: 'confirmed: the message is in the buyer’s conversation' });
      out.resolved++;
    } else if (r.kind === 'absent' && (fresh.resends ?? 0) < MAX_RESENDS) {
      await repos.sendLog.put({ ...fresh, readBacks, resends: (fresh.resends ?? 0) + 1, stage: 'failed', reason: 'checked-not-sent' });
      out.resend++;
    } else if (r.kind === 'absent') {
      await repos.sendLog.put({ ...fresh, readBacks: MAX_READ_BACKS, reason: `${fresh.reason ?? 'unknown'}; not in the conversation after it was sent again: ${r.detail}` });
    } else {
      await repos.sendLog.put({ ...fresh, readBacks, reason: `${(fresh.reason ?? 'unknown').split('; checking: ')[0]}; checking: ${r.outcome.detail ?? r.outcome.kind}` });
      if (r.outcome.kind === 'signed-out' || r.outcome.kind === 'captcha') { out.stop = r.outcome; break; }
    }
  }
  return out;
}
