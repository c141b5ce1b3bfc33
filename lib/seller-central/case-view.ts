/**
 * Adapter for the case open in the inbox v3's right pane (`/messaging/inbox-v3?…&cc=<caseId>`). Evidence: the pane
 * shows the messages, a buyer and order header with the buyer's relay address `<alias>+<caseId>@marketplace.amazon.<tld>`
 * and a reply box (M, seller-central-pages.md); every class name below is the replica's only (tests/replica/INBOX-V3.md).
 * So, in layers like the list adapter:
 *   1. the known selectors (`layout: 'v3'`);
 *   2. the structure (`layout: 'fallback'`): the pane is the nearest region around an editable textarea that holds
 *      repeated messages (a sender line, a readable time, a body); the header is what comes before the messages;
 *   3. neither: `recognised: false` with what is missing.
 * The read has the legacy thread adapter's shape (ThreadPageRead) so the conversation features work on both.
 * Pure: the case id from the URL, `now` and the browser's time zone come in as arguments.
 */
import { isAmazonNotice } from '../notice';
import { caseIdOf, caseIdOfRelay } from '../case-id';
import type { ThreadStatus } from '../model';
import { ORDER_ID } from './case-list-structure';
import { queryDeep, textOf } from './deep-query';
import { AMAZON_SENDER, statusOf } from './inbox-v3-page';
import { parseListTime } from './list-time';
import { oldestUnanswered, type MessageSender, type ThreadPageMessage, type ThreadPageRead } from './thread-page';
import { hostParent, leafElements, paneAround } from './case-view-structure';

export const CASE_SELECTORS = {
  pane: '.case-detail-pane',
  empty: '.case-empty',
  header: '.case-header',
  buyer: '.case-header-buyer',
  subject: '.case-header-subject',
  order: '.case-header-order',
  messages: '.case-messages',
  message: '.case-message',
  sender: '.case-message-sender',
  time: '.case-message-time',
  body: '.case-message-body',
  kind: { buyer: 'case-message-buyer', seller: 'case-message-seller', amazon: 'case-message-amazon' },
  selectedRow: '[aria-selected="true"]',
  rowStatus: '.case-status-label',
  busy: '[aria-busy="true"]',
} as const;

/** a message's time shows the clock (list rows show "3 hours ago" or a bare date: never taken for messages) */
const CLOCK = /\d[:：]\d{2}/;

export interface CaseViewInput {
  /** the case the URL names (`cc`), lower case */
  caseId?: string;
  now: number;
  /** the IANA zone the page writes its times in (the browser's) */
  zone: string;
}

/** The elements the features anchor to (our chip next to the subject, the blacklist toggle next to the buyer). */
export interface CaseParts {
  pane?: Element; header?: Element; buyer?: Element; subject?: Element; messages?: Element;
  /** each message's body element, in the order of the read's messages (our translation goes under it) */
  bodies?: (Element | undefined)[];
}

export type CaseViewRead = ThreadPageRead & { layout: 'v3' | 'fallback' | 'none'; parts: CaseParts };

interface RawMessage { el: Element; kindClass?: MessageSender; sender: string; time: string; body: string; bodyEl?: Element }

function knownMessages(list: Element): RawMessage[] {
  const S = CASE_SELECTORS;
  return [...list.querySelectorAll(S.message)].map((el) => {
    const kind = (Object.keys(S.kind) as MessageSender[]).find((k) => el.classList.contains(S.kind[k]));
    return {
      el, ...(kind ? { kindClass: kind } : {}), sender: textOf(el.querySelector(S.sender)), time: textOf(el.querySelector(S.time)),
      body: (el.querySelector(S.body)?.textContent ?? '').trim(), ...optionalBody(el.querySelector(S.body)),
    };
  });
}

/** A message by structure: the leaf before the first readable time is the sender line, the next one the body. */
function structuralMessage(el: Element, now: number, zone: string): RawMessage {
  const leaves = leafElements(el);
  const at = leaves.findIndex((l) => parseListTime(textOf(l), now, zone) !== undefined);
  return {
    el, sender: at > 0 ? textOf(leaves[at - 1]) : '', time: at >= 0 ? textOf(leaves[at]) : '',
    body: at >= 0 && leaves[at + 1] ? (leaves[at + 1]!.textContent ?? '').trim() : '', ...optionalBody(at >= 0 ? leaves[at + 1] : undefined),
  };
}

function senderOf(raw: RawMessage, buyerName: string | undefined): MessageSender {
  if (raw.kindClass) return raw.kindClass;
  if (AMAZON_SENDER.test(raw.sender)) return 'amazon';
  return buyerName && raw.sender === buyerName ? 'buyer' : 'seller';
}

