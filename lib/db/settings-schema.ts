/**
 * The user's settings: one valibot schema (validates `settings/set` and values read back from storage)
 * and the defaults. Pure (no Dexie): the protocol and the UI import it too.
 * To add a setting: add an entry here and a default; nothing else.
 */
import * as v from 'valibot';
import { LANGUAGES } from '../model';

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
});

export const SettingsPatchSchema = v.partial(SettingsSchema);
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

export const SETTING_KEYS = Object.keys(SettingsSchema.entries) as SettingKey[];

/** The stored value when it is still valid for `key`, else the default (a schema change never breaks reads). */
export function settingOrDefault<K extends SettingKey>(key: K, stored: unknown): Settings[K] {
  const r = v.safeParse(SettingsSchema.entries[key], stored);
  return r.success ? (r.output as Settings[K]) : SETTINGS_DEFAULTS[key];
}
