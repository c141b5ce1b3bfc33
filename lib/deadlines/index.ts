export { RESPONSE_WINDOW_MS, awaitsResponse, dueAt, dueAtMs, parseUtcMs } from './due';
export {
  DEFAULT_DUE_SOON_HOURS, deadlineState,
  type DeadlineInfo, type DeadlineOptions, type DeadlineState, type DeadlineThread,
} from './state';
export { englishText, formatTimeLeft, TIME_LEFT_TEXT, type TextLookup, type UiLocale } from './format-time-left';
export { offsetMinutes, shortAtOffset, shortInZone, warmZones, type ZoneStyle } from './zone-time';
export { dueHoverText, marketplaceLocalTime, zoneCity } from './marketplace-time';
export { summarizeCounts, type DeadlineCounts } from './counts';
export { badgeFor, type Badge, type BadgeOptions, type BadgeThread } from './badge';
