/**
 * Adapter for one Buyer-Seller Messages conversation in the legacy layout (the older case link
 * `/messaging/inbox?fi=caseId&ss=<caseId>&cc=<caseId>`, pages.ts): reads buyer,
 * order ids, marketplace and messages, and locates the reply area (inside the composer's open shadow
 * root): the textarea, the Send button and the template dropdown area where our template button goes.
 */
import { isAmazonNotice } from '../notice';
import { normalizeThreadId } from '../case-id';
import type { ThreadStatus } from '../model';
import { isoFrom, queryDeep, textOf } from './deep-query';

export const SELECTORS = {
  thread: '#bsm-thread',
  loading: '[data-page="messaging-thread"] > kat-spinner',
  subject: '.bsm-thread-subject',
  threadHead: '.bsm-thread-head',
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

/** The role labels Seller Central puts after a sender's name, in its UI languages (en, de, fr, it, es, ja). */
const ROLE_LABELS = [
  'Buyer', 'You', 'Seller', 'Amazon',
  'Käufer', 'Käuferin', 'Sie', 'Verkäufer',
  'Acheteur', 'Acheteuse', 'Vous', 'Vendeur',
  'Acquirente', 'Tu', 'Lei', 'Venditore',
  'Comprador', 'Compradora', 'Tú', 'Usted', 'Vendedor',
  '購入者', 'あなた', '出品者',
];
const ROLE_SUFFIX = new RegExp(`\\s*[(（]\\s*(?:${ROLE_LABELS.join('|')})\\s*[)）]$`, 'iu');

/** The sender line is "Name (Buyer)" (or "(Käufer)", "（購入者）" ...): the name only. */
export const senderNameOf = (line: string): string => line.replace(ROLE_SUFFIX, '').trim();

function readMessage(el: Element): ThreadPageMessage | null {
  const sender = SENDER[(el.getAttribute(SELECTORS.attr.senderType) ?? '').toUpperCase()];
  if (!sender) return null;
  const messageId = el.getAttribute(SELECTORS.attr.messageId) ?? undefined;
  const sentAt = isoFrom(el.querySelector(SELECTORS.messageTime)?.getAttribute(SELECTORS.attr.datetime));
  const senderName = senderNameOf(textOf(el.querySelector(SELECTORS.messageSender)));
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
  const rawId = thread.getAttribute(SELECTORS.attr.threadId)?.trim();
  // a case id is stored lowercase, whichever layout gave it (lib/case-id.ts)
  const threadId = rawId ? normalizeThreadId(rawId) : undefined;
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
    isSystem: isAmazonNotice({ marked: messages.length > 0 && messages.every((m) => m.sender === 'amazon'), sender: buyerName }),
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
  attr: { orderId: 'data-order-id', asin: 'data-asin', sku: 'data-sku', quantity: 'data-quantity' },
} as const;

/** "SKU: X" and "Qty: 2" in the page's UI languages (used only when the product line has no data attributes). */
const SKU_TEXT = /\b(?:SKU|Art\.-Nr\.)\s*[:：]\s*([^\s·|]+)/iu;
const QTY_TEXT = /(?:\b(?:Qty|Quantity|Menge|Anzahl|Qté|Quantité|Quantità|Qtà|Cantidad|Cant\.)|数量)\s*[:：]\s*(\d+)/iu;

export interface OrderPanelItem { asin: string; title?: string; sku?: string; quantity?: number }
export interface OrderPanelRead { orderId?: string; items: OrderPanelItem[] }

/**
 * The order panel's order id and product lines (title, ASIN, and SKU and quantity from data attributes,
 * else from the "ASIN: … · SKU: … · Qty: …" line in the page's language); null while the panel is
 * absent or still loading.
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
    // data attributes first; the product line's text ("ASIN: … · SKU: … · Qty: 2", localized) as a fallback
    const line = textOf(el);
    const sku = el.getAttribute(S.attr.sku)?.trim() || SKU_TEXT.exec(line)?.[1];
    const qtyAttr = el.getAttribute(S.attr.quantity)?.trim();
    const qty = qtyAttr && /^\d+$/.test(qtyAttr) ? qtyAttr : QTY_TEXT.exec(line)?.[1];
    items.push({ asin, ...(title ? { title } : {}), ...(sku ? { sku } : {}), ...(qty ? { quantity: Number(qty) } : {}) });
  }
  if (!orderId && items.length === 0) return null;
  return { ...(orderId ? { orderId } : {}), items };
}

/**
 * Where the conversation sits on screen, for our own side column: the page's order box (a column our
 * panels may line up with) and the parts of the page that must never be covered (the thread head, the
 * messages and the reply area). Elements only (the caller measures them), found across open shadow roots.
 */
export interface ThreadLayout {
  thread: Element | null;
  orderPanel: Element | null;
  keepClear: Element[];
}

export function findThreadLayout(root: ParentNode): ThreadLayout {
  const thread = queryDeep(root, SELECTORS.thread);
  const scope: ParentNode = thread ?? root;
  const composer = queryDeep(scope, SELECTORS.composerHost) ?? queryDeep(root, SELECTORS.composerHost);
  const keepClear = [
    thread?.querySelector(SELECTORS.threadHead) ?? null,
    queryDeep(scope, SELECTORS.conversation),
    composer ?? (thread ? queryDeep(thread, 'textarea') : null),
  ].filter((el): el is Element => el !== null);
  return { thread, orderPanel: queryDeep(root, SELECTORS.orderPanel), keepClear };
}
