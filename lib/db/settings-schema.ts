/**
 * The user's settings: one valibot schema (validates `settings/set` and values read back from storage)
 * and the defaults. Pure (no Dexie): the protocol and the UI import it too.
 * To add a setting: add an entry here and a default; nothing else.
 */
import * as v from 'valibot';
import { LANGUAGES } from '../model';

/**
 * A keyboard shortcut: modifiers in this order, then one key. A letter is lower case when alone
 * (`n`, like Gmail's `j`) and upper case after a modifier (`Alt+T`, as Chrome writes shortcuts).
 */
export const SHORTCUT_RE =
  /^(?:[a-z0-9[\];',./`=\\-]|F[1-9]|F1[0-2]|(?=[^+]*\+)(?:Ctrl\+)?(?:Alt\+)?(?:Shift\+)?(?:Meta\+)?(?:[A-Z0-9]|F[1-9]|F1[0-2]|[[\];',./`=\\-]))$/;
/** The in-page features the seller can switch off (Settings, "Features"). */
export const SWITCHABLE_FEATURES = [
  'inbox-deadlines', 'inbox-next', 'inbox-categories', 'thread-order-panel', 'thread-buyer-panel',
  'thread-blacklist', 'compose-templates', 'compose-policy',
] as const;
export const HOLIDAY_DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const HOLIDAY_TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
/** True when Intl knows the IANA time zone (e.g. Asia/Shanghai). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{1,63}$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const SettingsSchema = v.object({
  /** hours a buyer message may wait for an answer (Amazon's 24 h rule) */
  responseWindowHours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(72)),
  /** a thread is "due soon" this many hours before its deadline */
  dueSoonHours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(23)),
  showDeadlineBadges: v.boolean(),
  /** default language of new templates */
  defaultLanguage: v.picklist(LANGUAGES),
  policyCheckEnabled: v.boolean(),
  /** master switch for review-request campaigns */
  campaignsEnabled: v.boolean(),
  /** go to the next most urgent thread (inbox and thread pages) */
  nextShortcut: v.pipe(v.string(), v.regex(SHORTCUT_RE, 'not a shortcut')),
  /** open the template picker in the reply box */
  templatePickerShortcut: v.pipe(v.string(), v.regex(SHORTCUT_RE, 'not a shortcut')),
  /** the seller's time zone for times we show: 'auto' (the computer's) or an IANA zone */
  timeZone: v.union([v.literal('auto'), v.pipe(v.string(), v.check(isTimeZone, 'not a known time zone'))]),
  hourCycle: v.picklist(['24h', '12h']),
  /** language of the extension's own UI: 'auto' follows the browser */
  uiLanguage: v.picklist(['auto', 'en', 'zh_CN']),
  /** the seller's own language for on-device translation (reading into it, writing from it): 'auto' = the UI's */
  sellerLanguage: v.picklist(['auto', 'zh', 'en']),
  /** in-page features switched off (ids, see SWITCHABLE_FEATURES); absent means on */
  disabledFeatures: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/))), v.maxLength(100)),
  /** the starter templates were put in once (they are not put back after the seller deletes them) */
  templatesSeeded: v.boolean(),
  /** the inbox shows its rows by time to overdue (false: in Amazon's own order) */
  inboxSortUrgency: v.boolean(),
  /** the buyer panel flags a bulk buyer when one order has at least this many units */
  bulkBuyerMinQuantity: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(1000)),
  /** the background refreshes the inbox of the account's marketplaces no open tab shows (off by default) */
  inboxRefreshEnabled: v.boolean(),
  /** minutes between two background inbox refreshes */
  inboxRefreshMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(1440)),
  /** holiday auto-reply (lib/holiday): one automatic reply per new buyer thread while away (off by default) */
  holidayEnabled: v.boolean(),
  /** first and last day of the holiday, YYYY-MM-DD in the seller's zone ('' = none) */
  holidayStart: v.union([v.literal(''), v.pipe(v.string(), v.regex(HOLIDAY_DATE_RE, 'not a date'))]),
  holidayEnd: v.union([v.literal(''), v.pipe(v.string(), v.regex(HOLIDAY_DATE_RE, 'not a date'))]),
  /** daily off-hours, HH:MM seller time (e.g. 22:00-08:00); both '' = none */
  holidayOffHoursStart: v.union([v.literal(''), v.pipe(v.string(), v.regex(HOLIDAY_TIME_RE, 'not a time'))]),
  holidayOffHoursEnd: v.union([v.literal(''), v.pipe(v.string(), v.regex(HOLIDAY_TIME_RE, 'not a time'))]),
  /** the auto-reply template for every marketplace without its own ('' = none) */
  holidayTemplateId: v.pipe(v.string(), v.maxLength(200)),
  /** marketplace id -> template id */
  holidayTemplates: v.pipe(
    v.record(v.pipe(v.string(), v.regex(/^[A-Z0-9]{1,20}$/)), v.pipe(v.string(), v.maxLength(200))),
    v.check((r) => Object.keys(r).length <= 50, 'too many marketplaces'),
  ),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

export const SETTINGS_DEFAULTS: Readonly<Settings> = Object.freeze({
  responseWindowHours: 24,
  dueSoonHours: 4,
  showDeadlineBadges: true,
  defaultLanguage: 'en',
  policyCheckEnabled: true,
  campaignsEnabled: false,
  nextShortcut: 'n',
  templatePickerShortcut: 'Alt+T',
  timeZone: 'auto',
  hourCycle: '24h',
  uiLanguage: 'auto',
  sellerLanguage: 'auto',
  disabledFeatures: [],
  templatesSeeded: false,
  inboxSortUrgency: true,
  bulkBuyerMinQuantity: 5,
  inboxRefreshEnabled: false,
  inboxRefreshMinutes: 15,
  holidayEnabled: false,
  holidayStart: '',
  holidayEnd: '',
  holidayOffHoursStart: '',
  holidayOffHoursEnd: '',
  holidayTemplateId: '',
  holidayTemplates: {},
});

export const SettingsPatchSchema = v.partial(SettingsSchema);
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

export const SETTING_KEYS = Object.keys(SettingsSchema.entries) as SettingKey[];

/** The stored value when it is still valid for `key`, else the default (a schema change never breaks reads). */
export function settingOrDefault<K extends SettingKey>(key: K, stored: unknown): Settings[K] {
  const r = v.safeParse(SettingsSchema.entries[key], stored);
  return r.success ? (r.output as Settings[K]) : SETTINGS_DEFAULTS[key];
}
