/**
 * On-device translation in the template editor (issue #18): the body of the open language read in the seller's
 * language ("Translated view"), and an empty language drafted from one that has a body (the template gets the tag
 * "translation draft" so the seller reviews it). Template values ({{order_id}} …) come back exactly
 * (lib/translate/protect.ts). Only on a click; the browser's own translator (components/translate/provider.ts).
 */
import { useEffect, useState } from 'react';
import { LANGUAGES, type Language } from '../../../lib/model';
import { sellerLanguage, TranslationService, type LanguageCode } from '../../../lib/translate';
import { sendRequest } from '../../messaging';
import { useI18n } from '../../i18n';
import { BrowserTranslationProvider } from '../../translate/provider';
import { Button } from '../../ui';

const service = new TranslationService(new BrowserTranslationProvider());
const present = (): boolean => typeof (globalThis as { Translator?: unknown }).Translator !== 'undefined';

export interface TemplateTranslateProps {
  lang: Language;
  bodies: Partial<Record<Language, string>>;
  langName: (l: Language) => string;
  /** puts a drafted body into this language and marks the template */
  onDraft: (body: string) => void;
}

export function TemplateTranslate({ lang, bodies, langName, onDraft }: TemplateTranslateProps) {
  const { t, locale } = useI18n();
  const [seller, setSeller] = useState<LanguageCode>(sellerLanguage('auto', locale));
  const [view, setView] = useState<{ text: string; lost: string[] } | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    sendRequest({ type: 'settings/get' }).then(({ settings }) => setSeller(sellerLanguage(settings.sellerLanguage, locale)), () => undefined);
  }, [locale]);
  useEffect(() => { setView(undefined); setError(undefined); }, [lang, bodies]);

  if (!present()) return <p className="si-muted" data-si="tpl-translate-absent">{t('setTrAbsent')}</p>;
  const body = bodies[lang] ?? '';
  const from = LANGUAGES.find((l) => l !== lang && bodies[l]?.trim());
  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try { await job(); } catch (e) { setError(t('setTrFailed', e instanceof Error ? e.message : String(e))); } finally { setBusy(false); }
  };
  return (
    <div className="tpl-translate" data-si="tpl-translate">
      <div className="si-row">
        {body.trim() && lang !== seller ? (
          <Button disabled={busy} data-si="tpl-translate-view" onClick={() => void run(async () => {
            const r = await service.translate(body, { source: lang, target: seller }, { store: false });
            setView({ text: r.text, lost: r.lost });
          })}>{t('tplTrView', t(seller === 'zh' ? 'pageTrLangZh' : 'pageTrLangEn'))}</Button>
        ) : null}
        {!body.trim() && from ? (
          <Button disabled={busy} data-si="tpl-translate-draft" onClick={() => void run(async () => {
            const r = await service.translate(bodies[from]!, { source: from, target: lang }, { store: false });
            onDraft(r.text);
          })}>{t('tplTrDraft', langName(lang), langName(from))}</Button>
        ) : null}
      </div>
      {view ? <pre className="tpl-translate__view" lang={seller} data-si="tpl-translate-text" style={{ whiteSpace: 'pre-wrap', font: 'inherit' }}>{view.text}</pre> : null}
      {view && view.lost.length ? <p className="si-field__error" role="alert">{t('pageTrLost', view.lost.join(', '))}</p> : null}
      {error ? <p className="si-field__error" role="alert">{error}</p> : null}
    </div>
  );
}
