/**
 * Settings card of on-device translation: the seller's own language (saved at once, its own `settings/set`, like the
 * inbox refresh card), and per language pair what this browser can do: ready, needs a download (started only by the
 * seller's click here, with progress), or not available in this browser; where the browser has no Translator API at
 * all, one line says so and the rest of the extension is unchanged. The availability is read in this page (an
 * extension page exposes the same API; the language packs are the browser's, shared by every page).
 */
import { useCallback, useEffect, useState } from 'react';
import { BUYER_LANGUAGES, sellerLanguage, type Availability, type LanguagePair } from '../../../lib/translate';
import { sendRequest } from '../../messaging';
import { useI18n } from '../../i18n';
import { BrowserTranslationProvider } from '../../translate/provider';
import { Badge, Button, Card, Select, useToast } from '../../ui';

const LANG_KEYS: Record<string, string> = {
  en: 'pageTrLangEn', de: 'pageTrLangDe', fr: 'pageTrLangFr', it: 'pageTrLangIt', es: 'pageTrLangEs', ja: 'pageTrLangJa',
  nl: 'pageTrLangNl', pl: 'pageTrLangPl', sv: 'pageTrLangSv', tr: 'pageTrLangTr', pt: 'pageTrLangPt', ar: 'pageTrLangAr', zh: 'pageTrLangZh',
};

type SellerSetting = 'auto' | 'zh' | 'en';
interface Row { buyer: string; state: Availability; progress?: number; error?: string }

const provider = new BrowserTranslationProvider();
const present = (): boolean => typeof (globalThis as { Translator?: unknown }).Translator !== 'undefined';
/** the worse of the two directions */
const RANK: Availability[] = ['absent', 'unavailable', 'download', 'downloading', 'ready'];
const worse = (a: Availability, b: Availability): Availability => (RANK.indexOf(a) <= RANK.indexOf(b) ? a : b);

export function TranslationSection() {
  const { t, locale } = useI18n();
  const toast = useToast();
  const [setting, setSetting] = useState<SellerSetting | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [detector, setDetector] = useState<Availability | null>(null);
  const seller = sellerLanguage(setting ?? 'auto', locale);
  const pairs = (buyer: string): LanguagePair[] => [{ source: buyer, target: seller }, { source: seller, target: buyer }];

  const check = useCallback(async () => {
    const buyers = BUYER_LANGUAGES.filter((l) => l !== seller);
    const states = await Promise.all(buyers.map(async (buyer) => {
      const [a, b] = await Promise.all(pairs(buyer).map((p) => provider.availability(p)));
      return { buyer, state: worse(a!, b!) };
    }));
    setRows(states);
    setDetector(await provider.detectorAvailability());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seller]);

  useEffect(() => {
    sendRequest({ type: 'settings/get' }).then(({ settings }) => setSetting(settings.sellerLanguage), () => setSetting('auto'));
  }, []);
  useEffect(() => { if (setting !== null && present()) void check(); }, [setting, check]);

  if (setting === null) return null;
  const name = (code: string): string => t(LANG_KEYS[code] ?? 'pageTrLangOther', code);
  const patch = (buyer: string, p: Partial<Row>) => setRows((rs) => rs.map((r) => (r.buyer === buyer ? { ...r, ...p } : r)));

  const download = (buyer: string): void => {
    patch(buyer, { state: 'downloading', progress: 0, error: undefined });
    // both directions started in the click itself (the API accepts a download only during the seller's gesture)
    Promise.all(pairs(buyer).map((p) => provider.download(p, { onProgress: (f) => patch(buyer, { progress: f }) }))).then(
      () => patch(buyer, { state: 'ready', progress: undefined }),
      (e: unknown) => patch(buyer, { state: 'download', progress: undefined, error: t('setTrFailed', e instanceof Error ? e.message : String(e)) }),
    );
  };

  const saveSeller = async (value: SellerSetting) => {
    setSetting(value);
    try {
      await sendRequest({ type: 'settings/set', values: { sellerLanguage: value } });
    } catch (e) {
      toast.show({ text: t('setSaveFailed', e instanceof Error ? e.message : String(e)), tone: 'error' });
    }
  };

  const status = (r: Row) => {
    if (r.state === 'ready') return <Badge tone="ok">{t('setTrReady')}</Badge>;
    if (r.state === 'downloading') return <Badge tone="soon">{t('setTrDownloading', String(Math.round((r.progress ?? 0) * 100)))}</Badge>;
    if (r.state === 'download') return <Badge tone="accent">{t('setTrNeedsDownload')}</Badge>;
    return <Badge>{t('setTrUnavailable')}</Badge>;
  };

  return (
    <Card title={t('setTrTitle')} description={t('setTrIntro')}>
      <div className="opt-grid">
        <Select label={t('setTrSellerLanguage')} value={setting} data-si="setting-seller-language"
          onChange={(e) => void saveSeller(e.currentTarget.value as SellerSetting)}
          options={[{ value: 'auto', label: t('setTrSellerAuto') }, { value: 'zh', label: '中文' }, { value: 'en', label: 'English' }]} />
      </div>
      {!present() ? <p className="si-muted" data-si="translation-absent">{t('setTrAbsent')}</p> : (
        <table className="si-table" data-si="translation-pairs">
          <thead><tr><th>{t('setTrPair')}</th><th>{t('setTrStatus')}</th><th /></tr></thead>
          <tbody>
            <tr data-si-pair="detector"><td>{t('setTrDetector')}</td><td>{detector === 'ready' ? <Badge tone="ok">{t('setTrReady')}</Badge>
              : detector === 'download' || detector === 'downloading' ? <Badge tone="accent">{t('setTrNeedsDownload')}</Badge> : <Badge>{t('setTrUnavailable')}</Badge>}</td><td /></tr>
            {rows.map((r) => (
              <tr key={r.buyer} data-si-pair={`${r.buyer}-${seller}`}>
                <td>{name(r.buyer)} ⇄ {name(seller)}</td>
                <td>{status(r)}{r.state === 'downloading' ? <progress max={1} value={r.progress ?? 0} style={{ marginLeft: 8 }} /> : null}
                  {r.error ? <div className="si-field__error" role="alert">{r.error}</div> : null}</td>
                <td>{r.state === 'download' ? <Button onClick={() => download(r.buyer)}>{t('setTrDownload')}</Button> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {present() ? <Button onClick={() => void check()}>{t('setTrCheck')}</Button> : null}
    </Card>
  );
}
