/**
 * A proactive message to a buyer about an order (template-message campaigns). It goes through Seller Central's own
 * Contact Buyer page, `/messaging/contact?orderID=&marketplaceID=` (H), driven in the background's work tab
 * (contact-buyer-page.ts): the extension makes no request of its own for it. What the page itself sends to Amazon
 * is the page's business (unknown; the replica's page posts to a route of its own, replica only).
 *
 * `classifyContact` below reads a JSON answer of the shape the replica's reply routes give (used by
 * thread-reply.ts until replies go through the page too).
 */
import * as v from 'valibot';
import { CSRF_HEADER } from './session';
import { REQUESTS, requestPath } from './requests';
import { classifySession, type HttpAnswer, type SessionOutcome } from './solicitations';

export { REVIEW_REQUEST_REASON } from './contact-reasons';

/** The Contact Buyer page of an order (H). */
export const contactPagePath = (orderId: string, marketplaceId: string): string =>
  requestPath(REQUESTS.contactPageTab, {}, { orderID: orderId, marketplaceID: marketplaceId });

export interface ContactRequest {
  orderId: string;
  marketplaceId: string;
  reason: string;
  subject: string;
  text: string;
  /** the template's stored file (lib/db attachments) that goes with the message */
  attachmentId?: string;
}

export const contactHeaders = (csrfToken: string): Record<string, string> => ({
  accept: 'application/json',
  'content-type': 'application/json',
  [CSRF_HEADER]: csrfToken,
});

export const ContactResponseShape = v.looseObject({
  ok: v.boolean(),
  messageId: v.optional(v.pipe(v.string(), v.maxLength(200))),
  error: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

export type ContactOutcome =
  | SessionOutcome
  | { kind: 'sent'; messageId?: string }
  /** the request was refused as such (order not found, empty text...): nothing went out */
  | { kind: 'rejected'; detail: string }
  | { kind: 'unknown'; detail: string };

export function classifyContact(a: HttpAnswer, now: number = Date.now()): ContactOutcome {
  const session = classifySession(a, now);
  if (session) return session;
  const parsed = v.safeParse(ContactResponseShape, a.body);
  if (a.status >= 200 && a.status < 300) {
    if (parsed.success && parsed.output.ok) return { kind: 'sent', ...(parsed.output.messageId ? { messageId: parsed.output.messageId } : {}) };
    return { kind: 'unknown', detail: `HTTP ${a.status}: ${parsed.success ? parsed.output.error ?? 'ok false' : 'unexpected answer'}` };
  }
  if (a.status >= 400 && a.status < 500) {
    return { kind: 'rejected', detail: `HTTP ${a.status}${parsed.success && parsed.output.error ? ` ${parsed.output.error}` : ''}` };
  }
  return { kind: 'unknown', detail: `HTTP ${a.status}` };
}
