/**
 * What a row of each table must look like (valibot). Rows are loose objects: fields this version does not
 * know are kept as they are (a newer field of another part of the extension survives a round trip), the
 * fields it knows are checked. Dates are kept as written (no normalising, so a round trip keeps the bytes).
 * Bounds are lib/limits.ts's, the same numbers every way into the database enforces: whatever the extension
 * stored, its backup restores (tests/unit/backup-limits.test.ts round-trips the largest values).
 */
import * as v from 'valibot';
import { isStrictBase64 } from '../base64';
import { CATEGORIES, LANGUAGES } from '../model';
import { SettingsSchema } from '../db/settings-schema';
import {
  ATTACHMENT_MAX, BLACKLIST_MAX, RECORD_MAX, SEND_LOG_MAX, TEMPLATE_MAX, THREAD_MAX,
} from '../limits';
import type { BackupTable } from './format';

const Str = (max = 10_000) => v.pipe(v.string(), v.maxLength(max));
/** 400: a thread key (THREAD_KEY_MAX) and more */
const Id = (max = 400) => v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(max));
const When = v.pipe(v.string(), v.check((s) => !Number.isNaN(Date.parse(s)), 'expected a date'));
const Opt = <T extends v.GenericSchema>(s: T) => v.optional(s);
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Rating = v.picklist([1, 2, 3, 4, 5]);
const Money = v.looseObject({ amount: v.number(), currency: Str(RECORD_MAX.short) });
const Provenance = v.looseObject({
  source: v.picklist(['page', 'endpoint', 'import', 'manual']), detail: Opt(Str(RECORD_MAX.short)), at: When,
});
const Strings = (max = 10_000) => v.pipe(v.array(Str(400)), v.maxLength(max));

const Template = v.looseObject({
  id: Id(TEMPLATE_MAX.id), name: Str(TEMPLATE_MAX.name), tags: Strings(TEMPLATE_MAX.tags), categories: v.array(v.picklist(CATEGORIES)),
  bodies: v.looseObject(Object.fromEntries(LANGUAGES.map((l) => [l, Opt(Str(TEMPLATE_MAX.body))])) as Record<(typeof LANGUAGES)[number], v.OptionalSchema<ReturnType<typeof Str>, undefined>>),
  attachmentId: Opt(Id(TEMPLATE_MAX.id)), builtin: Opt(v.boolean()), createdAt: When, updatedAt: When,
});

