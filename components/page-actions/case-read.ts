/**
 * 'case-read': the open case's messages, and whether a text is among the seller's messages (at or after `since`).
 * What the unknown-outcome check asks before a reply is sent again: found -> it went; the case loaded and read
 * without it -> it did not. A search by order id also answers the cases its list shows for the order (search-cases.ts).
 */
import type { PageAction } from './types';
import { openCase } from './open-case';
import { sellerMessagesWith } from '../../lib/seller-central/case-reply-send';
import { listedCases } from './search-cases';

const MAX_MESSAGES = 500;
const MAX_TEXT = 20_000;

export const caseRead: PageAction<'case-read'> = {
  name: 'case-read',
  async run(doc, args, signal) {
    const open = await openCase(doc, args, false, signal);
    if (open.state === 'no-case') return { messages: [], textFound: false };
    const messages = open.read.messages.slice(-MAX_MESSAGES).map((m) => ({
      sender: m.sender, text: m.text.slice(0, MAX_TEXT), ...(m.sentAt ? { sentAt: m.sentAt } : {}),
    }));
    const since = args.since !== undefined ? Date.parse(args.since) : undefined;
    const textFound = args.text !== undefined && sellerMessagesWith(open.read.messages, args.text, since) > 0;
    // a search by order id: the other cases of the order, read by the caller when the text is not in this one
    const listed = !textFound && args.orderId && !args.caseId ? await listedCases(doc, args.orderId, open.caseId, signal) : undefined;
    return { caseId: open.caseId, messages, textFound, ...(listed ? { listed } : {}) };
  },
};
