/**
 * 'case-reply': the reply typed into the open case's own reply box, the page's own Send clicked, and the message
 * confirmed by its appearing in the conversation (lib/seller-central/case-reply-send.ts). Nothing is clicked once the
 * signal aborted (the driver went away): the caller's idempotency record is written before it asked, and the
 * unknown-outcome check reads the conversation.
 *   sent         the conversation shows one more seller message with the text than before the click
 *   already-there  the text is among the seller's messages since `since` (the record's time): nothing typed
 *   not-sent     Send was never clicked: no case for the order, or the box did not take the text
 *   unconfirmed  Send was clicked; the message did not show in time, or the page said the send failed
 */
import {
  clickButton, holdsText, isDisabled, replyError, sellerMessagesWith, typeInto,
} from '../../lib/seller-central/case-reply-send';
import { findCaseReplyArea } from '../../lib/seller-central/case-view-reply';
import { lookNow, openCase } from './open-case';
import { ActionAborted, type PageAction } from './types';
import { pause, waitFor } from './wait';

/** the app takes typed text at once; Send enables on its next render */
const TAKE_TEXT_MS = 5_000;
/** the page's own send and the conversation's reload */
const CONFIRM_MS = 20_000;

export const caseReply: PageAction<'case-reply'> = {
  name: 'case-reply',
  async run(doc, args, signal) {
    const open = await openCase(doc, args, true, signal);
    if (open.state === 'no-case') return { result: 'not-sent', detail: open.finding };
    const { caseId } = open;
    const target = { caseId, ...(args.orderId ? { orderId: args.orderId } : {}) };
    const since = args.since !== undefined ? Date.parse(args.since) : undefined;
    if (since !== undefined && sellerMessagesWith(open.read.messages, args.text, since) > 0) return { result: 'already-there', caseId };
    const before = sellerMessagesWith(open.read.messages, args.text);
    const first = open.reply;
    if (!first) return { result: 'not-sent', caseId, detail: 'no reply box' };
    typeInto(first.textarea, args.text);
    // the app took it: the (maybe re-rendered) box holds the text and its Send is enabled
    const ready = await waitFor(doc, () => {
      const area = findCaseReplyArea(doc);
      return area?.sendButton && holdsText(area.textarea, args.text) && !isDisabled(area.sendButton) ? area : undefined;
    }, TAKE_TEXT_MS, signal);
    if (!ready?.sendButton) return { result: 'not-sent', caseId, detail: 'the reply box did not take the text (Send stayed disabled)' };
    // test hook (kill tests): the stage before the click
    if (args.pauseMs) await pause(args.pauseMs, signal);
    if (signal.aborted) throw new ActionAborted();
    clickButton(ready.sendButton);
    // test hook: the stage after the click, before the confirmation
    if (args.pauseMs) await pause(args.pauseMs, signal);
    const seen = await waitFor(doc, () => {
      const look = lookNow(doc, target);
      if (look.state === 'ready' && sellerMessagesWith(look.read.messages, args.text) > before) return { sent: true as const };
      const error = replyError(ready.root);
      return error ? { sent: false as const, error } : undefined;
    }, CONFIRM_MS, signal);
    if (seen?.sent) return { result: 'sent', caseId };
    return { result: 'unconfirmed', caseId, detail: seen ? `the page said: ${seen.error}` : `the message did not appear in ${CONFIRM_MS / 1000} s` };
  },
};
