/**
 * 'contact-buyer': a proactive message sent through the Contact Buyer page the driver loaded
 * (`/messaging/contact?orderID=&marketplaceID=`): the review-request reason, the text, the template's file, Send, the
 * "Review message" dialog when it appears, the success alert read back (lib/seller-central/contact-buyer-page.ts).
 * Nothing is clicked once the signal aborted (the driver went away); the caller's idempotency record is written
 * before it asked, and an unconfirmed send is resolved by reading the order's case ('case-read').
 *   sent         the page showed "Your message has been sent"
 *   not-sent     Send was never clicked (no review-request reason on the page, the box did not take the text...)
 *   unconfirmed  Send was clicked and no success came back
 * A page without the Contact Buyer app at all is an unrecognised page (blocked, with what was missing).
 */
import { sendOnContactPage } from '../../lib/seller-central/contact-buyer-page';
import { PageBlocked, type PageAction } from './types';
import { pause } from './wait';

export const contactBuyer: PageAction<'contact-buyer'> = {
  name: 'contact-buyer',
  async run(doc, args, signal) {
    const hook = args.pauseMs ? () => pause(args.pauseMs ?? 0, signal) : undefined;
    const r = await sendOnContactPage(doc, { text: args.text, ...(args.file ? { file: args.file } : {}) }, signal,
      hook ? { beforeClick: hook, afterClick: hook } : {});
    switch (r.kind) {
      case 'sent': return { result: 'sent', reason: r.reason };
      case 'unknown': return { result: 'unconfirmed', detail: r.detail };
      case 'not-sent':
        if (r.missing?.includes('app')) throw new PageBlocked('unrecognised-page', `not the Contact Buyer page: ${r.detail}`);
        return { result: 'not-sent', detail: r.detail };
    }
  },
};
