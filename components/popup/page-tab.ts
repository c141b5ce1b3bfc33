/**
 * The popup's line to the page UI of the Seller Central tab it was opened on (lib/protocol/page-messages.ts):
 * which tab (the active tab of the popup's window; `?tab=<id>` names one, for the popup opened as a page),
 * and its validated answers. Nothing leaves the browser.
 */
import browser from 'webextension-polyfill';
import { isSellerCentralHost } from '../../lib/seller-central/hosts';
import { parsePageAnswer, type PageAnswerOf, type PageRequestType } from '../../lib/protocol/page-messages';

export type PageTab = { tabId: number } | { none: 'not-seller-central' };

export async function findPageTab(search = location.search): Promise<PageTab> {
  const named = Number(new URLSearchParams(search).get('tab'));
  const tab = Number.isInteger(named) && named > 0
    ? await browser.tabs.get(named).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  let host = '';
  try {
    host = tab?.url ? new URL(tab.url).hostname : '';
  } catch {
    host = '';
  }
  return tab?.id !== undefined && isSellerCentralHost(host) ? { tabId: tab.id } : { none: 'not-seller-central' };
}

/** Thrown when the tab's page UI does not answer (not started yet, or the page is not one it runs on). */
export class PageUiUnreachableError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PageUiUnreachableError';
  }
}

export async function askPage<T extends PageRequestType>(tabId: number, type: T): Promise<PageAnswerOf<T>> {
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, { type });
  } catch (e) {
    throw new PageUiUnreachableError(e);
  }
  if (raw === undefined) throw new PageUiUnreachableError('no answer');
  const parsed = parsePageAnswer(type, raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.answer;
}
