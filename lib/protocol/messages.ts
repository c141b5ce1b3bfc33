/**
 * The message protocol between content scripts / extension pages and the background.
 *
 * To add a message: add ONE entry to MESSAGES below (payload schema + response type), then its
 * handler in lib/protocol/handlers/ (TypeScript refuses to build until the handler exists).
 * Payload schemas strip unknown fields; strings and arrays have upper bounds.
 * A response must never have a top-level `error` field (reserved for ErrorResponse).
 */
import * as v from 'valibot';
import { CATEGORIES, type InboxCounts, type ProblemReport, type Thread } from '../model';
import { SettingsPatchSchema, type Settings } from '../db/settings-schema';
import { message } from './define';

/** an id that is part of a composite `a|b|c` key: non-empty, no `|` */
const KeyPart = (max = 64) => v.pipe(v.string(), v.minLength(1), v.maxLength(max), v.regex(/^[^|]+$/, 'must not contain "|"'));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** ISO-8601 timestamp, normalised to UTC `...Z` so stored values sort as strings */
const Timestamp = v.pipe(v.string(), v.isoTimestamp(), v.transform((s) => new Date(s).toISOString()));

export const ThreadStatusSchema = v.picklist(['response-needed', 'answered', 'no-response-needed']);

/** A thread as a content script sees it; key, account, marketplace and seenAt are added by the background. */
export const ThreadInputSchema = v.object({
  threadId: KeyPart(200),
  buyerName: Text(200),
  buyerId: v.optional(Text(200)),
  orderIds: v.optional(v.pipe(v.array(Text(40)), v.maxLength(50)), () => []),
  subject: v.optional(Text(1000)),
  preview: v.optional(Text(2000)),
  status: ThreadStatusSchema,
  oldestUnansweredAt: v.optional(Timestamp),
  lastMessageAt: v.optional(Timestamp),
  isSystem: v.optional(v.boolean(), false),
  category: v.optional(v.picklist(CATEGORIES)),
  categoryConfidence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type ThreadInput = v.InferInput<typeof ThreadInputSchema>;

export const MESSAGES = {
  ping: message<{ ok: true; version: string }>()(v.object({})),

  'threads/upsert': message<{ stored: number; inserted: number; updated: number; counts: InboxCounts }>()(
    v.object({
      accountId: KeyPart(),
      marketplaceId: KeyPart(),
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

  'log/problem': message<{ ok: true }>()(
    v.object({ feature: v.pipe(v.string(), v.minLength(1), v.maxLength(100)), message: Text(2000), page: Text(500) }),
  ),
  'problems/list': message<{ problems: ProblemReport[] }>()(v.object({})),

  'settings/get': message<{ settings: Settings }>()(v.object({})),
  'settings/set': message<{ settings: Settings }>()(v.object({ values: SettingsPatchSchema })),
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
