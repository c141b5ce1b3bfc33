/**
 * runFeatures(ctx, features): the runner (runner.ts) wired to the real extension: page detection from
 * the Seller Central adapter, settings and problem reports through the background, WXT shadow-root
 * UIs, the quiet notice.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '../../lib/seller-central/pages';
import { ExtensionContextInvalidatedError, sendRequest } from '../messaging';
import type { Feature, PageInfo } from './feature';
import { mountUi } from './mount-ui';
import { createNotice } from './notice';
import { startRunner, type Runner } from './runner';

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

/**
 * Feature switches from the background's settings. TODO(lead): there is no per-feature setting yet;
 * this reads an optional `disabledFeatures: string[]` from `settings/get` (add it to SettingsSchema).
 */
async function loadFeatureSwitches(): Promise<Record<string, boolean>> {
  const { settings } = await sendRequest({ type: 'settings/get' });
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

export function runFeatures(ctx: ContentScriptContext, features: readonly Feature[]): Runner {
  return startRunner({
    wxt: ctx,
    features,
    detectPage: pageInfo,
    loadSettings: loadFeatureSwitches,
    sendProblem: (report) => sendRequest(report),
    mountUi,
    notice: createNotice(),
    isContextValid,
    isInvalidatedError: (error) => error instanceof ExtensionContextInvalidatedError,
  });
}
