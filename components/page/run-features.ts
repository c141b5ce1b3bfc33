/**
 * runFeatures(ctx, features): the runner (runner.ts) wired to the real extension: page detection from
 * the Seller Central adapter, settings and problem reports through the background, our shadow-root
 * UIs (mount-ui.ts), the quiet notice (with the page check and "Save page sample"), the popup's page messages.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage, viewKeys } from '../../lib/seller-central/pages';
import { ExtensionContextInvalidatedError, sendRequest } from '../messaging';
import type { Feature, PageInfo } from './feature';
import { mountDom, mountUi } from './mount-ui';
import { createNotice } from './notice';
import { getPageChecks, resetPageChecks } from './page-check';
import { listenForPageMessages } from './page-messages-listener';
import { loadOnDemandPart } from './on-demand/load';
import { startRunner, type Runner } from './runner';
import { applyPageLanguage, prefetchPageTexts } from './language';
import { forgetPageSettings, loadPageSettings } from './settings';
import { PAGE_UI_STARTED } from './page-context';
import { loadShadowMode, shadowMode } from './shadow-mode';
import { entryCssFor } from './ui-css';

/** In a same-origin frame of a Seller Central page: the top page's URL (what the seller is on), else undefined. */
function topPageUrl(): URL | undefined {
  if (window === window.top) return undefined;
  try {
    return new URL(window.top?.location.href ?? '');
  } catch {
    return undefined;
  }
}

function pageInfo(url: URL): PageInfo {
  const top = topPageUrl();
  if (window !== window.top) {
    // a frame runs the list features only, for the page the seller is on (its list lives here); the top document
    // keeps everything else (the open case, the notice about the page)
    const detected = top ? detectPage(top.href) : detectPage('about:blank');
    const list = viewKeys(detected).inbox;
    return { url: top ?? url, kind: detected.kind, detected, params: {}, views: list ? { inbox: `frame|${list}` } : {} };
  }
  const detected = detectPage(url.href);
  const params: Record<string, string> = {};
  url.searchParams.forEach((value, key) => {
    params[key] = value;
  });
  for (const [key, value] of Object.entries(detected)) {
    if (typeof value === 'string' && key !== 'kind') params[key] = value;
  }
  return { url, kind: detected.kind, detected, params, views: viewKeys(detected) };
}

/** Feature switches from the settings' `disabledFeatures` (the shared page-view read, settings.ts). */
async function loadFeatureSwitches(): Promise<Record<string, boolean>> {
  prefetchPageTexts();
  const settings = await loadPageSettings();
  // texts in the seller's language before any feature renders one
  await applyPageLanguage(settings.uiLanguage).catch((e: unknown) => console.warn('[seller-inbox] UI language', e));
  const disabled = (settings as { disabledFeatures?: unknown }).disabledFeatures;
  const enabled: Record<string, boolean> = {};
  if (Array.isArray(disabled)) for (const id of disabled) if (typeof id === 'string') enabled[id] = false;
  return enabled;
}

function isContextValid(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Each copy writes its instance here, for tests and for a person looking at the page; the extension never reads
 * it (a page can write it too).
 */
const PAGE_UI_MARK = 'data-si-page-ui';

export function runFeatures(ctx: ContentScriptContext, features: readonly Feature[]): Runner {
  const instance = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  void loadShadowMode();
  void entryCssFor(ctx); // read once, before the first UI mounts (ui-css.ts)
  document.documentElement.setAttribute(PAGE_UI_MARK, instance);
  // the sample code is in the page UI's on-demand part (on-demand/shared-keys.ts)
  const saveSample = () => loadOnDemandPart().then((part) => part.savePageSample(getPageChecks().pageKind ?? 'page'));
  // the inbox v3 has its reply box and Send at the bottom right: the notice goes bottom left, over its navigation
  const corner = (): 'left' | 'right' => {
    const page = detectPage(location.href);
    return page.kind === 'inbox' && page.layout === 'v3' ? 'left' : 'right';
  };
  const notice = createNotice(document, { saveSample, isAlive: isContextValid, mode: shadowMode, corner });
  // the popup's "what was read" and "save page sample" for this tab (lib/protocol/page-messages.ts)
  const listening = new AbortController();
  ctx.onInvalidated(() => listening.abort());
  listenForPageMessages({
    problems: () => notice.getState().problems,
    saveSample,
    extensionId: () => (isContextValid() ? browser.runtime.id : undefined),
  }, listening.signal);
  const runner = startRunner({
    wxt: ctx,
    features,
    detectPage: pageInfo,
    loadSettings: loadFeatureSwitches,
    sendProblem: (report) => sendRequest(report),
    mountUi,
    mountDom,
    notice,
    onPageView: (page) => resetPageChecks(page.kind),
    isContextValid,
    isInvalidatedError: (error) => error instanceof ExtensionContextInvalidatedError,
  });
  // the language setting changed elsewhere (the options page): the page UI follows when the seller comes back
  const followLanguage = (): void => {
    if (document.visibilityState !== 'visible') return;
    forgetPageSettings();
    loadPageSettings().then((s) => applyPageLanguage(s.uiLanguage)).then((changed) => { if (changed) runner.restart(); }, () => undefined);
  };
  ctx.addEventListener(document, 'visibilitychange', followLanguage);
  // a newer copy says it started: an older copy whose extension is gone stops now (and says so) rather than at
  // its next check; a live copy only checks itself, so a page dispatching this event changes nothing
  const onStarted = (): void => runner.checkContext();
  document.addEventListener(PAGE_UI_STARTED, onStarted);
  document.dispatchEvent(new CustomEvent(PAGE_UI_STARTED));
  return runner;
}
