/** What the campaign runner asks of Seller Central (the extension's side: components/background/campaign-seller-central.ts). */
import type { ContactRequest } from '../../seller-central/contact-buyer';
import type { ReadBackPort } from './read-back';
import type { Outcome } from './types';

/** Seller Central as the runner sees it. */
export interface SellerCentralPort extends ReadBackPort {
  /** the eligibility check (GET): sends nothing */
  check(orderId: string, marketplaceId: string): Promise<Outcome>;
  /** what a send needs that can fail without sending anything (a CSRF token); undefined when ready */
  prepare(orderId: string, marketplaceId: string): Promise<Outcome | undefined>;
  sendReviewRequest(orderId: string, marketplaceId: string): Promise<Outcome>;
  sendMessage(request: ContactRequest): Promise<Outcome>;
  /**
   * Request a Review through Amazon's own page (the fallback when the JSON answers in a way the adapter does not
   * read); Amazon accepts one request per order, so asking again after an unknown outcome cannot duplicate.
   */
  requestReviewByPage?(orderId: string, marketplaceId: string): Promise<Outcome>;
}
