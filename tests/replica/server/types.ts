/** The replica server's public types: request/response, faults, and the record of what was sent. */
import type { ReplicaData } from '../data/types';
import type { MarkupVariant } from './markup-variants';

/**
 * Who made a request, as the harness tells from Playwright: the replica's own page code (its fetches carry
 * `x-replica-page`), the extension's service worker, an extension script without the marker (a content script in
 * a Seller Central page, or an extension page), a document load, or anything else a page loads (scripts, images).
 */
export type RequestInitiator = 'page' | 'extension-worker' | 'extension-script' | 'navigation' | 'asset';

export interface ReplicaRequest {
  method: string;
  /** set by the harness (tests/replica/harness.ts); absent: treated as the page's own */
  initiator?: RequestInitiator;
  /** absolute URL, e.g. https://sellercentral.amazon.com/messaging/inbox?fi=ALL */
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer | null;
}

export interface ReplicaResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** Limits a fault: only the next `times` matching requests, and/or only paths starting with `pathPrefix`. */
export interface FaultRule { times?: number; pathPrefix?: string }

export interface Faults {
  /** JSON endpoints answer 429 Too Many Requests */
  status429?: boolean | FaultRule;
  /** JSON endpoints answer 500 */
  status500?: boolean | FaultRule;
  /** delay every page and JSON answer by this many ms */
  slowMs?: number;
  /** never answer (pages and JSON) */
  hang?: boolean | FaultRule;
  /** act as if signed out, without ending the session (a rule: only paths starting with its `pathPrefix`) */
  signedOut?: boolean | FaultRule;
  /** pages redirect to /ap/cvf, JSON answers 403 with `captchaRequired: true` (a rule: only under its `pathPrefix`) */
  captcha?: boolean | FaultRule;
  /** passed to the client in the bootstrap JSON (variants: markup-variants.ts) */
  markup?: MarkupVariant;
  /**
   * 'unrecognised': the solicitations JSON answers in a shape the extension's adapter does not read (as if Amazon
   * changed it: `{ status: 'SUCCESS' | 'FAILURE', reasonCode }`); the replica's own Request a Review page reads both
   */
  reviewJson?: 'unrecognised';
  /**
   * The replica's invented routes (`/messaging/api/threads…`, `/messaging/api/contact`, `/feedback-manager/api/feedback`,
   * the inbox v3 case API) answer only the replica's own page code: a request by the extension gets 404 and is listed in
   * `server.inventedRouteCalls` (default, and 'page-only'); every e2e session fails at close when that list is not
   * empty. 'answer-all' answers the extension too (still listed): for a test that shows what such a call would do.
   */
  inventedRoutes?: 'page-only' | 'answer-all';
}

export type SentKind = 'reply' | 'contact' | 'review-request' | 'no-response-needed';

export interface SentRecord {
  kind: SentKind;
  threadId?: string;
  orderId?: string;
  marketplaceId: string;
  text?: string;
  /** the files that came with the message (replica only: what the page's own request carried) */
  attachments?: { name: string; type: string; size: number; sha256?: string }[];
  /** the contact reason the Contact Buyer page sent */
  reason?: string;
  /** ISO time on the server clock */
  at: string;
}

export interface RequestRecord { method: string; host: string; path: string; search: string; at: string; initiator?: RequestInitiator }

export interface ReplicaServerOptions {
  /** inbox page size when `ps` is absent (default 50) */
  pageSize?: number;
  /** server clock (default: data.now plus the real time elapsed since the server was created) */
  now?: () => Date;
  /** client entry to bundle (default tests/replica/client/main.tsx) */
  clientEntry?: string;
  /** account signed in at start; null starts signed out (default: the first account) */
  signedInAs?: string | null;
}

export interface ReplicaServer {
  readonly data: ReplicaData;
  handle(req: ReplicaRequest): Promise<ReplicaResponse>;
  signIn(merchantId?: string): void;
  signOut(): void;
  readonly session: Readonly<{ merchantId: string | null; marketplaceId: string | null; csrfToken: string }>;
  readonly sent: SentRecord[];
  readonly requests: RequestRecord[];
  /** requests by the extension (initiator extension-worker / extension-script) to a route only the replica has */
  readonly inventedRouteCalls: RequestRecord[];
  /** replaces the active faults; `setFaults({})` clears them */
  setFaults(faults: Faults): void;
  readonly faults: Readonly<Faults>;
  /** restores the generated data, the session, faults and both records */
  reset(): void;
}
