/**
 * "This page" in the popup: what Seller Inbox read on the Seller Central tab the popup was opened on
 * (the page check, refreshed while the popup is open), and "Save page sample" for that tab: the tab's
 * page UI builds the sanitized sample and offers it as a download. Nothing is sent anywhere.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PageCheckAnswer } from '../../lib/protocol/page-messages';
import { useT } from '../i18n';
import { describeCheck, pageKindText, type Tr } from '../page/page-check-text';
import { Button } from '../ui';
import { askPage, findPageTab, PageUiUnreachableError } from './page-tab';

const REFRESH_MS = 2_000;

type View =
  | { kind: 'loading' }
  | { kind: 'not-seller-central' }
  | { kind: 'not-running' }
  | { kind: 'failed'; error: string }
  | { kind: 'checked'; tabId: number; answer: PageCheckAnswer };

type Saved = { fileName: string } | { error: string } | null;

export function PageCheckPanel() {
  const t = useT();
  const tr: Tr = (key, _fallback, subs = []) => t(key, ...subs);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [saved, setSaved] = useState<Saved>(null);

  const load = useCallback(async (): Promise<View> => {
    const tab = await findPageTab();
    if ('none' in tab) return { kind: 'not-seller-central' };
    try {
      return { kind: 'checked', tabId: tab.tabId, answer: await askPage(tab.tabId, 'page/check') };
    } catch (e) {
      return e instanceof PageUiUnreachableError ? { kind: 'not-running' } : { kind: 'failed', error: e instanceof Error ? e.message : String(e) };
    }
  }, []);

  useEffect(() => {
    let live = true;
    const refresh = () => { void load().then((v) => { if (live) setView(v); }); };
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => { live = false; clearInterval(timer); };
  }, [load]);

  const save = (tabId: number) => {
    setSaved(null);
    askPage(tabId, 'page/save-sample').then(
      (answer) => setSaved({ fileName: answer.fileName }),
      (e: unknown) => setSaved({ error: e instanceof Error ? e.message : String(e) }),
    );
  };

  return (
    <section aria-labelledby="pop-page" data-si="popup-page-check">
      <h2 className="pop-section" id="pop-page">{t('pageCheckThisPage')}</h2>
      <div className="pop-page">
        {view.kind === 'loading' && <p className="si-muted">…</p>}
        {view.kind === 'not-seller-central' && <p className="si-muted">{t('pageCheckNotSellerCentral')}</p>}
        {view.kind === 'not-running' && <p className="si-muted">{t('pageCheckNotRunning')}</p>}
        {view.kind === 'failed' && <p className="si-notice si-notice--error">{t('pageCheckFailed', view.error)}</p>}
        {view.kind === 'checked' && (
          <>
            <p className="pop-page__kind">{pageKindText(view.answer.pageKind, tr)}</p>
            <ul className="pop-page__checks">
              {view.answer.checks.length === 0 && <li className="si-muted">{t('pageCheckNothing')}</li>}
              {view.answer.checks.map((c) => <li key={c.id} data-si="page-check-line">{describeCheck(c, tr)}</li>)}
              {view.answer.problems.length > 0 && <li className="pop-overdue">{t('pageCheckPaused', view.answer.problems.length)}</li>}
            </ul>
            <Button size="sm" onClick={() => save(view.tabId)} data-si="popup-save-sample" title={t('pageSampleSaveHint')}>{t('pageSampleSave')}</Button>
            {saved && 'fileName' in saved && <p className="pop-page__saved" data-si="popup-sample-saved">{t('pageSampleSaved', saved.fileName)}</p>}
            {saved && 'error' in saved && <p className="si-notice si-notice--error">{t('pageSampleFailed', saved.error)}</p>}
          </>
        )}
      </div>
    </section>
  );
}
