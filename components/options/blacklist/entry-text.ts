/** How blacklist entries read in the table and in search (pure). */
import { marketplaceById } from '../../../lib/marketplaces';
import type { BlacklistEntry } from '../../../lib/model';

export const ORDER_ID_RE = /^\d{3}-\d{7}-\d{7}$/;

export const marketplaceCode = (id: string | undefined): string => (id ? marketplaceById(id)?.code ?? id : '');

/** Entries whose buyer, order id, marketplace or reason contains every word of the query (case-insensitive). */
export function filterEntries(entries: readonly BlacklistEntry[], query: string): BlacklistEntry[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...entries];
  return entries.filter((e) => {
    const hay = [e.buyerName, e.buyerKey, e.orderId, marketplaceCode(e.marketplaceId), e.reason].filter(Boolean).join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The add form's one "order id or buyer name" box: an order id when it looks like one. */
export function parseWho(text: string): { orderId: string } | { buyerName: string } | undefined {
  const s = text.trim();
  if (!s) return undefined;
  return ORDER_ID_RE.test(s) ? { orderId: s } : { buyerName: s };
}
