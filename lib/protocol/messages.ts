/**
 * The message protocol between content scripts / extension pages and the background.
 *
 * To add a message: add ONE entry to MESSAGES below (payload schema + response type), then its
 * handler in lib/protocol/handlers/ (TypeScript refuses to build until the handler exists).
 * Payload schemas strip unknown fields; strings and arrays have upper bounds.
 * A response must never have a top-level `error` field (reserved for ErrorResponse).
 */
import * as v from 'valibot';
import { isStrictBase64 } from '../base64';
import { marketplaceById } from '../marketplaces';
import {
  CampaignInputSchema, ControlSchema as CampaignControlSchema, CsrfSchema, QueueRequestSchema, ResolveSchema as CampaignResolveSchema,
  type CampaignStatusResponse, type QueueResponse,
} from './handlers/campaigns-schemas';
import { RunnerConfigPatchSchema, type RunnerConfig } from '../campaigns/runner/types';
import type { GoLiveSummary } from '../campaigns/go-live';
import type { HolidayProblem } from '../holiday/check';
import type { InboxRefreshStatus } from '../inbox-refresh/types';
import type { Campaign, SendLogEntry } from '../model';
import type { AnalyticsData, BackupImportResponse } from './handlers/options-data-types';
import type { BackupTable } from '../backup/format';
import { CATEGORIES, type InboxCounts, type ProblemReport, type Thread } from '../model';
import { SettingsPatchSchema, type Settings } from '../db/settings-schema';
import { message } from './define';
import type { CachedTranslation } from '../translate/cache';
import type { Category } from '../model';
import type { PolicyResult } from '../policy';
import type { PickRow, StoredOrderContext, TemplatePreview } from './handlers/compose';
import type { Account, BlacklistEntry } from '../model';
import type { Template } from '../model';
import { MAX_ATTACHMENT_BYTES, MAX_BODY_LENGTH, type AttachmentInfo } from '../templates/import-export';
import { ATTACHMENT_MAX, BLACKLIST_MAX, TEMPLATE_MAX, THREAD_MAX } from '../limits';
import { ImportBatchJsonSchema, ImportIdSchema, ReportKindSchema } from '../imports/schemas';
import type { ImportPlan } from '../imports/types';
import type { ImportHistoryEntry } from '../db/repositories/import-history';
import {
  BlacklistStatusSchema, BuyerProfileRequestSchema, FeedbackUpsertSchema, OrdersGetSchema, OrdersUpsertSchema, ReturnsUpsertSchema,
  type BuyerProfileResponse, type OrdersGetResponse, type OrdersUpsertResponse,
} from './handlers/thread-panels-schemas';

/** one stored translation (lib/translate/cache.ts) */
const CachedTranslationSchema = v.object({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  pair: v.pipe(v.string(), v.regex(/^[a-zA-Z-]{2,12}>[a-zA-Z-]{2,12}$/)),
  source: v.pipe(v.string(), v.maxLength(20_000)),
  translation: v.pipe(v.string(), v.maxLength(40_000)),
  lost: v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(200)),
  at: v.pipe(v.string(), v.isoTimestamp()),
});

/** an id that is part of a composite `a|b|c` key: non-empty, no `|` */
const KeyPart = (max = 64) => v.pipe(v.string(), v.minLength(1), v.maxLength(max), v.regex(/^[^|]+$/, 'must not contain "|"'));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** ISO-8601 timestamp, normalised to UTC `...Z` so stored values sort as strings */
const Timestamp = v.pipe(v.string(), v.isoTimestamp(), v.transform((s) => new Date(s).toISOString()));

export const ThreadStatusSchema = v.picklist(['response-needed', 'answered', 'no-response-needed']);

