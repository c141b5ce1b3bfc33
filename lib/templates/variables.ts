/**
 * The documented, typed list of template variables. Each reads one value from a TemplateContext;
 * `undefined` means "not known for this thread" and shows as a warning in the preview.
 */
import { marketplaceById } from '../marketplaces';
import { contactSellerLink, productLink, reviewLink, sellerFeedbackLink, storefrontLink } from './links';

export interface TemplateItem { asin: string; sku?: string; title?: string; quantity: number }

export interface TemplateContext {
  marketplaceId: string;
  buyerName?: string;
  orderId?: string;
  items: TemplateItem[];
  /** ISO date of the (latest) delivery */
  deliveryDate?: string;
  trackingNumber?: string;
  storeName?: string;
  sellerId?: string;
}

export interface VariableDef {
  name: string;
  /** English description for the editor's variable menu */
  description: string;
  example: string;
  read(ctx: TemplateContext): string | undefined;
}

const first = (ctx: TemplateContext) => ctx.items[0];
const nonEmpty = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

function formatDate(iso: string | undefined, marketplaceId: string): string | undefined {
  if (!iso) return undefined;
  const mp = marketplaceById(marketplaceId);
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return new Intl.DateTimeFormat((mp?.locale ?? 'en_US').replace('_', '-'), {
    year: 'numeric', month: 'long', day: 'numeric', timeZone: mp?.timeZone ?? 'UTC',
  }).format(d);
}

export const VARIABLES: readonly VariableDef[] = [
  { name: 'buyer_first_name', description: "Buyer's first name", example: 'Jane',
    read: (c) => nonEmpty(c.buyerName)?.split(/\s+/)[0] },
  { name: 'buyer_name', description: "Buyer's full name as Amazon shows it", example: 'Jane Doe', read: (c) => nonEmpty(c.buyerName) },
  { name: 'order_id', description: 'Amazon order id', example: '111-1234567-1234567', read: (c) => nonEmpty(c.orderId) },
  { name: 'product_name', description: 'Title of the first item in the order', example: 'Bamboo cutting board',
    read: (c) => nonEmpty(first(c)?.title) },
  { name: 'asin', description: 'ASIN of the first item', example: 'B0C1234567', read: (c) => nonEmpty(first(c)?.asin) },
  { name: 'sku', description: 'Your SKU of the first item', example: 'BCB-L-01', read: (c) => nonEmpty(first(c)?.sku) },
  { name: 'quantity', description: 'Total quantity ordered', example: '2',
    read: (c) => (c.items.length ? String(c.items.reduce((n, i) => n + i.quantity, 0)) : undefined) },
  { name: 'delivery_date', description: "Delivery date, in the marketplace's language", example: 'November 23, 2026',
    read: (c) => formatDate(c.deliveryDate, c.marketplaceId) },
  { name: 'tracking_number', description: 'Tracking number (seller-fulfilled orders)', example: '1Z999AA10123456784',
    read: (c) => nonEmpty(c.trackingNumber) },
  { name: 'store_name', description: 'Your store name', example: 'Lumen Home Goods', read: (c) => nonEmpty(c.storeName) },
  { name: 'marketplace', description: 'Marketplace retail domain', example: 'amazon.de',
    read: (c) => marketplaceById(c.marketplaceId)?.retailDomain },
  { name: 'product_link', description: 'Link to the product page', example: 'https://www.amazon.com/dp/B0C1234567',
    read: (c) => productLink({ marketplaceId: c.marketplaceId, asin: first(c)?.asin }) },
  { name: 'review_link', description: 'Link to write a product review', example: 'https://www.amazon.com/review/create-review?asin=B0C1234567',
    read: (c) => reviewLink({ marketplaceId: c.marketplaceId, asin: first(c)?.asin }) },
  { name: 'feedback_link', description: 'Link to leave seller feedback for this order', example: 'https://www.amazon.com/hz/feedback?sellerID=…',
    read: (c) => sellerFeedbackLink({ marketplaceId: c.marketplaceId, orderId: c.orderId, sellerId: c.sellerId }) },
  { name: 'storefront_link', description: 'Link to your storefront', example: 'https://www.amazon.com/s?me=…',
    read: (c) => storefrontLink({ marketplaceId: c.marketplaceId, sellerId: c.sellerId }) },
  { name: 'contact_link', description: 'Link for the buyer to contact you about this order', example: 'https://www.amazon.com/gp/help/contact/…',
    read: (c) => contactSellerLink({ marketplaceId: c.marketplaceId, orderId: c.orderId, sellerId: c.sellerId }) },
];

export const VARIABLE_NAMES: ReadonlySet<string> = new Set(VARIABLES.map((v) => v.name));
/** Section names usable as {{#items}}…{{/items}}; inside, the item fields below are in scope. */
export const SECTION_FIELDS: Readonly<Record<string, readonly string[]>> = { items: ['asin', 'sku', 'title', 'quantity'] };

export function variableValues(ctx: TemplateContext): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const v of VARIABLES) out[v.name] = v.read(ctx);
  return out;
}
