/**
 * Page actions: what the background's page driver (components/background/work-tab.ts) asks the page-actions content
 * script (entrypoints/page-actions.content) to do in the work tab, over one runtime Port per action
 * (tabs.connect, name PAGE_ACTION_PORT). Both ends validate: the content script the request (parsePageActionRun: a
 * known action, its args against the action's schema), the driver the reply (parsePageActionReply: the answer against
 * the action's answer schema). Each action: `args` and `answer` schemas in PAGE_ACTIONS, its code in
 * components/page-actions/<name>.ts, its Seller Central knowledge in lib/seller-central/.
 *
 *   'case-read'   open case (inbox v3): its messages, and whether `text` is among them (whitespace normalised)
 *   'case-reply'  types `text` into the open case's reply box, clicks the page's own Send, confirms the message
 *                 appears in the conversation (unless it is there already since `since`)
 *   'request-review' the Request a Review page's "Yes" clicked for `orderId`, and the page's answer read back
 *                 (lib/seller-central/request-review-page.ts)
 *   'contact-buyer' on the Contact Buyer page: the review-request reason, `text`, the optional `file`, Send, the
 *                 "Review message" dialog, the success alert read back (lib/seller-central/contact-buyer-page.ts)
 *
 * The wire: driver -> page `{ type: 'page-action/run', name, args }`; page -> driver
 * `{ type: 'page-action/reply', ok: true, answer }` or `{ type: 'page-action/reply', ok: false, blocked, detail }`.
 * The port closing before a reply (the worker stopped, the tab navigated or closed) aborts the action in the page.
 */
import * as v from 'valibot';
import { formatIssues } from './parse';

export const PAGE_ACTION_PORT = 'seller-inbox:page-action';

const Text = v.pipe(v.string(), v.minLength(1), v.maxLength(10_000));
const CaseId = v.pipe(v.string(), v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a case id (UUID)'));
const OrderId = v.pipe(v.string(), v.regex(/^\d{3}-\d{7}-\d{7}$/, 'an order id (123-1234567-1234567)'));
const IsoTime = v.pipe(v.string(), v.isoTimestamp('an ISO time'));
const Detail = v.pipe(v.string(), v.maxLength(2000));
/** a test hook (the kill tests): a pause at each stage of a send, as the runner's stageDelayMs */
const PauseMs = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)));
/** which case the page must show: its id, or (a case found by order id search) the order it is about */
const CaseTarget = { caseId: v.optional(CaseId), orderId: v.optional(OrderId) };

export const CaseMessageSchema = v.object({
  sender: v.picklist(['buyer', 'seller', 'amazon']),
  text: v.pipe(v.string(), v.maxLength(20_000)),
  sentAt: v.optional(v.pipe(v.string(), v.maxLength(40))),
});

export const PAGE_ACTIONS = {
  'case-read': {
    /** `since` (ISO time): only the seller's messages from then on count for `textFound` */
    args: v.object({ ...CaseTarget, text: v.optional(Text), since: v.optional(IsoTime) }),
    answer: v.object({
      /** absent: the search by order id found no case */
      caseId: v.optional(CaseId),
      messages: v.pipe(v.array(CaseMessageSchema), v.maxLength(500)),
      /** `text` is in one of the seller's messages (false when no text was asked for) */
      textFound: v.boolean(),
      /** a search by order id: the case ids its list shows for the order (the opened case among them) */
      listed: v.optional(v.pipe(v.array(CaseId), v.maxLength(50))),
    }),
  },
  'case-reply': {
    /**
     * `since` (ISO time, the idempotency record's): when the text is already among the seller's messages from then on,
     * nothing is typed and the answer is `already-there` (a send that went out before the worker stopped)
     */
    args: v.object({ ...CaseTarget, text: Text, since: v.optional(IsoTime), pauseMs: PauseMs }),
    answer: v.object({
      /**
       * sent: the message appeared in the conversation; already-there: it was there before (nothing typed);
       * not-sent: Send was never clicked (nothing went out); unconfirmed: Send was clicked, the message did not
       * appear in time (it may or may not have gone out)
       */
      result: v.picklist(['sent', 'already-there', 'not-sent', 'unconfirmed']),
      caseId: v.optional(CaseId),
      detail: v.optional(Detail),
    }),
  },
  'request-review': {
    args: v.object({ orderId: OrderId }),
    answer: v.object({
      /**
       * what the page said after "Yes" (sent, already-sent, outside-window, ineligible), or unconfirmed: "Yes" was
       * clicked and the page said nothing we know in time (it may or may not have gone out)
       */
      result: v.picklist(['sent', 'already-sent', 'outside-window', 'ineligible', 'unconfirmed']),
      detail: v.optional(Detail),
    }),
  },
  'contact-buyer': {
    args: v.object({
      text: Text,
      /** the template's file (Amazon's limits checked by the caller; at most 10 MB as base64) */
      file: v.optional(v.object({
        name: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
        type: v.pipe(v.string(), v.maxLength(200)),
        base64: v.pipe(v.string(), v.maxLength(Math.ceil((10 * 1024 * 1024) / 3) * 4 + 4)),
      })),
      pauseMs: PauseMs,
    }),
    answer: v.object({
      /** sent: the success alert showed; not-sent: Send was never clicked; unconfirmed: clicked, no success seen */
      result: v.picklist(['sent', 'not-sent', 'unconfirmed']),
      /** the contact reason chosen */
      reason: v.optional(v.pipe(v.string(), v.maxLength(200))),
      detail: v.optional(Detail),
    }),
  },
} as const;

