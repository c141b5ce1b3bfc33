/**
 * Whether a sender name is Amazon itself (no classifier tables here: the page UI imports this).
 * Buyer relay addresses (@marketplace.amazon.*) are buyers.
 */
const RELAY = /@marketplace\.amazon\./;
const AMAZON_SENDER = /(^|[^a-z])(amazon|mailer-daemon|postmaster|no-?reply|do-?not-?reply)([^a-z]|$)/;

export function isAmazonSender(sender: string | undefined): boolean {
  if (!sender) return false;
  const s = sender.trim().toLowerCase();
  return !RELAY.test(s) && AMAZON_SENDER.test(s);
}
