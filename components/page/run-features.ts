/**
 * runFeatures(ctx, features): the runner (runner.ts) wired to the real extension: page detection from
 * the Seller Central adapter, settings and problem reports through the background, WXT shadow-root
 * UIs, the quiet notice (with the page check and "Save page sample"), the popup's page messages.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '../../lib/seller-central/pages';
import { ExtensionContextInvalidatedError, sendRequest } from '../messaging';
import type { Feature, PageInfo } from './feature';
import { mountUi } from './mount-ui';
import { createNotice } from './notice';
import { getPageChecks, resetPageChecks } from './page-check';
import { listenForPageMessages } from './page-messages-listener';
import { savePageSample } from './page-sample-save';
import { startRunner, type Runner } from './runner';
import { loadPageSettings } from './settings';

function pageInfo(url: URL): PageInfo {
  const detected = detectPage(url.href);
  const params: Record<string, string> = {};
  url.searchParams.forEach((value, key) => {
    params[key] = value;
  });
  for (const [key, value] of Object.entries(detected)) {
    if (typeof value === 'string' && key !== 'kind') params[key] = value;
  }
  return { url, kind: detected.kind, detected, params };
}

/** Feature switches from the settings' `disabledFeatures` (the shared page-view read, settings.ts). */
async function loadFeatureSwitches(): Promise<Record<string, boolean>> {
  const settings = await loadPageSettings();
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

/** Marks the page as run by this copy of the page UI; a newer copy (after an update) overwrites the mark. */
const PAGE_UI_MARK = 'data-si-page-ui';

export function runFeatures(ctx: ContentScriptContext, features: readonly Feature[]): Runner {
  const instance = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  document.documentElement.setAttribute(PAGE_UI_MARK, instance);
  const saveSample = () => savePageSample(getPageChecks().pageKind ?? 'page');
  const notice = createNotice(document, { saveSample });
  // the popup's "what was read" and "save page sample" for this tab (lib/protocol/page-messages.ts)
  const listening = new AbortController();
  ctx.onInvalidated(() => listening.abort());
  listenForPageMessages({
    problems: () => notice.getState().problems,
    saveSample,
    extensionId: () => (isContextValid() ? browser.runtime.id : undefined),
  }, listening.signal);
  return startRunner({
    wxt: ctx,
    features,
    detectPage: pageInfo,
    loadSettings: loadFeatureSwitches,
    sendProblem: (report) => sendRequest(report),
    mountUi,
    notice,
    onPageView: (page) => resetPageChecks(page.kind),
    isContextValid,
    isSuperseded: () => document.documentElement.getAttribute(PAGE_UI_MARK) !== instance,
    isInvalidatedError: (error) => error instanceof ExtensionContextInvalidatedError,
  });
}
