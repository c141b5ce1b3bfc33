/**
 * What the Analytics section shows, computed from `analytics/data` and the filters with lib/analytics.
 * Pure (no React): the page memoises it.
 */
import {
  AMAZON_REQUEST, compareTemplates, dayOf, filterEvents, percent1, responseStats, responseStatsByMarketplace,
  responseStatsByWeek, round1, startOfDayIn, summarizeRequests, templateOutcomes, volumeByCategory, volumeByHour,
  type HourClock, type TemplateComparison, type TemplateOutcome,
} from '../../../lib/analytics';
import type { AnalyticsData } from '../../../lib/protocol/handlers/options-data-types';

export type RangePreset = '7' | '30' | '90' | '365' | 'all' | 'custom';

export interface Filters {
  preset: RangePreset;
  /** custom range, calendar days `YYYY-MM-DD` in the seller's zone (to: inclusive) */
  from: string;
  to: string;
  /** '' = every marketplace */
  marketplaceId: string;
  clock: 'seller' | 'marketplace';
}

export const DEFAULT_FILTERS: Filters = { preset: '90', from: '', to: '', marketplaceId: '', clock: 'seller' };

export const resolveZone = (setting: string): string =>
  setting === 'auto' ? Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' : setting;

const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** The filter's instants: [from, to) in the seller's zone. */
export function rangeOf(f: Filters, zone: string, now: Date): { from?: string; to?: string } {
  if (f.preset === 'all') return {};
  if (f.preset === 'custom') {
    return {
      ...(f.from ? { from: startOfDayIn(f.from, zone) } : {}),
      ...(f.to ? { to: startOfDayIn(addDays(f.to, 1), zone) } : {}),
    };
  }
  const today = dayOf(now.toISOString(), zone);
  return { from: startOfDayIn(addDays(today, 1 - Number(f.preset)), zone) };
}

export interface AnalyticsView {
  zone: string;
  windowHours: number;
  marketplaces: string[];
  totalEvents: number;
  overall: ReturnType<typeof responseStats>;
  byMarketplace: ReturnType<typeof responseStatsByMarketplace>;
  byWeek: ReturnType<typeof responseStatsByWeek>;
  categories: ReturnType<typeof volumeByCategory>;
  hours: ReturnType<typeof volumeByHour>;
  requests: ReturnType<typeof summarizeRequests>;
  outcomes: TemplateOutcome[];
  templateName: (id: string) => string;
}

export function buildView(data: AnalyticsData, f: Filters, now: Date, amazonLabel: string): AnalyticsView {
  const zone = resolveZone(data.timeZone);
  const range = rangeOf(f, zone, now);
  const filter = { ...range, ...(f.marketplaceId ? { marketplaceId: f.marketplaceId } : {}) };
  const events = filterEvents(data.events, filter);
  const clock: HourClock = f.clock === 'seller' ? { kind: 'seller', zone } : { kind: 'marketplace' };
  const names = new Map(data.templates.map((t) => [t.id, t.name]));
  const marketplaces = [...new Set([...data.events.map((e) => e.marketplaceId), ...data.requests.flatMap((r) => (r.marketplaceId ? [r.marketplaceId] : []))])].sort();
  return {
    zone,
    windowHours: data.responseWindowHours,
    marketplaces,
    totalEvents: data.events.length,
    overall: responseStats(events, now, data.responseWindowHours),
    byMarketplace: responseStatsByMarketplace(events, now, data.responseWindowHours),
    byWeek: responseStatsByWeek(events, now, zone, data.responseWindowHours),
    categories: volumeByCategory(events),
    hours: volumeByHour(events, clock),
    requests: summarizeRequests(data.requests, filter),
    outcomes: templateOutcomes(data.requests, { feedback: data.feedback, reviews: data.reviews }, filter),
    templateName: (id) => (id === AMAZON_REQUEST ? amazonLabel : names.get(id) ?? id),
  };
}

export const compare = (outcomes: readonly TemplateOutcome[], a: string, b: string): TemplateComparison | undefined => {
  const x = outcomes.find((o) => o.templateId === a);
  const y = outcomes.find((o) => o.templateId === b);
  return x && y && a !== b ? compareTemplates(x, y) : undefined;
};

export { percent1, round1 };

/**
 * Below this many answered messages, times and shares are not shown as findings ("9 in 10 answers were
 * faster" from one reply): the page says there is not enough data yet.
 */
export const MIN_ANSWERED = 10;
export const enoughAnswers = (answered: number): boolean => answered >= MIN_ANSWERED;