/** A thread as a content script sees it; key, account, marketplace and seenAt are added by the background. */
export const ThreadInputSchema = v.object({
  threadId: KeyPart(THREAD_MAX.threadId),
  buyerName: Text(THREAD_MAX.buyerName),
  buyerId: v.optional(Text(THREAD_MAX.buyerId)),
  orderIds: v.optional(v.pipe(v.array(Text(THREAD_MAX.orderId)), v.maxLength(THREAD_MAX.orderIds)), () => []),
  subject: v.optional(Text(THREAD_MAX.subject)),
  preview: v.optional(Text(THREAD_MAX.preview)),
  status: ThreadStatusSchema,
  oldestUnansweredAt: v.optional(Timestamp),
  lastMessageAt: v.optional(Timestamp),
  isSystem: v.optional(v.boolean(), false),
  category: v.optional(v.picklist(CATEGORIES)),
  categoryConfidence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  request: v.optional(Text(2000)),
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type ThreadInput = v.InferInput<typeof ThreadInputSchema>;

/**
 * A text to classify (`classify/texts`): an inbox row's subject + newest message, with the thread it belongs
 * to (the background then decides with the thread's stored main request), or a conversation's subject
 * (`text`) with all its messages (the result says which message the category was read from: `from`).
 */
export const ClassifyItemSchema = v.object({
  text: Text(4000),
  system: v.boolean(),
  thread: v.optional(v.object({ accountId: KeyPart(), marketplaceId: KeyPart(), threadId: KeyPart(200), awaiting: v.optional(v.boolean(), true) })),
  messages: v.optional(v.pipe(v.array(v.object({ text: Text(4000), sender: v.picklist(['buyer', 'amazon', 'seller']) })), v.maxLength(200))),
});
export type ClassifyItem = v.InferInput<typeof ClassifyItemSchema>;

/** A blacklist entry from the options page (add, CSV import); id and addedAt are kept when given (undo). */
const OrderIdSchema = v.pipe(v.string(), v.regex(/^\d{3}-\d{7}-\d{7}$/, 'not an order id (123-1234567-1234567)'));
export const BlacklistInputSchema = v.object({
  id: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(BLACKLIST_MAX.id))),
  buyerKey: v.optional(Text(BLACKLIST_MAX.buyerKey)),
  buyerName: v.optional(Text(BLACKLIST_MAX.buyerName)),
  orderId: v.optional(OrderIdSchema),
  // a known marketplace: the CSV export writes its code, and the import reads codes back
  marketplaceId: v.optional(v.pipe(KeyPart(BLACKLIST_MAX.marketplaceId), v.check((id) => marketplaceById(id) !== undefined, 'not a known marketplace id'))),
  reason: v.optional(Text(BLACKLIST_MAX.reason)),
  addedAt: v.optional(Timestamp),
});

/** A template from the options editor; timestamps and the builtin marker are the background's. */
const TemplateBody = v.optional(Text(MAX_BODY_LENGTH));
export const TemplateInputSchema = v.object({
  id: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(TEMPLATE_MAX.id))),
  name: Text(TEMPLATE_MAX.name),
  tags: v.optional(v.pipe(v.array(Text(TEMPLATE_MAX.tag)), v.maxLength(TEMPLATE_MAX.tags)), () => []),
  categories: v.optional(v.pipe(v.array(v.picklist(CATEGORIES)), v.maxLength(CATEGORIES.length)), () => []),
  bodies: v.object({ en: TemplateBody, de: TemplateBody, fr: TemplateBody, it: TemplateBody, es: TemplateBody, ja: TemplateBody }),
});
/**
 * A template's file. Chrome's runtime messaging is JSON (a Blob does not survive it), so the page sends the
 * bytes as base64; the background stores them as a Blob. Size is checked again after decoding.
 */
export const AttachmentUploadSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(ATTACHMENT_MAX.name)),
  type: Text(ATTACHMENT_MAX.type),
  base64: v.pipe(v.string(), v.maxLength(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4), v.check(isStrictBase64, 'not base64')),
});

