/** The Settings form: validation by field, the patch it saves, server errors mapped to fields, shortcuts. */
import * as v from 'valibot';
import { SETTINGS_DEFAULTS, SettingsPatchSchema, type Settings } from '../../lib/db/settings-schema';
import {
  errorsFromServer, formFromSettings, sameForm, validateSettingsForm, type SettingsForm,
} from '../../components/options/settings/form';
import { hasCommandModifier, matchesShortcut, shortcutFromEvent, type KeyLike } from '../../components/ui/shortcut';

const defaults = (): Settings => ({ ...SETTINGS_DEFAULTS, disabledFeatures: [...SETTINGS_DEFAULTS.disabledFeatures] });
const form = (patch: Partial<SettingsForm> = {}): SettingsForm => ({ ...formFromSettings(defaults()), ...patch });
const errorsOf = (f: SettingsForm) => {
  const r = validateSettingsForm(f);
  return r.ok ? {} : r.errors;
};

describe('validateSettingsForm', () => {
  it('accepts the defaults and saves exactly them back', () => {
    const r = validateSettingsForm(form());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.patch).toEqual({
      dueSoonHours: 4, nextShortcut: 'n', templatePickerShortcut: 'Alt+T', timeZone: 'auto', hourCycle: '24h', uiLanguage: 'auto', disabledFeatures: [],
    });
    expect(v.safeParse(SettingsPatchSchema, r.patch).success).toBe(true);
  });

  it.each([['0'], ['24'], ['2.5'], [''], ['abc'], ['-3'], ['1e1']])('rejects the due-soon threshold %j', (hours) => {
    expect(errorsOf(form({ dueSoonHours: hours })).dueSoonHours).toEqual({ key: 'errDueSoonRange', subs: ['1', '23'] });
  });

  it('accepts a due-soon threshold with spaces around it', () => {
    const r = validateSettingsForm(form({ dueSoonHours: ' 12 ' }));
    expect(r.ok && r.patch.dueSoonHours).toBe(12);
  });

  it('needs a modifier for the template picker and different keys for the two shortcuts', () => {
    expect(errorsOf(form({ templatePickerShortcut: 't' })).templatePickerShortcut?.key).toBe('errPickerNeedsModifier');
    expect(errorsOf(form({ templatePickerShortcut: 'Shift+T' })).templatePickerShortcut?.key).toBe('errPickerNeedsModifier');
    expect(errorsOf(form({ nextShortcut: 'Alt+N', templatePickerShortcut: 'Alt+N' })).templatePickerShortcut?.key).toBe('errShortcutClash');
    expect(errorsOf(form({ nextShortcut: 'Alt+' })).nextShortcut?.key).toBe('errShortcutInvalid');
    expect(validateSettingsForm(form({ nextShortcut: 'j', templatePickerShortcut: 'Ctrl+Shift+K' })).ok).toBe(true);
  });

  it('checks an explicit time zone and saves its canonical name', () => {
    expect(errorsOf(form({ timeZoneMode: 'custom', timeZone: '' })).timeZone?.key).toBe('errTimeZoneEmpty');
    expect(errorsOf(form({ timeZoneMode: 'custom', timeZone: 'Mars/Olympus' })).timeZone).toEqual({ key: 'errTimeZoneUnknown', subs: ['Mars/Olympus'] });
    const r = validateSettingsForm(form({ timeZoneMode: 'custom', timeZone: 'asia/shanghai' }));
    expect(r.ok && r.patch.timeZone).toBe('Asia/Shanghai');
    // the zone box is ignored while "this computer's" is chosen
    expect(validateSettingsForm(form({ timeZoneMode: 'auto', timeZone: 'nonsense' })).ok).toBe(true);
  });

  it('reports every invalid field at once', () => {
    const errors = errorsOf(form({ dueSoonHours: '99', templatePickerShortcut: 'x', timeZoneMode: 'custom', timeZone: 'Nowhere' }));
    expect(Object.keys(errors).sort()).toEqual(['dueSoonHours', 'templatePickerShortcut', 'timeZone']);
  });

  it('turns feature switches into disabledFeatures and keeps ids the page does not show', () => {
    const f = formFromSettings({ ...defaults(), disabledFeatures: ['compose-policy', 'some-future-feature'] });
    expect(f.features['compose-policy']).toBe(false);
    expect(f.features['inbox-next']).toBe(true);
    const r = validateSettingsForm({ ...f, features: { ...f.features, 'inbox-next': false, 'compose-policy': true } });
    expect(r.ok && r.patch.disabledFeatures).toEqual(['some-future-feature', 'inbox-next']);
  });

  it('round-trips settings through the form (no change means not dirty)', () => {
    const s: Settings = { ...defaults(), dueSoonHours: 6, timeZone: 'Europe/Berlin', hourCycle: '12h', uiLanguage: 'zh_CN' };
    const f = formFromSettings(s);
    expect(sameForm(f, formFromSettings(s))).toBe(true);
    const r = validateSettingsForm(f);
    expect(r.ok && { ...s, ...r.patch }).toEqual(s);
  });
});

