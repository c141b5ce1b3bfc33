/**
 * Adapter for one Buyer-Seller Messages conversation (`/messaging/thread?threadId=`): reads buyer,
 * order ids, marketplace and messages, and locates the reply area (inside the composer's open shadow
 * root): the textarea, the Send button and the template dropdown area where our template button goes.
 */
import type { ThreadStatus } from '../model';
import { isoFrom, queryDeep, textOf } from './deep-query';

export const SELECTORS = {
  thread: '#bsm-thread',
  loading: '[data-page="messaging-thread"] > kat-spinner',
  subject: '.bsm-thread-subject',
  buyerName: '.bsm-buyer-name',
  orderLink: '.bsm-thread-head .bsm-order-id',
  conversation: '.bsm-conversation',
  message: '.bsm-msg',
  messageText: '.bsm-msg-text',
  messageSender: '.bsm-msg-sender',
  messageTime: 'time[datetime]',
  orderPanel: '.bsm-order-panel',
  composerHost: 'bsm-reply-composer',
  textarea: 'textarea.compose-textarea',
  sendButton: '.compose-send',
  noResponseButton: '.compose-no-response',
  attachButton: '.compose-attach',
  templateArea: '.compose-toolbar',
  templateDropdown: '.compose-templates',
  attr: {
    threadId: 'data-thread-id',
    marketplaceId: 'data-marketplace-id',
    status: 'data-status',
    buyerId: 'data-buyer-id',
    orderId: 'data-order-id',
    messageId: 'data-message-id',
    senderType: 'data-sender-type',
    datetime: 'datetime',
  },
} as const;

export type MessageSender = 'buyer' | 'seller' | 'amazon';

export interface ThreadPageMessage {
  messageId?: string;
  sender: MessageSender;
  senderName?: string;
  sentAt?: string;
  text: string;
}

export interface ThreadPageRead {
  recognised: boolean;
  missing: string[];
  /** the conversation is still loading */
  loading: boolean;
  threadId?: string;
  marketplaceId?: string;
  buyerName?: string;
  buyerId?: string;
  orderIds: string[];
  subject?: string;
  status?: ThreadStatus;
  messages: ThreadPageMessage[];
  /** oldest buyer message after the last seller message (none when marked no-response-needed) */
  oldestUnansweredAt?: string;
  lastMessageAt?: string;
  /** only Amazon wrote in this conversation */
  isSystem: boolean;
  problems: { messagesWithoutTime: number };
}

export interface ReplyArea {
  /** the composer's shadow root (or the element holding the textarea) */
  root: ParentNode;
  textarea: HTMLTextAreaElement;
  sendButton: Element | null;
  noResponseButton: Element | null;
  attachButton: Element | null;
  /** where our template button goes: next to Amazon's "Select template" dropdown */
  templateArea: Element | null;
}

const STATUS: Record<string, ThreadStatus> = {
  RESPONSE_NEEDED: 'response-needed', ANSWERED: 'answered', NO_RESPONSE_NEEDED: 'no-response-needed',
};
const SENDER: Record<string, MessageSender> = { BUYER: 'buyer', SELLER: 'seller', AMAZON: 'amazon' };

function readMessage(el: Element): ThreadPageMessage | null {
  const sender = SENDER[(el.getAttribute(SELECTORS.attr.senderType) ?? '').toUpperCase()];
  if (!sender) return null;
  const messageId = el.getAttribute(SELECTORS.attr.messageId) ?? undefined;
  const sentAt = isoFrom(el.querySelector(SELECTORS.messageTime)?.getAttribute(SELECTORS.attr.datetime));
  // the sender line is "Name (Buyer)": keep the name only
  const senderName = textOf(el.querySelector(SELECTORS.messageSender)).replace(/\s*\((Buyer|You|Amazon)\)$/, '');
  // text nodes keep their line breaks: textContent, not the collapsed text
  const text = (el.querySelector(SELECTORS.messageText)?.textContent ?? '').trim();
  return { ...(messageId ? { messageId } : {}), sender, ...(senderName ? { senderName } : {}), ...(sentAt ? { sentAt } : {}), text };
}

/** Oldest buyer message not answered yet: buyer messages after the last seller message. Pure. */
export function oldestUnanswered(messages: readonly ThreadPageMessage[]): string | undefined {
  let lastSeller = -1;
  messages.forEach((m, i) => { if (m.sender === 'seller') lastSeller = i; });
  const waiting = messages.slice(lastSeller + 1).filter((m) => m.sender === 'buyer' && m.sentAt).map((m) => m.sentAt as string);
  return waiting.sort()[0];
}