export const MESSAGES = {
  ping: message<{ ok: true; version: string }>()(v.object({})),

  /**
   * The page UI found the messaging list in a same-origin frame of its tab: the page UI goes into that tab's frames
   * too (each document once). Only the sender's own tab.
   */
  'page-ui/frames': message<{ ok: true }>()(v.object({})),

  /**
   * The page UI's start part needs its on-demand part (the case panels, the template picker ...): the background
   * injects it into the sender's frame (components/page/on-demand/). Only the sender's own tab and frame.
   */
  'page-ui/on-demand': message<{ ok: true }>()(v.object({})),

  'threads/upsert': message<{ stored: number; inserted: number; updated: number; counts: InboxCounts }>()(
    v.object({
      accountId: KeyPart(),
      marketplaceId: KeyPart(),
      /** the store name the page header shows (lib/seller-central/session.ts), when it shows one */
      accountName: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
      threads: v.pipe(v.array(ThreadInputSchema), v.maxLength(1000)),
    }),
  ),
  'threads/list': message<{ threads: Thread[] }>()(
    v.object({ accountId: KeyPart(), marketplaceId: v.optional(KeyPart()) }),
  ),
  'threads/set-status': message<{ thread: Thread }>()(
    v.object({ key: Text(400), status: ThreadStatusSchema }),
  ),
  'counts/list': message<{ counts: InboxCounts[] }>()(v.object({ accountId: v.optional(KeyPart()) })),
  /**
   * Amazon's own "Response needed N" as the inbox page shows it (left navigation / metrics card): stored with the
   * counts (read now); the answer's `pending - responseNeeded` is what the pages read so far do not hold.
   */
  'inbox/pending': message<{ counts: InboxCounts }>()(
    v.object({
      accountId: KeyPart(), marketplaceId: KeyPart(), pending: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
      /** cases the pages read showed that cannot be kept (rows naming no case): read, not missing */
      unkept: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000))),
    }),
  ),
  /**
   * The Next button: the most urgent thread awaiting an answer after `currentKey` across the account's
   * marketplaces, with its page URL (`mons_sel_mkid` added when it is not `currentMarketplaceId`).
   */
  'threads/next': message<{ thread?: Thread; url?: string; awaiting: number }>()(
    v.object({
      accountId: KeyPart(), currentKey: v.optional(Text(400)), currentMarketplaceId: v.optional(KeyPart()),
      /** the messaging layout the seller is on: the next case opens in the same one */
      layout: v.optional(v.picklist(['v3', 'legacy'])),
    }),
  ),

  /**
   * Categories of message texts (lib/classify runs here, not in the page: it is the page UI's largest
   * library and its first pass over a 500-row inbox costs the page ~30 ms). `system`: Amazon's notice.
   */
  'classify/texts': message<{ results: Array<{ category: Category; confidence: number; system: boolean; from?: number }> }>()(
    v.object({ items: v.pipe(v.array(ClassifyItemSchema), v.maxLength(5000)) }),
  ),

  'log/problem': message<{ ok: true }>()(
    v.object({ feature: v.pipe(v.string(), v.minLength(1), v.maxLength(100)), message: Text(2000), page: Text(500) }),
  ),
  'problems/list': message<{ problems: ProblemReport[] }>()(v.object({})),

  /** the stored cache of on-device translations (lib/translate/cache.ts): keys are `<pair>|<hash>` */
  'translations/get': message<{ entries: CachedTranslation[] }>()(
    v.object({ keys: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(80))), v.maxLength(500)) }),
  ),
  'translations/put': message<{ ok: true }>()(v.object({ entry: CachedTranslationSchema })),

  'settings/get': message<{ settings: Settings }>()(v.object({})),
  'settings/set': message<{ settings: Settings }>()(v.object({ values: SettingsPatchSchema })),
  /**
   * A UI locale's messages (public/_locales/<locale>/messages.json): the page UI follows the seller's language setting
   * when it is not the browser's (browser.i18n.getMessage answers in the browser's language only).
   */
  'i18n/messages': message<{ messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> }>()(
    v.object({ locale: v.picklist(['en', 'zh_CN']) }),
  ),

  'blacklist/list': message<{ entries: BlacklistEntry[] }>()(v.object({})),
  /** `duplicate`: an entry for the same order id, or the same buyer name on the same marketplace, already existed */
  'blacklist/add': message<{ entry: BlacklistEntry; duplicate: boolean }>()(BlacklistInputSchema),
  'blacklist/remove': message<{ removed: BlacklistEntry | null }>()(v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(BLACKLIST_MAX.id)) })),
  /** all entries in one transaction: none is stored when one fails */
  'blacklist/import': message<{ added: number; updated: number }>()(
    v.object({ entries: v.pipe(v.array(v.object({ ...BlacklistInputSchema.entries, id: v.pipe(v.string(), v.minLength(1), v.maxLength(BLACKLIST_MAX.id)) })), v.maxLength(20000)) }),
  ),
  /** the most urgent threads awaiting an answer across every account and marketplace (popup) */
  'threads/urgent': message<{ threads: Thread[] }>()(
    v.object({ limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)), 5) }),
  ),
  'accounts/list': message<{ accounts: Account[] }>()(v.object({})),
  /** the store name the seller typed for an account ('' removes it: the name read from the page applies) */
  'accounts/set-store-name': message<{ account: Account }>()(
    v.object({ accountId: KeyPart(), storeName: v.pipe(v.string(), v.trim(), v.maxLength(200)) }),
  ),

  /** every template (the starters are put in on the first call) and the attachments' names and sizes */
  'templates/list': message<{ templates: Template[]; attachments: AttachmentInfo[] }>()(v.object({})),
  /** creates or replaces; `attachment`: a new file, null to remove it, absent to keep it */
  'templates/save': message<{ template: Template; attachment: AttachmentInfo | null }>()(
    v.object({ template: TemplateInputSchema, attachment: v.optional(v.nullable(AttachmentUploadSchema)) }),
  ),
  'templates/remove': message<{ removed: boolean }>()(v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) })),
  /** a templates file (lib/templates/import-export.ts), all or nothing; merge: same id replaces, copy: all new ids */
  'templates/import': message<{ added: number; updated: number }>()(
    v.object({ json: v.pipe(v.string(), v.maxLength(50_000_000)), mode: v.optional(v.picklist(['merge', 'copy']), 'merge') }),
  ),
  /** the templates file of the given templates (all when ids is absent) */
  'templates/export': message<{ json: string; count: number }>()(
    v.object({ ids: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(10_000))) }),
  ),

  /** reply box: the policy check of a message (lib/policy), with each found rule's explanation */
  'compose/check': message<{ result: PolicyResult; explain: Record<string, string> }>()(
    v.object({
      text: Text(20_000),
      kind: v.optional(v.picklist(['reply', 'proactive', 'review-request']), 'reply'),
      marketplace: v.optional(Text(40)),
    }),
  ),
  /** reply box: template values from the stored orders of the thread, and the category of the buyer's last message */
  'templates/context': message<{ order?: StoredOrderContext; category?: Category; confidence?: number; storeName?: string }>()(
    v.object({
      /** the signed-in account: its store name (typed in Options, or read from the header earlier) */
      accountId: v.optional(Text(64)),
      orderIds: v.optional(v.pipe(v.array(Text(40)), v.maxLength(20)), () => []),
      buyerText: v.optional(Text(5000)),
      /** the subject and every buyer message: classified when buyerText alone says nothing */
      threadText: v.optional(Text(10_000)),
      language: v.optional(Text(10)),
    }),
  ),
  /** the picker's ranked list for a query; `session`: one opening of the picker (its index is kept meanwhile) */
  'templates/pick': message<{ rows: PickRow[]; total: number; templates: number }>()(
    v.object({
      session: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
      query: v.optional(Text(200), ''),
      marketplaceId: v.optional(KeyPart()),
      category: v.optional(v.picklist(CATEGORIES)),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)), 100),
    }),
  ),
  /** the template's stored file with its content (base64), for the page's own attachment input; none when it has none */
  'templates/attachment': message<{ file?: AttachmentInfo & { base64: string } }>()(
    v.object({ templateId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) }),
  ),
  /** one template rendered with the thread's values, and the policy check of the result */
  'templates/preview': message<{ preview?: TemplatePreview }>()(
    v.object({
      session: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
      templateId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
      ctx: v.object({
        marketplaceId: Text(64),
        buyerName: v.optional(Text(200)),
        orderId: v.optional(Text(40)),
        items: v.pipe(v.array(v.object({
          asin: Text(20), sku: v.optional(Text(100)), title: v.optional(Text(1000)),
          quantity: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
        })), v.maxLength(100)),
        deliveryDate: v.optional(Text(40)),
        trackingNumber: v.optional(Text(100)),
        storeName: v.optional(Text(200)),
        sellerId: v.optional(Text(40)),
      }),
    }),
  ),
  /**
   * Report imports (options page, lib/imports): `imports/stage` sends one batch of an import's records
   * (<= 2,000 rows; kept in a staging record nothing else reads), `imports/plan` says what the whole import
   * would change, `imports/apply` writes it in ONE transaction, `imports/cancel` drops it (or rolls back a
   * commit in progress). `batches`: how many batches the page sent; when fewer are staged (stale staging
   * purged) plan/apply answer not-found and the page sends them again.
   */
  /** past imports, newest first (kept after leaving the Imports page) */
  'imports/history': message<{ entries: ImportHistoryEntry[] }>()(v.object({})),
  'imports/stage': message<{ batches: number }>()(
    v.object({
      importId: ImportIdSchema, kind: ReportKindSchema, fileName: Text(300),
      seq: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
      /** the batch's records as JSON text ({ orders?, orderItems?, feedback?, returns? }), parsed and checked here */
      batch: ImportBatchJsonSchema,
    }),
  ),
  'imports/plan': message<{ plan: ImportPlan }>()(
    v.object({ importId: ImportIdSchema, batches: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  ),
  'imports/apply': message<{ result: ImportPlan }>()(
    v.object({
      importId: ImportIdSchema, batches: v.pipe(v.number(), v.integer(), v.minValue(0)),
      /** the page's counts, kept in the import history */
      stats: v.optional(v.object({
        rows: v.pipe(v.number(), v.integer(), v.minValue(0)), accepted: v.pipe(v.number(), v.integer(), v.minValue(0)),
        rejected: v.pipe(v.number(), v.integer(), v.minValue(0)),
      })),
    }),
  ),
  'imports/cancel': message<{ dropped: boolean }>()(v.object({ importId: ImportIdSchema })),
  /** how many batches are staged; `committing` (batches written) while `imports/apply` runs */
  'imports/status': message<{ staged: boolean; batches: number; committing?: { done: number; total: number } }>()(
    v.object({ importId: ImportIdSchema }),
  ),

  /** thread panels: the open thread's orders as fetched by the page (merged by provenance), and read back */
  'orders/upsert': message<OrdersUpsertResponse>()(OrdersUpsertSchema),
  'orders/get': message<OrdersGetResponse>()(OrdersGetSchema),
  'returns/upsert': message<{ stored: number }>()(ReturnsUpsertSchema),
  'feedback/upsert': message<{ stored: number }>()(FeedbackUpsertSchema),
  /** the buyer's orders, threads, feedback and reviews, each with how it was matched; flags */
  'buyers/profile': message<BuyerProfileResponse>()(BuyerProfileRequestSchema),
  /** blacklist entries that cover this buyer (buyer key, one of the order ids, or name + marketplace) */
  'blacklist/status': message<{ entries: BlacklistEntry[] }>()(BlacklistStatusSchema),
  /** Analytics section: response events, review requests, feedback/review order ids (computed in the page, lib/analytics) */
  'analytics/data': message<AnalyticsData>()(v.object({})),
  /** Backup section (lib/backup): the whole store as one deterministic file */
  'backup/export': message<{ json: string; fileName: string; counts: Record<BackupTable, number> }>()(v.object({})),
  /** what importing the file would change, per table; nothing is written */
  'backup/preview': message<BackupImportResponse>()(
    v.object({ json: v.pipe(v.string(), v.maxLength(60_000_000)), mode: v.picklist(['merge', 'replace']) }),
  ),
  /** imports the file in ONE transaction (a failure leaves the store unchanged) */
  'backup/import': message<BackupImportResponse>()(
    v.object({ json: v.pipe(v.string(), v.maxLength(60_000_000)), mode: v.picklist(['merge', 'replace']) }),
  ),
  /** Campaigns page (lib/protocol/handlers/campaigns.ts): campaigns, queues, runner status and controls */
  'campaigns/list': message<{ campaigns: Campaign[] }>()(v.object({})),
  /** a campaign goes live (enabled, out of test mode) only with `confirmLive`, after the seller saw `campaigns/go-live` */
  'campaigns/save': message<{ campaign: Campaign }>()(v.object({ campaign: CampaignInputSchema, confirmLive: v.optional(v.boolean(), false) })),
  /** who would get a request now if this campaign went live, and who is left out and why (nothing is saved) */
  'campaigns/go-live': message<GoLiveSummary>()(v.object({ campaign: CampaignInputSchema })),
  'campaigns/remove': message<{ removed: boolean }>()(v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) })),
  'campaigns/status': message<CampaignStatusResponse>()(v.object({})),
  /** pause / resume the runner (resume also clears a stop: signed out, captcha, errors), or look for due work now */
  'campaigns/control': message<CampaignStatusResponse>()(CampaignControlSchema),
  'campaigns/config': message<{ config: RunnerConfig }>()(v.object({ values: RunnerConfigPatchSchema })),
  /** pending / sent / skipped / failed / unknown ("needs a look") / test, with reasons, search and paging */
  'campaigns/queue': message<QueueResponse>()(QueueRequestSchema),
  /** the seller checked an order whose send outcome was unknown */
  'campaigns/resolve': message<{ entry: SendLogEntry }>()(CampaignResolveSchema),
  /** the send log as CSV (formula-injection guarded) */
  'campaigns/export': message<{ csv: string; count: number }>()(v.object({})),
  'campaigns/clear-tests': message<{ removed: number }>()(v.object({ campaignId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) })),
  /** a Seller Central page's CSRF token for the campaign runner (content script; own tab's host only) */
  'session/csrf': message<{ ok: true }>()(CsrfSchema),
  /** background refresh of the signed-in account's other marketplaces (components/background/inbox-refresh.ts) */
  'inbox-refresh/status': message<InboxRefreshStatus>()(v.object({})),
  /** re-reads the settings (alarm on/off, interval), lifts a stop (the seller signed in again), refreshes now when on */
  'inbox-refresh/run': message<InboxRefreshStatus>()(v.object({})),
  /** holiday auto-replies in the send log (`holiday-reply|<threadKey>`), newest first */
  /** does the holiday template render for every marketplace of every account seen (values not given: the stored ones) */
  'holiday/check': message<{ problems: HolidayProblem[] }>()(
    v.object({
      holidayTemplateId: v.optional(v.pipe(v.string(), v.maxLength(200))),
      holidayTemplates: v.optional(v.record(v.pipe(v.string(), v.maxLength(20)), v.pipe(v.string(), v.maxLength(200)))),
    }),
  ),
  'holiday/log': message<{ entries: SendLogEntry[]; total: number }>()(
    v.object({ limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))) }),
  ),
};

type Messages = typeof MESSAGES;
export type RequestType = keyof Messages;
/** A validated request, as handlers receive it (defaults filled in). */
export type RequestOf<T extends RequestType> = { type: T } & v.InferOutput<Messages[T]['schema']>;
/** What a sender writes (fields with defaults may be left out). */
export type RequestInput<T extends RequestType> = { type: T } & v.InferInput<Messages[T]['schema']>;
export type Request = { [T in RequestType]: RequestOf<T> }[RequestType];
export type ResponseOf<T extends RequestType> = NonNullable<Messages[T]['_response']>;

export const REQUEST_TYPES = Object.keys(MESSAGES) as RequestType[];
