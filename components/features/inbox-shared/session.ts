/**
 * The signed-in account as the page shows it (lib/seller-central/session.ts), read at most once a second per
 * document: reading it (header, switcher, the bootstrap JSON) on every list change cost more than the whole badge
 * pass on a 2,000-case list. The account does not change within a page view faster than that.
 */
import { readSession, type SellerSession } from '../../../lib/seller-central/session';

const TTL_MS = 1000;
const cache = new WeakMap<Document, { at: number; session: SellerSession }>();

export function pageSession(doc: Document = document): SellerSession {
  const now = Date.now();
  const hit = cache.get(doc);
  if (hit && now - hit.at < TTL_MS) return hit.session;
  const session = readSession(doc);
  cache.set(doc, { at: now, session });
  return session;
}