/** The status the list shows for the selected row (the pane shows none), when that row is this case's. */
function selectedStatus(root: ParentNode, caseId: string | undefined): ThreadStatus | undefined {
  // the page's own list only (light DOM): never an option of our own UI
  const row = root.querySelector(CASE_SELECTORS.selectedRow);
  if (!row) return undefined;
  const href = [row, ...row.querySelectorAll('[href]')].map((a) => a.getAttribute('href') ?? '').join(' ');
  if (caseId && /[?&](?:cc|ss)=/.test(href) && !href.toLowerCase().includes(caseId)) return undefined;
  const label = row.querySelector(CASE_SELECTORS.rowStatus);
  const texts = label ? [label.getAttribute('text') ?? textOf(label)] : leafElements(row).map((l) => l.getAttribute('text') ?? textOf(l));
  return texts.map(statusOf).find((s) => s !== undefined);
}

const none = (missing: string[], loading: boolean, parts: CaseParts = {}): CaseViewRead => ({
  layout: 'none', recognised: false, missing, loading, orderIds: [], messages: [], isSystem: false,
  problems: { messagesWithoutTime: 0 }, parts,
});

export function readCaseView(root: ParentNode, input: CaseViewInput): CaseViewRead {
  const { now, zone } = input;
  const S = CASE_SELECTORS;
  let layout: 'v3' | 'fallback' = 'v3';
  let parts: CaseParts;
  let raws: RawMessage[] = [];
  const known = queryDeep(root, S.pane);
  if (known && (known.querySelector(S.messages) || known.querySelector(S.header))) {
    parts = { pane: known, ...optional({ header: known.querySelector(S.header), buyer: known.querySelector(S.buyer),
      subject: known.querySelector(S.subject), messages: known.querySelector(S.messages) }) };
    raws = parts.messages ? knownMessages(parts.messages) : [];
  } else {
    const found = paneAround(root, (el) => CLOCK.test(structuralMessage(el, now, zone).time));
    if (!found) return none(['thread'], known ? known.matches(S.busy) || known.querySelector(S.empty) === null : false);
    layout = 'fallback';
    parts = { pane: found.pane, messages: found.messages, ...(found.header ? { header: found.header } : {}) };
    const heading = found.header?.querySelector('h1,h2,h3,h4,h5,h6') ?? (found.header ? leafElements(found.header)[0] : undefined);
    if (heading) parts.buyer = heading;
    raws = [...found.messages.children].map((el) => structuralMessage(el, now, zone));
  }
  parts.bodies = raws.map((r) => r.bodyEl);
  const headerTexts = parts.header ? leafElements(parts.header).map((l) => textOf(l)) : [];
  const relayCase = headerTexts.map((t) => caseIdOfRelay(t)).find(Boolean);
  // the pane still shows the case before (the new one is loading): nothing of it may pass for the new case
  if (input.caseId && relayCase && relayCase !== input.caseId) return none(['thread'], true, parts);
  const threadId = caseIdOf(input.caseId) ?? input.caseId ?? relayCase;
  const buyerName = parts.buyer ? textOf(parts.buyer) || undefined : undefined;
  const subject = parts.subject ? textOf(parts.subject) || undefined : undefined;
  const orderIds = [...new Set(headerTexts.flatMap((t) => t.match(ORDER_ID) ?? []))];

  const messages: ThreadPageMessage[] = raws.map((r) => {
    const time = r.time ? parseListTime(r.time, now, zone, 'earliest') : undefined;
    const sentAt = time ? new Date(time.at).toISOString() : undefined;
    return { sender: senderOf(r, buyerName), ...(r.sender ? { senderName: r.sender } : {}), ...(sentAt ? { sentAt } : {}), text: r.body };
  });
  const missing: string[] = [];
  if (!threadId) missing.push('threadId');
  if (!parts.messages) missing.push('conversation');
  const withoutTime = messages.filter((m) => !m.sentAt).length;
  if (messages.length > 0 && withoutTime === messages.length) missing.push('messageTime');
  const status = selectedStatus(root, threadId);
  const times = messages.map((m) => m.sentAt).filter((t): t is string => Boolean(t)).sort();
  const awaiting = status === 'no-response-needed' || status === 'answered' ? undefined : oldestUnanswered(messages);
  const lastMessageAt = times[times.length - 1];
  return {
    layout, recognised: missing.length === 0, missing, loading: false, parts,
    ...(threadId ? { threadId } : {}), ...(buyerName ? { buyerName } : {}), orderIds, ...(subject ? { subject } : {}),
    ...(status ? { status } : {}), messages, ...(awaiting ? { oldestUnansweredAt: awaiting } : {}),
    ...(lastMessageAt ? { lastMessageAt } : {}),
    isSystem: isAmazonNotice({ marked: messages.length > 0 && messages.every((m) => m.sender === 'amazon'), sender: buyerName }),
    problems: { messagesWithoutTime: withoutTime },
  };
}

const optionalBody = (el: Element | null | undefined): { bodyEl?: Element } => (el ? { bodyEl: el } : {});

type ElementPart = Exclude<keyof CaseParts, 'bodies'>;

function optional(parts: Partial<Record<ElementPart, Element | null>>): CaseParts {
  const out: CaseParts = {};
  for (const [k, v] of Object.entries(parts)) if (v) out[k as ElementPart] = v;
  return out;
}

export { hostParent };
export { findCaseLayout, findCaseReplyArea } from './case-view-reply';
