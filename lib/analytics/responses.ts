/**
 * Response-time analytics over response events: median and p90 hours to answer, the share answered within
 * the window (Amazon's 24 hours), late responses. Amazon's Late Response Rate counts a buyer message late
 * when it was answered after 24 hours or not at all; "no response needed" removes it from the calculation.
 * Messages still inside their window and unanswered are "pending": not late yet, not counted.
 */
import type { ResponseEvent } from './response-events';
import { median, quantile } from './stats';
import { isoWeekOf, nextIsoWeek } from './time';

const HOUR = 3_600_000;

export interface EventFilter {
  /** receivedAt >= from (ISO instant) */
  from?: string;
  /** receivedAt < to (ISO instant) */
  to?: string;
  marketplaceId?: string;
}

export function filterEvents<T extends Pick<ResponseEvent, 'receivedAt' | 'marketplaceId'>>(events: readonly T[], f: EventFilter): T[] {
  const from = f.from ? Date.parse(f.from) : -Infinity;
  const to = f.to ? Date.parse(f.to) : Infinity;
  return events.filter((e) => {
    const t = Date.parse(e.receivedAt);
    return t >= from && t < to && (!f.marketplaceId || e.marketplaceId === f.marketplaceId);
  });
}

export interface ResponseStats {
  /** buyer messages that arrived (every event) */
  received: number;
  /** answered: the ones the times are measured on */
  answered: number;
  answeredLate: number;
  /** unanswered past the window: late */
  overdue: number;
  /** unanswered inside the window: not counted yet */
  pending: number;
  noResponseNeeded: number;
  /** answered late + overdue */
  late: number;
  /** answered + overdue: what the rates are a share of */
  counted: number;
  medianHours?: number;
  p90Hours?: number;
  /** answered within the window / counted */
  withinShare?: number;
  /** late / counted (Amazon's Late Response Rate) */
  lateRate?: number;
}

export const responseHours = (e: Pick<ResponseEvent, 'receivedAt' | 'answeredAt'>): number | undefined =>
  e.answeredAt === undefined ? undefined : Math.max(0, Date.parse(e.answeredAt) - Date.parse(e.receivedAt)) / HOUR;

export function responseStats(events: readonly ResponseEvent[], now: Date, windowHours = 24): ResponseStats {
  const hours: number[] = [];
  const s: ResponseStats = { received: events.length, answered: 0, answeredLate: 0, overdue: 0, pending: 0, noResponseNeeded: 0, late: 0, counted: 0 };
  for (const e of events) {
    if (e.noResponseNeeded) { s.noResponseNeeded++; continue; }
    const h = responseHours(e);
    if (h !== undefined) {
      s.answered++;
      hours.push(h);
      if (h > windowHours) s.answeredLate++;
    } else if (now.getTime() - Date.parse(e.receivedAt) > windowHours * HOUR) s.overdue++;
    else s.pending++;
  }
  s.late = s.answeredLate + s.overdue;
  s.counted = s.answered + s.overdue;
  const med = median(hours);
  const p90 = quantile(hours, 0.9);
  if (med !== undefined) s.medianHours = med;
  if (p90 !== undefined) s.p90Hours = p90;
  if (s.counted > 0) {
    s.withinShare = (s.answered - s.answeredLate) / s.counted;
    s.lateRate = s.late / s.counted;
  }
  return s;
}

export interface MarketplaceStats { marketplaceId: string; stats: ResponseStats }

/** One row per marketplace with events, by most messages first (then id). */
export function responseStatsByMarketplace(events: readonly ResponseEvent[], now: Date, windowHours = 24): MarketplaceStats[] {
  const groups = new Map<string, ResponseEvent[]>();
  for (const e of events) groups.set(e.marketplaceId, [...(groups.get(e.marketplaceId) ?? []), e]);
  return [...groups]
    .map(([marketplaceId, es]) => ({ marketplaceId, stats: responseStats(es, now, windowHours) }))
    .sort((a, b) => b.stats.received - a.stats.received || (a.marketplaceId < b.marketplaceId ? -1 : 1));
}

export interface WeekStats { week: string; start: string; stats: ResponseStats }

/**
 * One row per ISO week (the week the message arrived in, in `zone`), oldest first, weeks without messages
 * filled in so a chart's time axis has no holes.
 */
export function responseStatsByWeek(events: readonly ResponseEvent[], now: Date, zone: string, windowHours = 24): WeekStats[] {
  const groups = new Map<string, { start: string; events: ResponseEvent[] }>();
  for (const e of events) {
    const w = isoWeekOf(e.receivedAt, zone);
    const g = groups.get(w.key) ?? { start: w.start, events: [] };
    g.events.push(e);
    groups.set(w.key, g);
  }
  const starts = [...groups.values()].map((g) => g.start).sort();
  const first = starts[0];
  const last = starts.at(-1);
  if (first === undefined || last === undefined) return [];
  const byStart = new Map([...groups].map(([key, g]) => [g.start, { key, events: g.events }]));
  const out: WeekStats[] = [];
  let week = { key: byStart.get(first)!.key, start: first };
  for (let i = 0; i < 1000 && week.start <= last; i++) {
    out.push({ week: week.key, start: week.start, stats: responseStats(byStart.get(week.start)?.events ?? [], now, windowHours) });
    week = nextIsoWeek(week.start);
  }
  return out;
}
