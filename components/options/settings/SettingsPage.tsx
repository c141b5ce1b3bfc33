/**
 * Settings: deadlines, shortcuts, time display, language, in-page feature switches. Validated here
 * (errors under each field) and again by the background (`settings/set`), whose rejections are shown
 * by field too. Saving a new language switches the page at once.
 */
import { useEffect, useState } from 'react';
import type { Settings } from '../../../lib/db/settings-schema';
import { RequestFailedError, sendRequest } from '../../messaging';
import { useI18n } from '../../i18n';
import { Button, Card, useToast } from '../../ui';
import {
  errorsFromServer, formFromSettings, sameForm, validateSettingsForm, type FieldError, type FormErrors, type SettingsForm,
} from './form';
import { DeadlineSection, FeatureSection, LanguageSection, ShortcutSection, TimeSection } from './sections';
import { InboxRefreshSection } from './InboxRefreshSection';
import { TranslationSection } from './TranslationSection';

export function SettingsPage() {
  const { t, setLanguage } = useI18n();
  const toast = useToast();
  const [saved, setSaved] = useState<SettingsForm | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    sendRequest({ type: 'settings/get' }).then(({ settings }) => {
      const f = formFromSettings(settings);
      setSaved(f);
      setForm(f);
    }, (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)));
  }, []);

  if (loadError) return <div className="si-notice si-notice--error" role="alert">{t('errLoadSettings', loadError)}</div>;
  if (!form || !saved) return null;

  const update = (patch: Partial<SettingsForm>) => {
    setForm({ ...form, ...patch });
    const cleared = { ...errors };
    for (const k of Object.keys(patch)) delete cleared[(k === 'timeZoneMode' ? 'timeZone' : k) as keyof FormErrors];
    setErrors(cleared);
  };
  const msg = (e: FieldError | undefined): string | undefined => (e ? t(e.key, ...(e.subs ?? [])) : undefined);
  const dirty = !sameForm(form, saved);

  const save = async () => {
    const result = validateSettingsForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      toast.show({ text: t('setFixErrors'), tone: 'error' });
      return;
    }
    setBusy(true);
    try {
      const { settings } = await sendRequest({ type: 'settings/set', values: result.patch });
      const f = formFromSettings(settings as Settings);
      setSaved(f);
      setForm(f);
      setErrors({});
      const tNow = await setLanguage(settings.uiLanguage);
      toast.show({ text: tNow('setSaved') });
    } catch (e) {
      const byField = e instanceof RequestFailedError && e.code === 'invalid-request' ? errorsFromServer(e.message) : {};
      setErrors(byField);
      toast.show({ text: t('setSaveFailed', e instanceof Error ? e.message : String(e)), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="opt-sections" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }} data-si="settings-form">
      <DeadlineSection form={form} update={update} error={msg(errors.dueSoonHours)} />
      <ShortcutSection form={form} update={update} nextError={msg(errors.nextShortcut)} pickerError={msg(errors.templatePickerShortcut)} />
      <TimeSection form={form} update={update} error={msg(errors.timeZone)} />
      <LanguageSection form={form} update={update} />
      <FeatureSection form={form} update={update} error={msg(errors.features)} />
      <InboxRefreshSection />
      <TranslationSection />
      <Card>
        <p className="si-muted" style={{ margin: 0 }}>{t('setRuleReminder')}</p>
      </Card>
      <div className="opt-savebar">
        <span className="si-muted" aria-live="polite">{dirty ? t('setUnsaved') : t('setAllSaved')}</span>
        <span className="si-spacer" />
        <Button onClick={() => { setForm(saved); setErrors({}); }} disabled={!dirty || busy}>{t('setDiscard')}</Button>
        <Button type="submit" variant="primary" disabled={!dirty || busy} data-si="settings-save">{t('setSave')}</Button>
      </div>
    </form>
  );
}
