/** The cards of the Settings page; each edits part of the form. */
import { useMemo } from 'react';
import { useI18n, useT } from '../../i18n';
import { Card, Input, KeyCapture, Select, Toggle } from '../../ui';
import { FEATURE_TEXT, SWITCHABLE_FEATURES } from './features';
import type { SettingsForm } from './form';

interface SectionProps { form: SettingsForm; update: (patch: Partial<SettingsForm>) => void }

export function DeadlineSection({ form, update, error }: SectionProps & { error?: string | undefined }) {
  const t = useT();
  return (
    <Card title={t('setDeadlinesTitle')} description={t('setDeadlinesDesc')}>
      <div className="opt-grid">
        <Input label={t('setDueSoonLabel')} hint={t('setDueSoonHint')} error={error} type="text" inputMode="numeric"
          value={form.dueSoonHours} onChange={(e) => update({ dueSoonHours: e.currentTarget.value })} data-si="setting-due-soon" />
      </div>
    </Card>
  );
}

export function ShortcutSection({ form, update, nextError, pickerError }: SectionProps & { nextError?: string | undefined; pickerError?: string | undefined }) {
  const t = useT();
  return (
    <Card title={t('setShortcutsTitle')} description={t('setShortcutsDesc')}>
      <div className="opt-grid">
        <KeyCapture label={t('setNextLabel')} hint={t('setNextHint')} listeningText={t('setPressKeys')} error={nextError}
          value={form.nextShortcut} onChange={(nextShortcut) => update({ nextShortcut })} data-si="setting-next-shortcut" />
        <KeyCapture label={t('setPickerLabel')} hint={t('setPickerHint')} listeningText={t('setPressKeys')} error={pickerError}
          value={form.templatePickerShortcut} onChange={(templatePickerShortcut) => update({ templatePickerShortcut })}
          data-si="setting-picker-shortcut" />
      </div>
    </Card>
  );
}

const localZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

function zoneNames(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

function previewTime(zone: string, hourCycle: SettingsForm['hourCycle'], locale: string): string | undefined {
  try {
    return new Intl.DateTimeFormat(locale, {
      timeZone: zone, hour: 'numeric', minute: '2-digit', hourCycle: hourCycle === '12h' ? 'h12' : 'h23', weekday: 'short',
    }).format(new Date());
  } catch {
    return undefined;
  }
}

export function TimeSection({ form, update, error }: SectionProps & { error?: string | undefined }) {
  const { t, locale } = useI18n();
  const zones = useMemo(() => zoneNames(), []);
  const zone = form.timeZoneMode === 'auto' ? localZone() : form.timeZone.trim();
  const preview = zone ? previewTime(zone, form.hourCycle, locale === 'zh_CN' ? 'zh-CN' : 'en-US') : undefined;
  return (
    <Card title={t('setTimeTitle')} description={t('setTimeDesc')}>
      <div className="opt-grid">
        <Select label={t('setTimeZoneLabel')} value={form.timeZoneMode}
          onChange={(e) => update({ timeZoneMode: e.currentTarget.value as SettingsForm['timeZoneMode'] })}
          options={[{ value: 'auto', label: t('setTimeZoneAuto', localZone()) }, { value: 'custom', label: t('setTimeZoneCustom') }]}
          data-si="setting-zone-mode" />
        {form.timeZoneMode === 'custom' && (
          <Input label={t('setTimeZoneName')} hint={t('setTimeZoneNameHint')} error={error} list="si-zones" value={form.timeZone}
            placeholder="Asia/Shanghai" spellCheck={false} autoComplete="off"
            onChange={(e) => update({ timeZone: e.currentTarget.value })} data-si="setting-zone" />
        )}
        <Select label={t('setClockLabel')} value={form.hourCycle}
          hint={preview ? t('setClockPreview', preview) : undefined}
          onChange={(e) => update({ hourCycle: e.currentTarget.value as SettingsForm['hourCycle'] })}
          options={[{ value: '24h', label: t('setClock24') }, { value: '12h', label: t('setClock12') }]} data-si="setting-clock" />
      </div>
      <datalist id="si-zones">{zones.map((z) => <option key={z} value={z} />)}</datalist>
    </Card>
  );
}

export function LanguageSection({ form, update }: SectionProps) {
  const t = useT();
  return (
    <Card title={t('setLanguageTitle')} description={t('setLanguageDesc')}>
      <div className="opt-grid">
        <Select label={t('setLanguageLabel')} value={form.uiLanguage}
          onChange={(e) => update({ uiLanguage: e.currentTarget.value as SettingsForm['uiLanguage'] })}
          options={[
            { value: 'auto', label: t('setLanguageAuto') },
            // each language named in itself, so a seller can always find their own
            { value: 'en', label: 'English' },
            { value: 'zh_CN', label: '简体中文' },
          ]}
          data-si="setting-language" />
      </div>
    </Card>
  );
}

export function FeatureSection({ form, update, error }: SectionProps & { error?: string | undefined }) {
  const t = useT();
  return (
    <Card title={t('setFeaturesTitle')} description={t('setFeaturesDesc')}>
      {error && <div className="si-notice si-notice--error" role="alert">{error}</div>}
      <div className="opt-features">
        {SWITCHABLE_FEATURES.map((id) => (
          <Toggle key={id} checked={form.features[id]} label={t(FEATURE_TEXT[id].label)} description={t(FEATURE_TEXT[id].description)}
            onChange={(on) => update({ features: { ...form.features, [id]: on } })} data-si={`feature-${id}`} />
        ))}
      </div>
    </Card>
  );
}
