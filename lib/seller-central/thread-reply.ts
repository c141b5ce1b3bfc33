/**
 * Adapter for a reply in a buyer thread (the thread page's own Send):
 *   POST /messaging/api/threads/<threadId>/reply  { text, attachments? }  (header anti-csrftoken-a2z)
 *     -> { ok, messageId }
 * The answer has the shape of the contact endpoint's (contact-buyer.ts), so it is classified the same way.
 */
import { classifyContact, contactHeaders, type ContactOutcome } from './contact-buyer';
import type { HttpAnswer } from './solicitations';
import { REQUESTS, requestPath } from './requests';

export const replyPath = (threadId: string): string => requestPath(REQUESTS.threadReply, { threadId });
export const replyUrl = (host: string, threadId: string): string => `https://${host}${replyPath(threadId)}`;
export const replyHeaders = contactHeaders;
export const replyBody = (text: string): string => JSON.stringify({ text });
export const classifyReply = (a: HttpAnswer, now?: number): ContactOutcome => classifyContact(a, now);
