/**
 * Payload schemas and response types of the campaign messages (options page "Campaigns", and the
 * content script's `session/csrf`); their entries are in lib/protocol/messages.ts.
 */
import * as v from 'valibot';
import type { Campaign, SendLogEntry } from '../../model';
import { CAMPAIGN_MAX, TEMPLATE_MAX } from '../../limits';
import type { RunnerConfig, RunnerControl, RunnerStatus } from '../../campaigns/runner/types';
import type { PreviewVerdict } from '../../campaigns/runner/preview';

const Id = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Days = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(30));
const AsinList = v.pipe(v.array(v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[A-Z0-9]{10}$/, 'not an ASIN'))), v.maxLength(CAMPAIGN_MAX.asins));

export const CampaignInputSchema = v.object({
  id: v.optional(Id(CAMPAIGN_MAX.id)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(CAMPAIGN_MAX.name)),
  kind: v.picklist(['follow-up', 'asin-after-sales', 'repeat-buyer', 'bulk-buyer']),
  method: v.picklist(['amazon-review-request', 'template-message']),
  templateId: v.optional(Id(TEMPLATE_MAX.id)),
  enabled: v.boolean(),
  paused: v.optional(v.boolean(), false),
  testMode: v.boolean(),
  trigger: v.picklist(['shipped', 'delivered']),
  delayDays: v.object({ FBA: Days, FBM: Days }),
  sendHour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
  marketplaceIds: v.pipe(v.array(Id(CAMPAIGN_MAX.marketplaceId)), v.maxLength(CAMPAIGN_MAX.marketplaceIds)),
  asins: v.optional(AsinList, () => []),
  excludeAsins: v.optional(AsinList, () => []),
  excludeSkus: v.optional(v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(CAMPAIGN_MAX.sku))), v.maxLength(CAMPAIGN_MAX.skus)), () => []),
  excludeFromRegular: v.optional(v.boolean(), false),
  minQuantity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)), 0),
  dailyCap: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)), 0),
});
export type CampaignInput = v.InferOutput<typeof CampaignInputSchema>;

export const QUEUES = ['pending', 'sent', 'skipped', 'failed', 'unknown', 'test'] as const;
export type QueueName = (typeof QUEUES)[number];

export const QueueRequestSchema = v.object({
  queue: v.picklist(QUEUES),
  campaignId: v.optional(Id(100)),
  query: v.optional(Text(200), ''),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)), 100),
});

export interface QueueRow {
  orderId: string;
  marketplaceId: string;
  campaignId?: string;
  buyerName?: string;
  /** pending: when it goes; due: sendAt has passed */
  sendAt?: string;
  due?: boolean;
  /** plan skip reason or send-log reason */
  reason?: string;
  detail?: string;
  stage?: SendLogEntry['stage'];
  key?: string;
  kind?: SendLogEntry['kind'];
  attempts?: number;
  updatedAt?: string;
  /** what would go / went out: rendered text (template messages), verdict and notes */
  text?: string;
  verdict?: PreviewVerdict;
  notes?: string[];
}

export interface QueueResponse { rows: QueueRow[]; total: number; counts: Record<QueueName, number> }

export interface CampaignStatusResponse {
  enabled: boolean;
  status: RunnerStatus;
  control: RunnerControl;
  config: RunnerConfig;
}

export const ControlSchema = v.object({ action: v.picklist(['pause', 'resume', 'run-now']) });
export const ResolveSchema = v.object({ key: Id(300), outcome: v.picklist(['sent', 'not-sent']) });
export const CsrfSchema = v.object({
  csrfToken: v.pipe(v.string(), v.minLength(8), v.maxLength(2000)),
  marketplaceId: v.optional(Id(20)),
});

export type { Campaign };
