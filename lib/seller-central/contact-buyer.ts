/**
 * Adapter for a proactive message to a buyer about an order (template-message campaigns):
 *   POST /messaging/api/contact  { orderId, marketplaceId, reason, subject, text }  (header anti-csrftoken-a2z)
 *     -> { ok, messageId }
 * Seller Central's own "Contact buyer" page posts this (the path and body are the replica's decision,
 * tests/replica/README.md; the page URL is public: /messaging/contact?orderID=&marketplaceID=).
 * Pure: request builder, response shape (valibot) and the classification the runner acts on.
 */
import * as v from 'valibot';
import { CSRF_HEADER } from './session';
import { classifySession, type HttpAnswer, type SessionOutcome } from './solicitations';
import { REQUESTS } from './requests';

export const CONTACT_PATH = REQUESTS.contact.path;

/**
 * The contact reason of a review-request message. Deliberately NOT "other" / "additional information
 * required": those reach buyers who opted out of unsolicited messages and are only for order-critical
 * messages (amazon-data.md section 7); misusing them is penalised.
 */
export const REVIEW_REQUEST_REASON = 'feedback-request';

export interface ContactRequest {
  orderId: string;
  marketplaceId: string;
  reason: string;
  subject: string;
  text: string;
}

export const contactUrl = (host: string): string => `https://${host}${CONTACT_PATH}`;

export const contactHeaders = (csrfToken: string): Record<string, string> => ({
  accept: 'application/json',
  'content-type': 'application/json',
  [CSRF_HEADER]: csrfToken,
});

export const contactBody = (r: ContactRequest): string =>
  JSON.stringify({ orderId: r.orderId, marketplaceId: r.marketplaceId, reason: r.reason, subject: r.subject, text: r.text });

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
