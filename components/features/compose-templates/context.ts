/**
 * The open thread's values for templates: what the page shows (buyer, order id, marketplace, the
 * order panel's products, the seller's store name and id) merged with what the background has stored
 * for the order (items, delivery date, tracking number). The page wins for what it shows.
 */
import type { Category } from '../../../lib/model';
import type { StoredOrderContext } from '../../../lib/protocol/handlers/compose';
import { readSession } from '../../../lib/seller-central/session';
import { readOrderPanel, type OrderPanelRead } from '../../../lib/seller-central/thread-page';
import type { PageInfo } from '../../page/feature';
import { readConversation } from '../thread-shared/conversation';
import type { TemplateContext, TemplateItem } from '../../../lib/templates/variables';

export interface PageThreadValues {
  marketplaceId?: string;
  threadId?: string;
  buyerName?: string;
  orderIds: string[];
  panel: OrderPanelRead | null;
  storeName?: string;
  sellerId?: string;
  /** the buyer's messages awaiting an answer, to classify */
  buyerText?: string;
  /** the subject and all buyer messages (when the unanswered ones say nothing) */
  threadText?: string;
}

export interface ThreadValues {
  ctx: TemplateContext;
  orderIds: string[];
  buyerText?: string;
  category?: Category;
}

/** What the open conversation shows (either layout; the v3 case has no page order panel: the stored order fills in). */
export function readPageValues(doc: Document, page: Pick<PageInfo, 'detected'>): PageThreadValues {
  const thread = readConversation(doc, page);
  const session = readSession(doc);
  const lastSeller = thread.messages.map((m) => m.sender).lastIndexOf('seller');
  const buyer = (from: number) => thread.messages.slice(from).filter((m) => m.sender === 'buyer').map((m) => m.text);
  const unanswered = buyer(lastSeller + 1);
  const buyerText = (unanswered.length ? unanswered : buyer(0).slice(-1)).join('\n').slice(-5000);
  const threadText = [thread.subject ?? '', ...buyer(0)].join('\n').slice(0, 10_000);
  const marketplaceId = thread.marketplaceId ?? session.marketplaceId;
  return {
    ...(marketplaceId ? { marketplaceId } : {}),
    ...(thread.threadId ? { threadId: thread.threadId } : {}),
    ...(thread.buyerName ? { buyerName: thread.buyerName } : {}),
    orderIds: thread.orderIds,
    panel: readOrderPanel(doc),
    ...(session.accountName ? { storeName: session.accountName } : {}),
    ...(session.merchantId ? { sellerId: session.merchantId } : {}),
    ...(buyerText.trim() ? { buyerText } : {}),
    ...(threadText.trim() ? { threadText } : {}),
  };
}

/** Page values first, stored order values where the page has none. Pure. */
export function mergeThreadValues(page: PageThreadValues, stored?: StoredOrderContext, category?: Category, storedStoreName?: string): ThreadValues {
  // the store name the seller typed in Options (or stored from the header) wins over the page's
  const storeName = storedStoreName ?? page.storeName;
  const orderId = page.orderIds[0] ?? page.panel?.orderId ?? stored?.orderId;
  const panelItems: TemplateItem[] = (page.panel && (!orderId || !page.panel.orderId || page.panel.orderId === orderId))
    ? page.panel.items.map((i) => ({ asin: i.asin, quantity: i.quantity ?? 1, ...(i.title ? { title: i.title } : {}), ...(i.sku ? { sku: i.sku } : {}) }))
    : [];
  const storedItems = stored && (!orderId || stored.orderId === orderId) ? stored.items : [];
  // the panel's lines, completed by the stored item of the same ASIN (its SKU when the panel shows none)
  const items = panelItems.length
    ? panelItems.map((p): TemplateItem => ({ ...storedItems.find((x) => x.asin === p.asin), ...p }))
    : storedItems;
  const useStored = stored && (!orderId || stored.orderId === orderId);
  const buyerName = page.buyerName ?? (useStored ? stored.buyerName : undefined);
  const ctx: TemplateContext = {
    marketplaceId: page.marketplaceId ?? '',
    items,
    ...(buyerName ? { buyerName } : {}),
    ...(orderId ? { orderId } : {}),
    ...(useStored && stored.deliveryDate ? { deliveryDate: stored.deliveryDate } : {}),
    ...(useStored && stored.trackingNumber ? { trackingNumber: stored.trackingNumber } : {}),
    ...(storeName ? { storeName } : {}),
    ...(page.sellerId ? { sellerId: page.sellerId } : {}),
  };
  return { ctx, orderIds: page.orderIds, ...(page.buyerText ? { buyerText: page.buyerText } : {}), ...(category ? { category } : {}) };
}
