/**
 * One id per case, whichever layout or page gave it. Amazon addresses a Buyer-Seller Messages case by a UUID (the v3
 * app's `cc`/`ss`, the older `/messaging/inbox?fi=caseId&ss=&cc=` links, the buyer's relay address
 * `<alias>+<caseId>@marketplace.amazon.<tld>`; evidence M, shared/reference/seller-central-pages.md). Pages write it in
 * either case, with or without braces or hyphens: a stored thread's id is the lowercase hyphenated UUID, so a case seen
 * on both layouts is one record (`Thread.key`). An id of another shape (an older page's own id, `order:<orderId>` for a
 * v3 row without its case) stays as it is. Pure.
 */

const UUID_FORMS = /^(?:urn:uuid:)?\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\}?$/i;
const RELAY = /\+([0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12})@marketplace\.amazon\./i;

/** The case id in its stored form (lowercase hyphenated UUID), or undefined when the value is no UUID. */
export function caseIdOf(value: string | null | undefined): string | undefined {
  const m = value ? UUID_FORMS.exec(value.trim()) : null;
  return m ? m.slice(1).join('-').toLowerCase() : undefined;
}

/** A thread id as stored: the case id when the value is one, else the value trimmed. */
export const normalizeThreadId = (value: string): string => caseIdOf(value) ?? value.trim();

/** The case id in a buyer's relay address (`<alias>+<caseId>@marketplace.amazon.<tld>`), when the text holds one. */
export function caseIdOfRelay(text: string): string | undefined {
  const m = RELAY.exec(text);
  return m ? caseIdOf(m[1]) : undefined;
}
