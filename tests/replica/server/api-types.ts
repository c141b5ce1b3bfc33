/**
 * JSON shapes on the wire between the replica server and its client (and, through the page, the
 * extension's adapters). Decided here: Amazon's real inbox JSON is not publicly known.
 */
import type { MarkupVariant } from './markup-variants';

export type WireThreadStatus = 'RESPONSE_NEEDED' | 'ANSWERED' | 'NO_RESPONSE_NEEDED';
export type WireInboxFilter = 'RESPONSE_NEEDED' | 'ALL' | 'NO_RESPONSE_NEEDED';
export type WireSenderType = 'BUYER' | 'SELLER' | 'AMAZON';

export interface Bootstrap {
  signedIn: boolean;
  merchantId: string | null;
  accountName: string | null;
  marketplaceId: string | null;
  marketplaces: { id: string; code: string; name: string }[];
  locale: string;
  csrfToken: string;
  /** server clock, ISO */
  now: string;
  host: string;
  /** 'drifted': the client renders renamed classes / drops some nodes; other variants: markup-variants.ts */
  markup: MarkupVariant;
}

export interface ThreadSummary {
  threadId: string;
  marketplaceId: string;
  buyerName: string;
  buyerId: string | null;
  subject: string;
  /** first 140 characters of the last message */
  preview: string;
  orderIds: string[];
  status: WireThreadStatus;
  lastMessageAt: string;
  lastSenderType: WireSenderType;
  /** oldest buyer message not yet answered, null when none awaits an answer */
  awaitingSince: string | null;
  messageCount: number;
}

export interface WireAttachment { name: string; type: string; size: number }

export interface WireMessage {
  messageId: string;
  threadId: string;
  senderType: WireSenderType;
  senderName: string;
  text: string;
  sentAt: string;
  attachments: WireAttachment[];
}

export interface ThreadListResponse { total: number; pageNumber: number; pageSize: number; threads: ThreadSummary[] }
export interface ThreadResponse { thread: ThreadSummary; messages: WireMessage[] }
export interface ReplyRequest { text: string; attachments?: WireAttachment[] }
/** replica only: the Contact Buyer page's own request (files with their content as base64) */
export interface ContactRequest { orderId: string; marketplaceId: string; reason: string; subject: string; text: string; attachments?: (WireAttachment & { base64?: string })[] }
export interface OkResponse { ok: boolean; messageId?: string; threadId?: string; error?: string }

export interface WireMoney { CurrencyCode: string; Amount: string }

export interface WireOrderItem {
  asin: string;
  sku: string;
  title: string;
  quantityOrdered: number;
  quantityShipped: number;
  itemPrice: WireMoney;
  imageUrl: string;
}

export interface WireOrder {
  amazonOrderId: string;
  orderStatus: string;
  fulfillmentChannel: 'AFN' | 'MFN';
  purchaseDate: string;
  lastUpdateDate: string;
  earliestShipDate: string;
  latestShipDate: string;
  earliestDeliveryDate: string | null;
  latestDeliveryDate: string | null;
  buyerProxyEmail: string;
  buyerName: string;
  orderTotal: WireMoney;
  orderItems: WireOrderItem[];
  salesChannel: string;
  marketplaceId: string;
  isPrime: boolean;
  isBusinessOrder: boolean;
  pluginActions: { requestAReview: { isAvailable: boolean; reason: string | null; url: string } };
}

export interface OrderResponse { order: WireOrder }

export interface OrderSearchRow {
  amazonOrderId: string;
  homeMarketplaceId: string;
  orderStatus: string;
  fulfillmentChannel: 'AFN' | 'MFN';
  purchaseDate: string;
  buyerName: string;
  orderTotal: WireMoney;
  orderItems: { asin: string; sku: string; title: string; quantityOrdered: number; image: string }[];
}

export interface OrderSearchResponse { total: number; orders: OrderSearchRow[] }

export interface RefundStatusResponse {
  orders: { orderId: string; refundStatus: 'NONE' | 'PARTIAL' | 'FULL'; refunds: { refundId: string; amount: WireMoney; date: string; reason: string }[] }[];
}

export type SolicitationIneligibleReason = 'REVIEW_REQUEST_ALREADY_SENT' | 'REVIEW_REQUEST_OUTSIDE_TIME_WINDOW' | 'ORDER_NOT_FOUND';
export interface SolicitationResponse { isSuccess: boolean; ineligibleReason: SolicitationIneligibleReason | null }
/** The `reviewJson: 'unrecognised'` switch's shape (a changed JSON the extension's adapter does not read). */
export interface SolicitationResponseChanged { status: 'SUCCESS' | 'FAILURE'; reasonCode: SolicitationIneligibleReason | null }

export interface FeedbackRow { orderId: string; rating: number; comment: string; date: string; raterEmail: string; marketplaceId: string }
export interface FeedbackListResponse { total: number; feedback: FeedbackRow[] }

/** Inbox v3 (`/messaging/inbox-v3`): the filters of `fi=` (camelCase, as in the page's own URL). */
export type V3Filter = 'responseNeeded' | 'all' | 'sent' | 'resolved' | 'search' | 'caseId';

/** One row of the inbox v3 case list (replica only: the page's own data call; Amazon's JSON is unknown). */
export interface V3CaseSummary {
  /** a UUID */
  caseId: string;
  marketplaceId: string;
  buyerName: string;
  subject: string;
  /** first 100 characters of the newest message */
  preview: string;
  orderId: string | null;
  status: WireThreadStatus;
  /** the newest message */
  lastMessageAt: string;
  lastSenderType: WireSenderType;
  /** an Amazon notice (From shows "Amazon") */
  isSystem: boolean;
  /** when the case was resolved ("no response needed"), null otherwise */
  resolvedAt: string | null;
}

export interface V3Counts { responseNeeded: number; all: number }
export interface V3CaseListResponse {
  filter: V3Filter; total: number; pageNumber: number; pageSize: number; cases: V3CaseSummary[]; counts: V3Counts;
}
export interface V3CaseResponse {
  case: V3CaseSummary & { /** `<alias>+<caseId>@marketplace.<retail domain>`, null for Amazon notices */ buyerEmail: string | null };
  messages: WireMessage[];
}
