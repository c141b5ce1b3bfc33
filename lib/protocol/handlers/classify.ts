/**
 * `classify/texts`: the categories of inbox rows and conversations, for the page UI (lib/classify).
 * A thread's category is decided by one function from its buyer messages (lib/classify/thread.ts): the
 * conversation page sends them all; an inbox row sends its newest text, and the thread's stored main request
 * (what the conversation page found) is read with it, so that a nudge does not change the category.
 * The classifier's model comes from `deps.classifierModel` (the background loads the packaged weights file on the
 * first classification): when it is unavailable, `classify/texts` answers an error that says why (the page pauses
 * its categories and says so, as for any failed answer), and threads are stored without a category.
 */
import { classifyMessage, isSystemNotification, type LinearModel } from '../../classify';
import { isAmazonNotice } from '../../notice';
import { classifyThread, type ThreadText } from '../../classify/thread';
import { threadKey } from '../../db/repositories/threads';
import type { Category, Thread } from '../../model';
import type { ClassifyItem } from '../messages';
import type { Handlers } from '../router';
import { HandlerError } from '../define';
import type { ModelState } from '../../classify/model/load';
import type { HandlerDeps } from './deps';

type ClassifyHandlers = Pick<Handlers, 'classify/texts'>;
interface Class { category: Category; confidence: number; system: boolean; from?: number }

/** One text's class: rounded confidence, `system` when the classifier or the page knows it is Amazon's notice. */
export function classOf(model: LinearModel, text: string, system: boolean): Class {
  const c = classifyMessage(model, text, undefined, system ? 'amazon' : undefined);
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
export function threadClassOf(model: LinearModel, text: string, system: boolean, messages?: readonly ThreadText[], request?: string, awaiting = true): Class {
  // an inbox row's class is asked for twice on a page view (its record stored without one, then the page's chip) and
  // again on every reload: each distinct question is answered once per model (a conversation's messages are not kept)
  if (messages?.length) return decideClass(model, text, system, messages, request, awaiting);
  const key = `${system ? 's' : '-'}|${request === undefined ? '-' : `${awaiting ? 'a' : 'n'}${request.length}:${request}`}|${text}`;
  let known = answers.get(model);
  if (!known || known.size >= MAX_ANSWERS) answers.set(model, (known = new Map()));
  let c = known.get(key);
  if (!c) known.set(key, (c = Object.freeze(decideClass(model, text, system, undefined, request, awaiting))));
  return c;
}
const MAX_ANSWERS = 20_000;
const answers = new WeakMap<LinearModel, Map<string, Readonly<Class>>>();

function decideClass(model: LinearModel, text: string, system: boolean, messages?: readonly ThreadText[], request?: string, awaiting = true): Class {
  if (system) return classOf(model, text, true);
  let c;
  if (messages?.length) c = classifyThread(model, messages, text);
  // the newest text of a thread that awaits no answer is likely the seller's: the request alone decides
  else if (request) c = classifyThread(model, awaiting ? [{ text: request }, { text }] : [{ text: request }]);
  else c = { ...classifyThread(model, [{ text }]), from: undefined };
  const out: Class = { category: c.category, confidence: Math.round(c.confidence * 100) / 100, system: noticeWording(text, messages) };
  if (messages?.length && c.from !== undefined && c.from >= 0) out.from = c.from;
  return out;
}

type Categorised = { subject?: string; preview?: string; isSystem: boolean; category?: string; categoryConfidence?: number };

/** Whether withCategory would classify this record (then the model is needed). */
export const needsCategory = (t: Categorised): boolean => t.category === undefined && threadText(t) !== '';

/**
 * A thread record the page sent without a category gets one here, from its subject and preview
 * (none while the model is unavailable: `model` undefined).
 */
export function withCategory<T extends Categorised>(t: T, model: LinearModel | undefined): T {
  if (!model || !needsCategory(t)) return t;
  const text = threadText(t);
  const c = threadClassOf(model, text, t.isSystem);
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
 * category is decided again from that request and the newest text (not while the model is unavailable).
 */
export function withStoredRequest(incoming: Thread, stored: Thread | undefined, model: LinearModel | undefined): Thread {
  if (!model || incoming.request !== undefined || !stored?.request || incoming.isSystem) return incoming;
  const text = threadText(incoming);
  if (!text) return incoming;
  const c = threadClassOf(model, text, false, undefined, stored.request, incoming.status === 'response-needed');
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

/** The classifier's model, or undefined when none is given or it cannot be loaded (then the console says why). */
export async function classifierModel(deps: Pick<HandlerDeps, 'classifierModel'> | undefined): Promise<LinearModel | undefined> {
  if (!deps?.classifierModel) return undefined;
  const state = await deps.classifierModel();
  if (state.unavailable !== undefined) console.warn(`[seller-inbox] categories unavailable: ${state.unavailable}`);
  return state.model;
}

const modelState = (deps: Pick<HandlerDeps, 'classifierModel'> | undefined): Promise<ModelState> =>
  deps?.classifierModel?.() ?? Promise.resolve({ unavailable: 'no classifier model was given' });

/**
 * `deps.repos` gives the stored threads (without it, inbox rows are classified from their own text only);
 * `deps.classifierModel` the model (without it, or when it cannot be loaded, the answer is an error saying why).
 */
export function classifyHandlers(deps?: Partial<Pick<HandlerDeps, 'repos' | 'classifierModel'>>): ClassifyHandlers {
  return {
    'classify/texts': async ({ items }) => {
      const state = await modelState(deps);
      if (state.unavailable !== undefined) throw new HandlerError('internal', `categories unavailable: ${state.unavailable}`);
      const requests = await storedRequests(deps?.repos ? { repos: deps.repos } : undefined, items);
      return { results: items.map((i, n) => threadClassOf(state.model, i.text, i.system, i.messages, requests[n], i.thread?.awaiting ?? true)) };
    },
  };
}
