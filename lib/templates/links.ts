/**
 * Public Amazon retail URLs built on the marketplace's retail domain (amazon-data.md section 6).
 */
import { marketplaceById, type Marketplace } from '../marketplaces';

const base = (mp: Marketplace) => `https://www.${mp.retailDomain}`;
const q = encodeURIComponent;

export interface LinkInput { marketplaceId: string; asin?: string; orderId?: string; sellerId?: string }

export function productLink({ marketplaceId, asin }: LinkInput): string | undefined {
  const mp = marketplaceById(marketplaceId);
  return mp && asin ? `${base(mp)}/dp/${q(asin)}` : undefined;
}
export function reviewLink({ marketplaceId, asin }: LinkInput): string | undefined {
  const mp = marketplaceById(marketplaceId);
  return mp && asin ? `${base(mp)}/review/create-review?asin=${q(asin)}` : undefined;
}
export function sellerFeedbackLink({ marketplaceId, orderId, sellerId }: LinkInput): string | undefined {
  const mp = marketplaceById(marketplaceId);
  return mp && orderId && sellerId ? `${base(mp)}/hz/feedback?sellerID=${q(sellerId)}&orderID=${q(orderId)}` : undefined;
}
export function storefrontLink({ marketplaceId, sellerId }: LinkInput): string | undefined {
  const mp = marketplaceById(marketplaceId);
  return mp && sellerId ? `${base(mp)}/s?me=${q(sellerId)}&marketplaceID=${q(mp.id)}` : undefined;
}
export function contactSellerLink({ marketplaceId, orderId, sellerId }: LinkInput): string | undefined {
  const mp = marketplaceById(marketplaceId);
  return mp && orderId && sellerId
    ? `${base(mp)}/gp/help/contact/contact.html?orderID=${q(orderId)}&sellerID=${q(sellerId)}&marketplaceID=${q(mp.id)}`
    : undefined;
}
