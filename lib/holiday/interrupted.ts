/**
 * Replies a dead worker left `sending` (runner.ts, at the top): the conversation says whether one went. The reply is
 * asked for once more under the same record with `since` = the record's creation, and the page sends it only when the
 * text is not among the seller's messages since then; a thread that no longer awaits a reply, or a buyer blacklisted
 * since, is only looked at, never sent to. Switched off: such a reply is not finished; the seller looks at it.
 */
import type { Repositories } from '../db';
import type { Thread } from '../model';
import { isHolidayKey, looksLikeNotification } from './select';
import { sendReply, type HolidayTick } from './send-reply';

const UNKNOWN_AFTER_CRASH = 'interrupted: the extension stopped during this reply (check the thread on Seller Central)';
const NO_TEXT_AFTER_CRASH = 'interrupted: the extension stopped during this reply, and its text or thread is gone (check the thread on Seller Central)';

/** Switched off: every reply left `sending` becomes `unknown` ("needs a look"). */
export async function abandonInterrupted(repos: Repositories): Promise<void> {
  for (const e of await repos.sendLog.listByStage('sending')) {
    if (isHolidayKey(e.key)) await repos.sendLog.put({ ...e, stage: 'unknown', reason: UNKNOWN_AFTER_CRASH });
  }
}

/** Settles every reply left `sending`; false when the tick must end (with `report.reason`). */
export async function settleInterrupted(tick: HolidayTick, isBlacklisted: (thread: Thread) => Promise<boolean>): Promise<boolean> {
  const { repos, port, now, report } = tick;
  for (const e of await repos.sendLog.listByStage('sending')) {
    if (!isHolidayKey(e.key)) continue;
    const thread = e.threadKey ? await repos.db.threads.get(e.threadKey) : undefined;
    if (!thread || !e.text) {
      await repos.sendLog.put({ ...e, stage: 'unknown', reason: NO_TEXT_AFTER_CRASH });
      report.unknown++;
      continue;
    }
    const { stage: _stage, reason: _reason, text, ...base } = e;
    if (thread.status !== 'response-needed' || looksLikeNotification(thread) || await isBlacklisted(thread)) {
      // the thread no longer awaits a reply (answered meanwhile), or the buyer was blacklisted meanwhile: only look
      // whether it went, never send now
      const found = await port.checkReply(thread, text, { since: e.createdAt });
      const { reason: _was, ...entry } = e;
      await repos.sendLog.put({ ...entry, updatedAt: now().toISOString(), ...(found === true ? { stage: 'sent' as const }
        : found === false ? { stage: 'failed' as const, reason: 'checked-not-sent' } : { stage: 'unknown' as const, reason: UNKNOWN_AFTER_CRASH }) });
      if (found === true) report.sent++;
      if (found === undefined) report.unknown++;
      continue;
    }
    // the `sending` record's reason is the text's note (a buyer value left out), kept
    if (!(await sendReply(tick, base, thread, text, e.reason ? { reason: e.reason } : {}))) return false;
  }
  return true;
}
