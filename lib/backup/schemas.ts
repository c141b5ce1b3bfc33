/**
 * What a row of each table must look like (valibot). Rows are loose objects: fields this version does not
 * know are kept as they are (a newer field of another part of the extension survives a round trip), the
 * fields it knows are checked. Dates are kept as written (no normalising, so a round trip keeps the bytes).
 */
import * as v from 'valibot';
import { isStrictBase64 } from '../base64';
import { CATEGORIES, LANGUAGES } from '../model';
import { SettingsSchema } from '../db/settings-schema';
import type { BackupTable } from './format';

const Str = (max = 10_000) => v.pipe(v.string(), v.maxLength(max));
const Id = (max = 400) => v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(max));
const When = v.pipe(v.string(), v.check((s) => !Number.isNaN(Date.parse(s)), 'expected a date'));
const Opt = <T extends v.GenericSchema>(s: T) => v.optional(s);
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Rating = v.picklist([1, 2, 3, 4, 5]);
const Money = v.looseObject({ amount: v.number(), currency: Str(10) });
const Provenance = v.looseObject({
  source: v.picklist(['page', 'endpoint', 'import', 'manual']), detail: Opt(Str(1000)), at: When,
});
const Strings = (max = 10_000) => v.pipe(v.array(Str(400)), v.maxLength(max));

const Template = v.looseObject({
  id: Id(200), name: Str(200), tags: Strings(50), categories: v.array(v.picklist(CATEGORIES)),
  bodies: v.looseObject(Object.fromEntries(LANGUAGES.map((l) => [l, Opt(Str(20_000))])) as Record<(typeof LANGUAGES)[number], v.OptionalSchema<ReturnType<typeof Str>, undefined>>),
  attachmentId: Opt(Id(200)), builtin: Opt(v.boolean()), createdAt: When, updatedAt: When,
});

export const ROW_SCHEMAS: Record<BackupTable, v.GenericSchema> = {
  accounts: v.looseObject({ id: Id(64), name: Opt(Str(300)), marketplaceIds: Strings(100), lastSeenAt: When }),
  attachments: v.looseObject({
    id: Id(200), name: Str(255), type: Str(200), size: Count,
    data: v.pipe(v.string(), v.check(isStrictBase64, 'expected base64')),
  }),
  blacklist: v.looseObject({
    id: Id(300), buyerKey: Opt(Str(300)), buyerName: Opt(Str(200)), orderId: Opt(Str(40)), marketplaceId: Opt(Str(64)),
    reason: Opt(Str(500)), addedAt: When,
  }),
  buyers: v.looseObject({
    key: Id(), buyerId: Opt(Str(200)), relayEmail: Opt(Str(300)), name: Opt(Str(300)), marketplaceId: Opt(Str(64)),
    optedOut: Opt(v.boolean()), optedOutAt: Opt(When), provenance: Provenance,
  }),
  campaigns: v.looseObject({
    id: Id(200), name: Str(300), kind: Str(60), method: Str(60), templateId: Opt(Str(200)), enabled: v.boolean(),
    createdAt: When, updatedAt: When,
  }),
  feedback: v.looseObject({
    orderId: Id(40), marketplaceId: Opt(Str(64)), rating: Rating, comment: Str(), date: When, response: Opt(Str()),
    raterEmail: Opt(Str(300)), provenance: Provenance,
  }),
  orderItems: v.looseObject({
    key: Id(), orderId: Id(40), orderItemId: Opt(Str(100)), asin: Str(40), sku: Opt(Str(200)), title: Opt(Str(2000)),
    quantity: v.number(), quantityShipped: Opt(v.number()), price: Opt(Money), imageUrl: Opt(Str(2000)), itemStatus: Opt(Str(100)),
    provenance: Provenance,
  }),
  orders: v.looseObject({
    orderId: Id(40), accountId: Opt(Str(64)), marketplaceId: Opt(Str(64)), status: Str(40), fulfillment: v.picklist(['FBA', 'FBM']),
    purchaseDate: When, total: Opt(Money), provenance: Provenance,
  }),
  responseEvents: v.looseObject({
    key: Id(1000), threadKey: Id(), accountId: Id(64), marketplaceId: Id(64), receivedAt: When, answeredAt: Opt(When),
    category: Opt(v.picklist(CATEGORIES)), noResponseNeeded: v.boolean(), updatedAt: When,
  }),
  returns: v.looseObject({
    key: Id(1000), kind: v.picklist(['seller-fulfilled', 'fba']), orderId: Id(40), quantity: v.number(), requestDate: When,
    refundedAmount: Opt(Money), provenance: Provenance,
  }),
  reviews: v.looseObject({
    key: Id(), asin: Str(40), orderId: Opt(Str(40)), buyerKey: Opt(Str(300)), rating: Rating, title: Opt(Str(2000)), date: When,
    provenance: Provenance,
  }),
  sendLog: v.looseObject({
    key: Id(), kind: v.picklist(['review-request', 'campaign-message', 'holiday-reply', 'reply']), orderId: Opt(Str(40)),
    threadKey: Opt(Str(400)), marketplaceId: Opt(Str(64)), campaignId: Opt(Str(200)), templateId: Opt(Str(200)),
    stage: v.picklist(['pending', 'sending', 'sent', 'failed', 'unknown', 'skipped', 'test']), reason: Opt(Str()), text: Opt(Str(50_000)),
    attempts: Count, createdAt: When, updatedAt: When,
  }),
  settings: v.looseObject({ key: Id(200), value: v.unknown() }),
  templates: Template,
  threads: v.looseObject({
    key: Id(), accountId: Id(64), marketplaceId: Id(64), threadId: Id(200), buyerName: Str(300), buyerId: Opt(Str(300)),
    orderIds: Strings(200), subject: Opt(Str()), preview: Opt(Str()),
    status: v.picklist(['response-needed', 'answered', 'no-response-needed']), oldestUnansweredAt: Opt(When),
    lastMessageAt: Opt(When), isSystem: v.boolean(), category: Opt(v.picklist(CATEGORIES)),
    categoryConfidence: Opt(v.number()), page: Opt(v.number()), seenAt: When,
  }),
};

/** A known setting's value is checked against the settings schema (lib/db/settings-schema.ts). */
export const settingValueSchema = (key: string): v.GenericSchema | undefined =>
  (SettingsSchema.entries as Record<string, v.GenericSchema>)[key];
