/**
 * The settings the inbox features use, read once per page view from the background (`settings/get`),
 * with the defaults when the background does not answer (the features still work, with defaults).
 */
import { browser } from 'wxt/browser';
import { resolveLocale, type UiLocale } from '../../i18n/catalog';
import { SETTINGS_DEFAULTS, type Settings } from '../../../lib/db/settings-schema';
import { sendRequest } from '../../messaging';
import { forgetPageSettings, loadPageSettings } from '../../page/settings';

export interface InboxSettings {
  /** the seller's IANA zone ('auto' resolved to the browser's) */
  timeZone: string;
  dueSoonHours: number;
  locale: UiLocale;
  nextShortcut: string;
  sortUrgency: boolean;
}

export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

/** Pure: the inbox settings from the stored settings (any missing key takes its default). */
export function inboxSettingsFrom(stored: Partial<Settings>, browserLanguage: string | undefined, zone = browserTimeZone()): InboxSettings {
  const s = { ...SETTINGS_DEFAULTS, ...stored };
  return {
    timeZone: s.timeZone === 'auto' ? zone : s.timeZone,
    dueSoonHours: s.dueSoonHours,
    locale: resolveLocale(s.uiLanguage, browserLanguage),
    nextShortcut: s.nextShortcut,
    sortUrgency: s.inboxSortUrgency,
  };
}

/** The settings; the runner and the features of one page view share one request (components/page/settings.ts). */
export function loadInboxSettings(): Promise<InboxSettings> {
  return loadPageSettings()
    .then((settings) => inboxSettingsFrom(settings, uiLanguage()))
    .catch(() => inboxSettingsFrom({}, uiLanguage()));
}

/** Remembers the urgency-sort switch (best effort: a failure leaves the switch as it is for this view). */
export async function saveSortUrgency(on: boolean): Promise<void> {
  forgetPageSettings();
  await sendRequest({ type: 'settings/set', values: { inboxSortUrgency: on } });
}
