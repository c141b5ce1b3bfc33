/**
 * Is this buyer, or this order, on the seller's blacklist? The one matching every sender uses (campaigns through
 * lib/campaigns/facts.ts, the holiday auto-reply through lib/holiday/runner.ts), by every fact held:
 *   - an entry's order id: that order (and a thread about it);
 *   - an entry's buyer key: Amazon's buyer id, the relay e-mail (case-insensitive) or `name|marketplace`, against
 *     every identifier the buyer is known by;
 *   - an entry's buyer name (with its marketplace, when it names one): the buyer's name, normalised.
 *
 *   const m = blacklistMatcher(entries);
 *   m.buyer({ buyerId, buyerEmail, buyerName, marketplaceId })   -> boolean
 *   m.any([{ orderId, buyerId, ... }, ...])                       -> boolean: any record's order or buyer
 * Pure.
 */
import type { BlacklistEntry } from '../model';
import { normaliseEmail, normaliseName } from './identity';

/** What a record (an order, a thread) says about its buyer. */
export interface BuyerFacts {
  buyerId?: string;
  /** the relay e-mail */
  buyerEmail?: string;
  buyerName?: string;
  marketplaceId?: string;
}

/** Every identifier a buyer is known by (the id as given, else a lower-cased e-mail; `name|marketplace`). */
export function buyerIdentifiers(o: BuyerFacts): string[] {
  const out: string[] = [];
  const id = o.buyerId?.trim();
  if (id) out.push(id.includes('@') ? normaliseEmail(id) ?? id : id);
  const email = normaliseEmail(o.buyerEmail);
  if (email) out.push(email);
  const name = normaliseName(o.buyerName);
  if (name && o.marketplaceId) out.push(`${name}|${o.marketplaceId}`);
  return out;
}

export interface BlacklistMatcher {
  /** the order ids the blacklist names */
  readonly orderIds: ReadonlySet<string>;
  buyer(who: BuyerFacts): boolean;
  /** any of the records names a blacklisted order or buyer */
  any(records: ReadonlyArray<BuyerFacts & { orderId?: string; orderIds?: readonly string[] }>): boolean;
}

export function blacklistMatcher(entries: readonly BlacklistEntry[]): BlacklistMatcher {
  const ids = new Set<string>();
  const names: Array<{ name: string; marketplaceId?: string }> = [];
  const orderIds = new Set<string>();
  for (const b of entries) {
    if (b.orderId) orderIds.add(b.orderId);
    if (b.buyerKey) ids.add(b.buyerKey.includes('@') ? normaliseEmail(b.buyerKey) ?? b.buyerKey : b.buyerKey);
    const name = normaliseName(b.buyerName);
    if (name) names.push({ name, ...(b.marketplaceId ? { marketplaceId: b.marketplaceId } : {}) });
  }
  const buyer = (who: BuyerFacts): boolean => {
    const name = normaliseName(who.buyerName);
    return buyerIdentifiers(who).some((id) => ids.has(id))
      || (name !== undefined && names.some((b) => b.name === name && (!b.marketplaceId || b.marketplaceId === who.marketplaceId)));
  };
  return {
    orderIds,
    buyer,
    any: (records) => records.some((r) => buyer(r) || (r.orderId !== undefined && orderIds.has(r.orderId))
      || (r.orderIds ?? []).some((id) => orderIds.has(id))),
  };
}
