/**
 * The settings' defaults and the shortcut format, apart from their valibot schema (settings-schema.ts, which
 * re-exports them): the page UI's start part reads these on every Seller Central page without loading valibot.
 */
import type { Settings } from './settings-schema';

/**
 * A keyboard shortcut: modifiers in this order, then one key. A letter is lower case when alone
 * (`n`, like Gmail's `j`) and upper case after a modifier (`Alt+T`, as Chrome writes shortcuts).
 */
export const SHORTCUT_RE =
  /^(?:[a-z0-9[\];',./`=\\-]|F[1-9]|F1[0-2]|(?=[^+]*\+)(?:Ctrl\+)?(?:Alt\+)?(?:Shift\+)?(?:Meta\+)?(?:[A-Z0-9]|F[1-9]|F1[0-2]|[[\];',./`=\\-]))$/;

/** Every setting's value until the seller changes it (typed by SettingsSchema, settings-schema.ts). */
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
