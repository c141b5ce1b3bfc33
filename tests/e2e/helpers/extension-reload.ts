/**
 * Reloads the extension under open pages (what an update or "Reload" on chrome://extensions does): the
 * extension id stays, the old service worker and the content scripts' extension context are gone, and the
 * open Seller Central pages keep the old, now invalidated, content script (Chrome injects no new one).
 */
import type { Page, Worker } from 'playwright-core';
import type { ExtensionSession } from '../../replica/harness';

type DeveloperPrivate = { updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void> };
type RuntimeWithReload = { runtime: { reload(): void } };

/** Returns the new service worker once it runs. */
export async function reloadExtension(s: ExtensionSession): Promise<Worker> {
  // Chromium disables a command-line unpacked extension that reloads while developer mode is off
  // (disable reason "unsupportedDeveloperExtension"): switch it on, as a developer would have it.
  const settings: Page = await s.context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(() => (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } })
    .chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
  await settings.close();

  const old = await s.serviceWorker();
  // the worker calling reload() dies with it: schedule the call so that evaluate returns first
  await old.evaluate(() => { setTimeout(() => (globalThis as unknown as { chrome: RuntimeWithReload }).chrome.runtime.reload(), 50); });
  const end = Date.now() + 15_000;
  for (;;) {
    const fresh = s.context.serviceWorkers().find((w) => w !== old && w.url().startsWith(`chrome-extension://${s.extensionId}/`));
    if (fresh) return fresh;
    if (Date.now() > end) throw new Error('the reloaded extension did not start a service worker');
    await new Promise((r) => setTimeout(r, 100));
  }
}

type Management = { setEnabled(id: string, enabled: boolean): Promise<void> };

/** Disables or enables the extension from chrome://extensions (what the seller's switch there does). */
export async function setExtensionEnabled(s: ExtensionSession, enabled: boolean): Promise<void> {
  const settings: Page = await s.context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(({ id, on }) => (globalThis as unknown as { chrome: { management: Management } })
    .chrome.management.setEnabled(id, on), { id: s.extensionId, on: enabled });
  await settings.close();
}
