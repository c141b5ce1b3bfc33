/**
 * `classify/texts`: the categories of inbox rows and conversations, for the page UI (lib/classify).
 * A thread's category is decided by one function from its buyer messages (lib/classify/thread.ts): the
 * conversation page sends them all; an inbox row sends its newest text, and the thread's stored main request
 * (what the conversation page found) is read with it, so that a nudge does not change the category.
 */
import { classifyMessage, isSystemNotification } from '../../classify';
import { isAmazonNotice } from '../../notice';
import { classifyThread, type ThreadText } from '../../classify/thread';
import { threadKey } from '../../db/repositories/threads';
import type { Category, Thread } from '../../model';
import type { ClassifyItem } from '../messages';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

type ClassifyHandlers = Pick<Handlers, 'classify/texts'>;
interface Class { category: Category; confidence: number; system: boolean; from?: number }

/** One text's class: rounded confidence, `system` when the classifier or the page knows it is Amazon's notice. */
export function classOf(text: string, system: boolean): Class {
  const c = classifyMessage(text, undefined, system ? 'amazon' : undefined);
  return { category: c.category, confidence: Math.round(c.confidence * 100) / 100, system: system || c.system === true };
}

/**
 * Whether a thread reads as Amazon's notice: a conversation where only Amazon wrote, or an inbox row whose subject
 * and newest text use notification wording (lib/classify/system.ts). Not the topic classifier's `system`: on short
 * buyer texts ("Inquiry from Amazon customer...", "following up") it says notice for buyers, and a notice gets no
 * deadline (measured on the replica's generated data, inbox rows, seeds 1, 3, 7, 11 x 3 dates: of 3,895 buyer rows
 * 452 marked by the topic classifier, 0 by the wording; of 425 notices the wording finds 392, with the sender all).
 */
function noticeWording(text: string, messages: readonly ThreadText[] | undefined): boolean {
  if (messages?.length) {
    const written = messages.filter((m) => m.text.trim());
    return written.length > 0 && written.every((m) => m.sender === 'amazon');
  }
  return isSystemNotification(text);
}

/** The text a thread's category is read from: subject and preview (the inbox row's), as the page sends them. */
export const threadText = (t: { subject?: string | undefined; preview?: string | undefined }): string =>
  [t.subject, t.preview].filter(Boolean).join('\n');

/**
 * The class of a thread from what is known of it: every message (a conversation), or the stored main request
 * and the newest text (an inbox row; `awaiting`: the thread awaits an answer, so that text is the buyer's).
 * Amazon's own threads are notices.
 */
export function threadClassOf(text: string, system: boolean, messages?: readonly ThreadText[], request?: string, awaiting = true): Class {
  if (system) return classOf(text, true);
  let c;
  if (messages?.length) c = classifyThread(messages, text);
  // the newest text of a thread that awaits no answer is likely the seller's: the request alone decides
  else if (request) c = classifyThread(awaiting ? [{ text: request }, { text }] : [{ text: request }]);
  else c = { ...classifyThread([{ text }]), from: undefined };
  const out: Class = { category: c.category, confidence: Math.round(c.confidence * 100) / 100, system: noticeWording(text, messages) };
  if (messages?.length && c.from !== undefined && c.from >= 0) out.from = c.from;
  return out;
}

/** A thread record the page sent without a category gets one here, from its subject and preview. */
export function withCategory<T extends { subject?: string; preview?: string; isSystem: boolean; category?: string; categoryConfidence?: number }>(t: T): T {
  if (t.category !== undefined) return t;
  const text = threadText(t);
  if (!text) return t;
  const c = threadClassOf(text, t.isSystem);
  return { ...t, category: c.category, categoryConfidence: c.confidence };
}

/**
 * A thread record with `isSystem` decided by the one rule (lib/notice.ts): the page's marker, the sender
 * "Amazon", or the classifier reading the subject and newest text as Amazon's notice. The text is not read
 * for an answered thread (its newest text is the seller's own).
 */
export function withNotice<T extends { subject?: string; preview?: string; buyerName: string; status: string; isSystem: boolean }>(t: T): T {
  const notice = isAmazonNotice({ marked: t.isSystem, sender: t.buyerName })
    || (t.status !== 'answered' && isAmazonNotice({ textSaysNotice: isSystemNotification(threadText(t)) }));
  return notice === t.isSystem ? t : { ...t, isSystem: notice };
}

/**
 * A stored thread whose main request is known, updated from the inbox (no request in the update): its
 * category is decided again from that request and the newest text.
 */
export function withStoredRequest(incoming: Thread, stored: Thread | undefined): Thread {
  if (incoming.request !== undefined || !stored?.request || incoming.isSystem) return incoming;
  const text = threadText(incoming);
  if (!text) return incoming;
  const c = threadClassOf(text, false, undefined, stored.request, incoming.status === 'response-needed');
  return { ...incoming, category: c.category, categoryConfidence: c.confidence };
}

async function storedRequests(deps: Pick<HandlerDeps, 'repos'> | undefined, items: readonly ClassifyItem[]): Promise<(string | undefined)[]> {
  // items without a thread, or with all their messages, need nothing stored
  const keys = items.map((i) => (i.thread && !i.messages?.length ? threadKey(i.thread.accountId, i.thread.marketplaceId, i.thread.threadId) : undefined));
  if (!deps || !keys.some(Boolean)) return keys.map(() => undefined);
  const wanted = keys.filter((k): k is string => k !== undefined);
  const found = await deps.repos.db.threads.bulkGet(wanted);
  const byKey = new Map(wanted.map((k, i) => [k, found[i]?.request]));
  return keys.map((k) => (k ? byKey.get(k) : undefined));
}

/** `deps` gives the stored threads (without it, inbox rows are classified from their own text only). */
export function classifyHandlers(deps?: Pick<HandlerDeps, 'repos'>): ClassifyHandlers {
  return {
    'classify/texts': async ({ items }) => {
      const requests = await storedRequests(deps, items);
      return { results: items.map((i, n) => threadClassOf(i.text, i.system, i.messages, requests[n], i.thread?.awaiting ?? true)) };
    },
  };
}
