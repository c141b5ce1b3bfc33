/**
 * The Settings form as plain data: what the inputs hold (strings while typing), validation by field
 * (errors are i18n keys with substitutions), and the settings patch to save. Pure, unit-tested.
 */
import { isTimeZone, type Settings, type SettingsPatch } from '../../../lib/db/settings-schema';
import { hasCommandModifier, isShortcut } from '../../ui/shortcut';
import { SWITCHABLE_FEATURES, type SwitchableFeature } from './features';

export interface SettingsForm {
  dueSoonHours: string;
  nextShortcut: string;
  templatePickerShortcut: string;
  timeZoneMode: 'auto' | 'custom';
  timeZone: string;
  hourCycle: Settings['hourCycle'];
  uiLanguage: Settings['uiLanguage'];
  features: Record<SwitchableFeature, boolean>;
  /** disabled ids this page does not show (kept as they are) */
  otherDisabled: string[];
}

export type FormField = 'dueSoonHours' | 'nextShortcut' | 'templatePickerShortcut' | 'timeZone' | 'hourCycle' | 'uiLanguage' | 'features';
export interface FieldError { key: string; subs?: string[] }
export type FormErrors = Partial<Record<FormField, FieldError>>;

export type Validation = { ok: true; patch: SettingsPatch } | { ok: false; errors: FormErrors };

export function formFromSettings(s: Settings): SettingsForm {
  const disabled = new Set(s.disabledFeatures);
  const features = Object.fromEntries(SWITCHABLE_FEATURES.map((id) => [id, !disabled.has(id)])) as Record<SwitchableFeature, boolean>;
  return {
    dueSoonHours: String(s.dueSoonHours),
    nextShortcut: s.nextShortcut,
    templatePickerShortcut: s.templatePickerShortcut,
    timeZoneMode: s.timeZone === 'auto' ? 'auto' : 'custom',
    timeZone: s.timeZone === 'auto' ? '' : s.timeZone,
    hourCycle: s.hourCycle,
    uiLanguage: s.uiLanguage,
    features,
    otherDisabled: s.disabledFeatures.filter((id) => !(SWITCHABLE_FEATURES as readonly string[]).includes(id)),
  };
}

export function validateSettingsForm(f: SettingsForm): Validation {
  const errors: FormErrors = {};
  const hoursText = f.dueSoonHours.trim();
  const hours = /^\d{1,3}$/.test(hoursText) ? Number(hoursText) : NaN;
  if (!(hours >= 1 && hours <= 23)) errors.dueSoonHours = { key: 'errDueSoonRange', subs: ['1', '23'] };

  if (!isShortcut(f.nextShortcut)) errors.nextShortcut = { key: 'errShortcutInvalid' };
  if (!isShortcut(f.templatePickerShortcut)) errors.templatePickerShortcut = { key: 'errShortcutInvalid' };
  else if (!hasCommandModifier(f.templatePickerShortcut)) errors.templatePickerShortcut = { key: 'errPickerNeedsModifier' };
  else if (f.templatePickerShortcut === f.nextShortcut) errors.templatePickerShortcut = { key: 'errShortcutClash' };

  const zone = f.timeZone.trim();
  if (f.timeZoneMode === 'custom') {
    if (!zone) errors.timeZone = { key: 'errTimeZoneEmpty' };
    else if (!isTimeZone(zone)) errors.timeZone = { key: 'errTimeZoneUnknown', subs: [zone] };
  }
  if (Object.keys(errors).length) return { ok: false, errors };

  const off = SWITCHABLE_FEATURES.filter((id) => !f.features[id]);
  return {
    ok: true,
    patch: {
      dueSoonHours: hours,
      nextShortcut: f.nextShortcut,
      templatePickerShortcut: f.templatePickerShortcut,
      timeZone: f.timeZoneMode === 'auto' ? 'auto' : canonicalZone(zone),
      hourCycle: f.hourCycle,
      uiLanguage: f.uiLanguage,
      disabledFeatures: [...f.otherDisabled, ...off],
    },
  };
}

/** `asia/shanghai` -> `Asia/Shanghai` (Intl knows the canonical spelling). */
function canonicalZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

const SETTING_TO_FIELD: Readonly<Record<string, FormField>> = {
  dueSoonHours: 'dueSoonHours', nextShortcut: 'nextShortcut', templatePickerShortcut: 'templatePickerShortcut',
  timeZone: 'timeZone', hourCycle: 'hourCycle', uiLanguage: 'uiLanguage', disabledFeatures: 'features',
};

/**
 * Errors by field from the background's answer to a rejected `settings/set`
 * (`settings/set: values.dueSoonHours: Invalid value: …`). Unknown paths give no field error.
 */
export function errorsFromServer(message: string): FormErrors {
  const errors: FormErrors = {};
  for (const m of message.matchAll(/values\.([A-Za-z]+)[^:;]*:\s*([^;]*)/g)) {
    const field = SETTING_TO_FIELD[m[1] ?? ''];
    if (field && !errors[field]) errors[field] = { key: 'errRejected', subs: [(m[2] ?? '').trim()] };
  }
  return errors;
}

export const sameForm = (a: SettingsForm, b: SettingsForm): boolean => JSON.stringify(a) === JSON.stringify(b);
