/**
 * <I18nProvider> for extension pages (popup, options): reads the seller's language setting, loads that
 * locale's messages (English fills gaps) and gives `useT()` / `useI18n()` to every component below.
 * Nothing renders until the messages are in (a few milliseconds, from the extension package).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { sendRequest } from '../messaging';
import { createTranslator, resolveLocale, type Translate, type UiLanguageSetting, type UiLocale } from './catalog';
import { loadCatalogs, type FetchText } from './load';

export interface I18n {
  t: Translate;
  locale: UiLocale;
  /** the setting as chosen (may be 'auto') */
  setting: UiLanguageSetting;
  /** switches the page's language (after the setting was saved); resolves with the new `t` once it is in use */
  setLanguage(setting: UiLanguageSetting): Promise<Translate>;
}

const I18nContext = createContext<I18n | null>(null);

async function languageSetting(): Promise<UiLanguageSetting> {
  try {
    const { settings } = await sendRequest({ type: 'settings/get' });
    const value = (settings as { uiLanguage?: unknown }).uiLanguage;
    return value === 'en' || value === 'zh_CN' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

const browserLanguage = (): string => (typeof navigator === 'undefined' ? 'en' : navigator.language);

export interface I18nProviderProps {
  children: ReactNode;
  /** skip reading the setting (tests, or a page that already has it) */
  initialSetting?: UiLanguageSetting;
  fetchText?: FetchText;
}

export function I18nProvider({ children, initialSetting, fetchText }: I18nProviderProps) {
  const [value, setValue] = useState<Omit<I18n, 'setLanguage'> | null>(null);

  /** loads the locale of `setting`, makes it current, and hands back its translator */
  const apply = useCallback(async (setting: UiLanguageSetting): Promise<Translate> => {
    const locale = resolveLocale(setting, browserLanguage());
    const { primary, fallback } = await loadCatalogs(locale, fetchText);
    const t = createTranslator(primary, fallback);
    setValue({ t, locale, setting });
    if (typeof document !== 'undefined') document.documentElement.lang = locale === 'zh_CN' ? 'zh-CN' : 'en';
    return t;
  }, [fetchText]);

  useEffect(() => {
    let live = true;
    void (initialSetting ? Promise.resolve(initialSetting) : languageSetting()).then((s) => (live ? apply(s) : undefined));
    return () => { live = false; };
  }, [initialSetting, apply]);

  const ctx = useMemo(() => (value ? { ...value, setLanguage: apply } : null), [value, apply]);
  if (!ctx) return null;
  return <I18nContext.Provider value={ctx}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n() outside <I18nProvider>');
  return ctx;
}

export const useT = (): Translate => useI18n().t;