describe('errorsFromServer', () => {
  it('maps the background\'s validation message to fields', () => {
    const message = 'settings/set: values.dueSoonHours: Invalid value: Expected <=23 but received 40; values.timeZone: not a known time zone';
    expect(errorsFromServer(message)).toEqual({
      dueSoonHours: { key: 'errRejected', subs: ['Invalid value: Expected <=23 but received 40'] },
      timeZone: { key: 'errRejected', subs: ['not a known time zone'] },
    });
    expect(errorsFromServer('settings/set: values.disabledFeatures[0]: Invalid format')).toEqual({
      features: { key: 'errRejected', subs: ['Invalid format'] },
    });
    expect(errorsFromServer('storage failed')).toEqual({});
  });
});

describe('shortcuts', () => {
  const key = (code: string, mods: Partial<KeyLike> = {}): KeyLike =>
    ({ key: '?', code, altKey: false, ctrlKey: false, shiftKey: false, metaKey: false, ...mods });

  it('records the physical key with its modifiers in a fixed order', () => {
    expect(shortcutFromEvent(key('KeyN'))).toBe('n');
    expect(shortcutFromEvent(key('KeyT', { altKey: true, key: '†' }))).toBe('Alt+T');
    expect(shortcutFromEvent(key('KeyK', { shiftKey: true, ctrlKey: true }))).toBe('Ctrl+Shift+K');
    expect(shortcutFromEvent(key('Digit3', { metaKey: true }))).toBe('Meta+3');
    expect(shortcutFromEvent(key('F2'))).toBe('F2');
    expect(shortcutFromEvent(key('Slash'))).toBe('/');
    expect(shortcutFromEvent(key('ShiftLeft', { shiftKey: true }))).toBeUndefined();
    expect(shortcutFromEvent(key('Enter'))).toBeUndefined();
  });

  it('matches only the exact combination', () => {
    expect(matchesShortcut(key('KeyT', { altKey: true }), 'Alt+T')).toBe(true);
    expect(matchesShortcut(key('KeyT', { altKey: true, shiftKey: true }), 'Alt+T')).toBe(false);
    expect(matchesShortcut(key('KeyN', { ctrlKey: true }), 'n')).toBe(false);
    expect(hasCommandModifier('Alt+T')).toBe(true);
    expect(hasCommandModifier('Shift+T')).toBe(false);
  });

  it('are validated by the settings schema too', () => {
    expect(v.safeParse(SettingsPatchSchema, { nextShortcut: 'Alt+t' }).success).toBe(false);
    expect(v.safeParse(SettingsPatchSchema, { templatePickerShortcut: 'Ctrl+Alt+Shift+Meta+F12' }).success).toBe(true);
    expect(v.safeParse(SettingsPatchSchema, { timeZone: 'Asia/Tokyo' }).success).toBe(true);
    expect(v.safeParse(SettingsPatchSchema, { timeZone: 'Asia/Nowhere' }).success).toBe(false);
    expect(v.safeParse(SettingsPatchSchema, { uiLanguage: 'fr' }).success).toBe(false);
  });
});