export type PageActionName = keyof typeof PAGE_ACTIONS;
export type PageActionArgs<N extends PageActionName> = v.InferInput<(typeof PAGE_ACTIONS)[N]['args']>;
export type PageActionAnswer<N extends PageActionName> = v.InferOutput<(typeof PAGE_ACTIONS)[N]['answer']>;
export const PAGE_ACTION_NAMES = Object.keys(PAGE_ACTIONS) as PageActionName[];

/** Why the page could not do it: the page's own kinds (the driver adds timeout, tab-closed, error). */
export const PAGE_BLOCKS = ['signed-out', 'captcha', 'unrecognised-page', 'error'] as const;
export type PageBlock = (typeof PAGE_BLOCKS)[number];

export interface PageActionRun<N extends PageActionName = PageActionName> { type: 'page-action/run'; name: N; args: PageActionArgs<N> }
export type PageActionReply<N extends PageActionName = PageActionName> =
  | { type: 'page-action/reply'; ok: true; answer: PageActionAnswer<N> }
  | { type: 'page-action/reply'; ok: false; blocked: PageBlock; detail: string };

const isName = (x: unknown): x is PageActionName => typeof x === 'string' && Object.hasOwn(PAGE_ACTIONS, x);
const obj = (x: unknown): Record<string, unknown> | undefined =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined;

/** The content script's side: a run request of a known action with valid args, or what is wrong with it. */
export function parsePageActionRun(x: unknown): { ok: true; run: PageActionRun } | { ok: false; error: string } {
  const m = obj(x);
  if (!m || m.type !== 'page-action/run') return { ok: false, error: 'type: expected "page-action/run"' };
  if (!isName(m.name)) return { ok: false, error: `name: unknown page action ${JSON.stringify(String(m.name)).slice(0, 60)}` };
  const r = v.safeParse(PAGE_ACTIONS[m.name].args, m.args);
  if (!r.success) return { ok: false, error: `${m.name} args: ${formatIssues(r.issues)}` };
  return { ok: true, run: { type: 'page-action/run', name: m.name, args: r.output } as PageActionRun };
}

/** The driver's side: the page's reply to `name`, checked against the action's answer schema. */
export function parsePageActionReply<N extends PageActionName>(name: N, x: unknown): { ok: true; reply: PageActionReply<N> } | { ok: false; error: string } {
  const m = obj(x);
  if (!m || m.type !== 'page-action/reply') return { ok: false, error: `${name} reply: type: expected "page-action/reply"` };
  if (m.ok === false) {
    const blocked = PAGE_BLOCKS.find((b) => b === m.blocked);
    if (!blocked) return { ok: false, error: `${name} reply: blocked: unknown kind ${JSON.stringify(String(m.blocked)).slice(0, 60)}` };
    return { ok: true, reply: { type: 'page-action/reply', ok: false, blocked, detail: typeof m.detail === 'string' ? m.detail.slice(0, 2000) : '' } };
  }
  if (m.ok !== true) return { ok: false, error: `${name} reply: ok: expected a boolean` };
  const r = v.safeParse(PAGE_ACTIONS[name].answer, m.answer);
  if (!r.success) return { ok: false, error: `${name} answer: ${formatIssues(r.issues)}` };
  return { ok: true, reply: { type: 'page-action/reply', ok: true, answer: r.output as PageActionAnswer<N> } };
}
