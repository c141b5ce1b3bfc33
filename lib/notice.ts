/**
 * The one rule for "is this thread Amazon's notice" (a bounced message, a refund or return notice, an
 * A-to-z claim...): such a thread has no buyer to answer, so it gets no deadline, is never a Next stop,
 * never counts as awaiting, has no buyer panel and no Blacklist button. Every fact we have counts: the
 * page's own marker (a badge, a data attribute, only Amazon wrote in the conversation), the sender being
 * Amazon, and the classifier's reading of the text. Amazon may list a notice as "response needed": that
 * does not make it a buyer's message. Pure; page-safe (no classifier tables imported).
 */
/**
 * The sender is Amazon itself: the whole name is Amazon's ("Amazon", "amazon.de", "mailer-daemon", "no-reply"...)
 * or an Amazon address that is not a buyer's relay (@marketplace.amazon.*). Not a substring: a buyer may be shown
 * as "Amazon Customer", and a buyer must never lose the deadline.
 */
const AMAZON_NAME = /^(?:amazon(?:\.[a-z]{2,3}(?:\.[a-z]{2})?)?|アマゾン|亚马逊|mailer-daemon|postmaster|(?:do-?not-?|no-?)reply)$/i;
const AMAZON_ADDRESS = /^[^@\s]+@(?:[a-z0-9-]+\.)*amazon\.[a-z.]+$/i;
const RELAY = /@marketplace\.amazon\./i;

export function isAmazonName(sender: string | undefined): boolean {
  const s = sender?.trim() ?? '';
  if (!s || RELAY.test(s)) return false;
  return AMAZON_NAME.test(s) || AMAZON_ADDRESS.test(s);
}

export interface NoticeFacts {
  /** the page marks it Amazon's (inbox badge / attribute; every message of the conversation is Amazon's) */
  marked?: boolean | undefined;
  /** who the page names as the other party ("Amazon" for notices) */
  sender?: string | undefined;
  /** the classifier read the text as Amazon's notice */
  textSaysNotice?: boolean | undefined;
}

export function isAmazonNotice(f: NoticeFacts): boolean {
  return f.marked === true || f.textSaysNotice === true || isAmazonName(f.sender);
}
