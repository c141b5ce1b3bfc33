/**
 * The one rule for "is this thread Amazon's notice" (a bounced message, a refund or return notice, an
 * A-to-z claim...): such a thread has no buyer to answer, so it gets no deadline, is never a Next stop,
 * never counts as awaiting, has no buyer panel and no Blacklist button. Every fact we have counts: the
 * page's own marker (a badge, a data attribute, only Amazon wrote in the conversation), the sender being
 * Amazon, and the classifier's reading of the text. Amazon may list a notice as "response needed": that
 * does not make it a buyer's message. Pure; page-safe (no classifier tables imported).
 */
import { isAmazonSender } from './classify/sender';

export interface NoticeFacts {
  /** the page marks it Amazon's (inbox badge / attribute; every message of the conversation is Amazon's) */
  marked?: boolean | undefined;
  /** who the page names as the other party ("Amazon" for notices) */
  sender?: string | undefined;
  /** the classifier read the text as Amazon's notice */
  textSaysNotice?: boolean | undefined;
}

export function isAmazonNotice(f: NoticeFacts): boolean {
  return f.marked === true || f.textSaysNotice === true || isAmazonSender(f.sender);
}