export const ROW_SCHEMAS: Record<BackupTable, v.GenericSchema> = {
  accounts: v.looseObject({ id: Id(THREAD_MAX.accountId), name: Opt(Str(300)), marketplaceIds: Strings(100), lastSeenAt: When }),
  attachments: v.looseObject({
    id: Id(TEMPLATE_MAX.id), name: Str(ATTACHMENT_MAX.name), type: Str(ATTACHMENT_MAX.type), size: Count,
    data: v.pipe(v.string(), v.check(isStrictBase64, 'expected base64')),
  }),
  blacklist: v.looseObject({
    id: Id(BLACKLIST_MAX.id), buyerKey: Opt(Str(BLACKLIST_MAX.buyerKey)), buyerName: Opt(Str(BLACKLIST_MAX.buyerName)), orderId: Opt(Str(THREAD_MAX.orderId)),
    marketplaceId: Opt(Str(BLACKLIST_MAX.marketplaceId)), reason: Opt(Str(BLACKLIST_MAX.reason)), addedAt: When,
  }),
  buyers: v.looseObject({
    key: Id(RECORD_MAX.key), buyerId: Opt(Str(RECORD_MAX.short)), relayEmail: Opt(Str(RECORD_MAX.short)), name: Opt(Str(RECORD_MAX.short)),
    marketplaceId: Opt(Str(RECORD_MAX.short)),
    optedOut: Opt(v.boolean()), optedOutAt: Opt(When), provenance: Provenance,
  }),
  campaigns: v.looseObject({
    id: Id(200), name: Str(300), kind: Str(60), method: Str(60), templateId: Opt(Str(TEMPLATE_MAX.id)), enabled: v.boolean(),
    createdAt: When, updatedAt: When,
  }),
  feedback: v.looseObject({
    orderId: Id(RECORD_MAX.key), marketplaceId: Opt(Str(RECORD_MAX.short)), rating: Rating, comment: Str(RECORD_MAX.long), date: When,
    response: Opt(Str(RECORD_MAX.long)), raterEmail: Opt(Str(RECORD_MAX.short)), provenance: Provenance,
  }),
  orderItems: v.looseObject({
    key: Id(RECORD_MAX.key), orderId: Id(RECORD_MAX.key), orderItemId: Opt(Str(RECORD_MAX.short)), asin: Str(RECORD_MAX.short),
    sku: Opt(Str(RECORD_MAX.sku)), title: Opt(Str(RECORD_MAX.long)), quantity: v.number(), quantityShipped: Opt(v.number()), price: Opt(Money),
    imageUrl: Opt(Str(RECORD_MAX.long)), itemStatus: Opt(Str(RECORD_MAX.short)),
    provenance: Provenance,
  }),
  orders: v.looseObject({
    orderId: Id(RECORD_MAX.key), accountId: Opt(Str(RECORD_MAX.short)), marketplaceId: Opt(Str(RECORD_MAX.short)), status: Str(40),
    fulfillment: v.picklist(['FBA', 'FBM']),
    purchaseDate: When, total: Opt(Money), provenance: Provenance,
  }),
  responseEvents: v.looseObject({
    key: Id(1000), threadKey: Id(), accountId: Id(THREAD_MAX.accountId), marketplaceId: Id(THREAD_MAX.marketplaceId), receivedAt: When, answeredAt: Opt(When),
    category: Opt(v.picklist(CATEGORIES)), noResponseNeeded: v.boolean(), updatedAt: When,
  }),
  returns: v.looseObject({
    key: Id(RECORD_MAX.key), kind: v.picklist(['seller-fulfilled', 'fba']), orderId: Id(RECORD_MAX.key), quantity: v.number(), requestDate: When,
    refundedAmount: Opt(Money), provenance: Provenance,
  }),
  reviews: v.looseObject({
    key: Id(RECORD_MAX.key), asin: Str(RECORD_MAX.short), orderId: Opt(Str(RECORD_MAX.key)), buyerKey: Opt(Str(RECORD_MAX.key)), rating: Rating,
    title: Opt(Str(RECORD_MAX.long)), date: When,
    provenance: Provenance,
  }),
  sendLog: v.looseObject({
    key: Id(RECORD_MAX.key + 40), kind: v.picklist(['review-request', 'campaign-message', 'holiday-reply', 'reply']), orderId: Opt(Str(RECORD_MAX.key)),
    threadKey: Opt(Str(400)), marketplaceId: Opt(Str(RECORD_MAX.short)), campaignId: Opt(Str(200)), templateId: Opt(Str(TEMPLATE_MAX.id)),
    stage: v.picklist(['pending', 'sending', 'sent', 'failed', 'unknown', 'skipped', 'test']), reason: Opt(Str(SEND_LOG_MAX.reason)),
    text: Opt(Str(SEND_LOG_MAX.text)),
    attempts: Count, createdAt: When, updatedAt: When,
  }),
  settings: v.looseObject({ key: Id(200), value: v.unknown() }),
  templates: Template,
  threads: v.looseObject({
    key: Id(), accountId: Id(THREAD_MAX.accountId), marketplaceId: Id(THREAD_MAX.marketplaceId), threadId: Id(THREAD_MAX.threadId),
    buyerName: Str(300), buyerId: Opt(Str(300)), orderIds: Strings(200), subject: Opt(Str()), preview: Opt(Str()),
    status: v.picklist(['response-needed', 'answered', 'no-response-needed']), oldestUnansweredAt: Opt(When),
    lastMessageAt: Opt(When), isSystem: v.boolean(), category: Opt(v.picklist(CATEGORIES)),
    categoryConfidence: Opt(v.number()), page: Opt(v.number()), seenAt: When,
  }),
};

/** A known setting's value is checked against the settings schema (lib/db/settings-schema.ts). */
export const settingValueSchema = (key: string): v.GenericSchema | undefined =>
  (SettingsSchema.entries as Record<string, v.GenericSchema>)[key];