export function readThreadPage(root: ParentNode): ThreadPageRead {
  const thread = queryDeep(root, SELECTORS.thread);
  const base = { orderIds: [], messages: [], isSystem: false, problems: { messagesWithoutTime: 0 } };
  if (!thread) {
    return { ...base, recognised: false, missing: ['thread'], loading: queryDeep(root, SELECTORS.loading) !== null };
  }
  const missing: string[] = [];
  const threadId = thread.getAttribute(SELECTORS.attr.threadId)?.trim();
  if (!threadId) missing.push('threadId');
  const conversation = thread.querySelector(SELECTORS.conversation);
  if (!conversation) missing.push('conversation');

  const messages = conversation
    ? [...conversation.querySelectorAll(SELECTORS.message)].map(readMessage).filter((m): m is ThreadPageMessage => m !== null)
    : [];
  const withoutTime = messages.filter((m) => !m.sentAt).length;
  if (messages.length > 0 && withoutTime === messages.length) missing.push('messageTime');

  const status = STATUS[thread.getAttribute(SELECTORS.attr.status) ?? ''];
  const orderIds = [...new Set([...thread.querySelectorAll(SELECTORS.orderLink)]
    .map((a) => (a.getAttribute(SELECTORS.attr.orderId) ?? textOf(a)).trim()).filter(Boolean))];
  const times = messages.map((m) => m.sentAt).filter((t): t is string => Boolean(t)).sort();
  const awaiting = status === 'no-response-needed' || status === 'answered' ? undefined : oldestUnanswered(messages);
  const marketplaceId = thread.getAttribute(SELECTORS.attr.marketplaceId)?.trim();
  const buyerId = thread.getAttribute(SELECTORS.attr.buyerId)?.trim();
  const buyerName = textOf(thread.querySelector(SELECTORS.buyerName));
  const subject = textOf(thread.querySelector(SELECTORS.subject));
  const lastMessageAt = times[times.length - 1];

  return {
    recognised: missing.length === 0,
    missing,
    loading: false,
    ...(threadId ? { threadId } : {}),
    ...(marketplaceId ? { marketplaceId } : {}),
    ...(buyerName ? { buyerName } : {}),
    ...(buyerId ? { buyerId } : {}),
    orderIds,
    ...(subject ? { subject } : {}),
    ...(status ? { status } : {}),
    messages,
    ...(awaiting ? { oldestUnansweredAt: awaiting } : {}),
    ...(lastMessageAt ? { lastMessageAt } : {}),
    isSystem: messages.length > 0 && messages.every((m) => m.sender === 'amazon'),
    problems: { messagesWithoutTime: withoutTime },
  };
}

/** The reply area, or null when the composer is not there (yet). */
export function findReplyArea(root: ParentNode): ReplyArea | null {
  const host = queryDeep(root, SELECTORS.composerHost);
  const scope: ParentNode | null = host ? (host.shadowRoot ?? host) : null;
  if (!scope) return null;
  const textarea = queryDeep(scope, SELECTORS.textarea);
  if (!textarea || textarea.tagName !== 'TEXTAREA') return null;
  return {
    root: scope,
    textarea: textarea as HTMLTextAreaElement,
    sendButton: queryDeep(scope, SELECTORS.sendButton),
    noResponseButton: queryDeep(scope, SELECTORS.noResponseButton),
    attachButton: queryDeep(scope, SELECTORS.attachButton),
    templateArea: queryDeep(scope, SELECTORS.templateArea),
  };
}

/** The order panel next to the conversation (product lines of the thread's first order). */
export const ORDER_PANEL_SELECTORS = {
  panel: '.bsm-order-panel',
  product: '.bsm-product',
  title: '.bsm-product-title',
  asin: '.bsm-asin',
  attr: { orderId: 'data-order-id', asin: 'data-asin' },
} as const;

export interface OrderPanelItem { asin: string; title?: string; sku?: string; quantity?: number }
export interface OrderPanelRead { orderId?: string; items: OrderPanelItem[] }

/**
 * The order panel's order id and product lines (title, ASIN, and SKU and quantity from the "ASIN: … ·
 * SKU: … · Qty: …" line when present); null while the panel is absent or still loading.
 */
export function readOrderPanel(root: ParentNode): OrderPanelRead | null {
  const S = ORDER_PANEL_SELECTORS;
  const panel = queryDeep(root, S.panel);
  if (!panel) return null;
  const orderId = panel.getAttribute(S.attr.orderId)?.trim();
  const items: OrderPanelItem[] = [];
  for (const el of panel.querySelectorAll(S.product)) {
    const asin = (el.getAttribute(S.attr.asin) ?? textOf(el.querySelector(S.asin))).trim();
    if (!asin) continue;
    const title = textOf(el.querySelector(S.title));
    const line = textOf(el);
    const sku = /\bSKU:\s*([^\s·|]+)/i.exec(line)?.[1];
    const qty = /\b(?:Qty|Quantity):\s*(\d+)/i.exec(line)?.[1];
    items.push({ asin, ...(title ? { title } : {}), ...(sku ? { sku } : {}), ...(qty ? { quantity: Number(qty) } : {}) });
  }
  if (!orderId && items.length === 0) return null;
  return { ...(orderId ? { orderId } : {}), items };
}
