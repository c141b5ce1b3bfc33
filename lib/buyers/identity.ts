/**
 * Who a buyer is, from what Seller Central lets us see: Amazon's obfuscated buyer id (thread page),
 * the anonymised relay e-mail (order JSON, feedback) and the name on a marketplace. Pure.
 *
 * Matching uses the strongest identifier both sides have, and a contradiction on a strong identifier
 * means "another buyer" even when the names are equal (two "John Smith"s are not one buyer).
 */
import type { Feedback, Order, Thread } from '../model';

export interface BuyerIdentity {
  buyerId?: string;
  relayEmail?: string;
  name?: string;
  marketplaceId?: string;
}

/** How a record was tied to the buyer, strongest first. */
export type MatchKind = 'buyer-id' | 'relay-email' | 'name-marketplace';
export const MATCH_STRENGTH: Readonly<Record<MatchKind, number>> = { 'buyer-id': 3, 'relay-email': 2, 'name-marketplace': 1 };

/** "  Jane   DOE " -> "jane doe" (Unicode-normalised, case-folded, white space collapsed). */
export function normaliseName(name: string | undefined): string | undefined {
  const n = name?.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-US');
  return n ? n : undefined;
}

export function normaliseEmail(email: string | undefined): string | undefined {
  const e = email?.trim().toLowerCase();
  return e && e.includes('@') ? e : undefined;
}

const clean = (id: BuyerIdentity): BuyerIdentity => {
  const buyerId = id.buyerId?.trim() || undefined;
  const relayEmail = normaliseEmail(id.relayEmail);
  const name = id.name?.replace(/\s+/g, ' ').trim() || undefined;
  const marketplaceId = id.marketplaceId?.trim() || undefined;
  return { ...(buyerId ? { buyerId } : {}), ...(relayEmail ? { relayEmail } : {}), ...(name ? { name } : {}), ...(marketplaceId ? { marketplaceId } : {}) };
};

/** The Buyer.key convention (model.ts): buyer id, else relay e-mail, else `name|marketplaceId`. */
export function buyerKeyOf(identity: BuyerIdentity): string | undefined {
  const id = clean(identity);
  if (id.buyerId) return id.buyerId;
  if (id.relayEmail) return id.relayEmail;
  const name = normaliseName(id.name);
  return name && id.marketplaceId ? `${name}|${id.marketplaceId}` : undefined;
}

/** How `candidate` is the same buyer as `target`, or null when it is not (or we cannot tell). */
export function matchIdentity(target: BuyerIdentity, candidate: BuyerIdentity): MatchKind | null {
  const a = clean(target);
  const b = clean(candidate);
  if (a.buyerId && b.buyerId) return a.buyerId === b.buyerId ? 'buyer-id' : null;
  if (a.relayEmail && b.relayEmail) return a.relayEmail === b.relayEmail ? 'relay-email' : null;
  const na = normaliseName(a.name);
  if (na && a.marketplaceId && na === normaliseName(b.name) && a.marketplaceId === b.marketplaceId) return 'name-marketplace';
  return null;
}

/** Adds what `more` knows to `base` (the first value known for a field stays). */
export function mergeIdentity(base: BuyerIdentity, ...more: BuyerIdentity[]): BuyerIdentity {
  const out: BuyerIdentity = { ...clean(base) };
  for (const m of more.map(clean)) {
    out.buyerId ??= m.buyerId;
    out.relayEmail ??= m.relayEmail;
    out.name ??= m.name;
    out.marketplaceId ??= m.marketplaceId;
  }
  return clean(out);
}

export const orderIdentity = (o: Pick<Order, 'buyerId' | 'buyerEmail' | 'buyerName' | 'marketplaceId'>): BuyerIdentity =>
  clean({ buyerId: o.buyerId, relayEmail: o.buyerEmail, name: o.buyerName, marketplaceId: o.marketplaceId });

export const threadIdentity = (t: Pick<Thread, 'buyerId' | 'buyerName' | 'marketplaceId'>): BuyerIdentity =>
  clean({ buyerId: t.buyerId, name: t.buyerName, marketplaceId: t.marketplaceId });

export const feedbackIdentity = (f: Pick<Feedback, 'raterEmail' | 'marketplaceId'>): BuyerIdentity =>
  clean({ relayEmail: f.raterEmail, marketplaceId: f.marketplaceId });
