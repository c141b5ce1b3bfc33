/** Response shapes of the analytics and backup messages (types only, shared by messages.ts and the pages). */
import type { ResponseEvent } from '../../analytics/response-events';
import type { RequestLogEntry } from '../../analytics/requests';
import type { ImportPreview } from '../../backup/diff';

export interface AnalyticsData {
  events: ResponseEvent[];
  /** review requests and campaign messages (send log, without message texts) */
  requests: RequestLogEntry[];
  feedback: { orderId: string; date: string }[];
  reviews: { orderId: string; date: string }[];
  templates: { id: string; name: string }[];
  /** the seller's time-zone setting: 'auto' or an IANA zone */
  timeZone: string;
  responseWindowHours: number;
}

export type BackupImportResponse =
  | { ok: true; preview: ImportPreview; warnings: string[]; exportedAt: string }
  | { ok: false; errors: string[] };
