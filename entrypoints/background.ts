/**
 * Background service worker: opens the database, wires the protocol router to runtime.onMessage,
 * keeps the toolbar badge in step with the counts. Logic lives in lib/db and lib/protocol.
 * There is deliberately no onMessageExternal listener (and no externally_connectable): only this
 * extension's own pages and content scripts may talk to it.
 */
import browser from 'webextension-polyfill';
import { createRepositories, openDatabase } from '../lib/db';
import { createHandlers, recountAll, storageErrorCode } from '../lib/protocol/handlers';
import { errorResponse } from '../lib/protocol/define';
import { createRegistry, createRouter, isOwnSender } from '../lib/protocol/router';
import { badgeFor } from '../lib/protocol/badge';
import type { InboxCounts } from '../lib/model';
import { startCampaignRunner } from '../components/background/campaign-runner';
import { startInboxRefresh } from '../components/background/inbox-refresh';
import { injectFrames, injectOnDemand, startPageUi } from '../components/background/page-ui';
import { startWelcome } from '../components/background/welcome';
import { startWorkTab } from '../components/background/work-tab';
import { loadCatalog } from '../components/i18n/load';
import { loadClassifierModel, loadStarterTemplates } from '../components/background/package-file';

const RECOUNT_ALARM = 'seller-inbox:recount';

export default defineBackground(() => {
  const repos = openDatabase().then((db) => createRepositories(db));
  const updateBadge = () => {
    void repos.then((r) => r.counts.list()).then(refreshBadge).catch((e: unknown) => {
      console.warn('[seller-inbox] badge update failed', e);
    });
  };

  const router = repos.then((r) =>
    createRouter(
      createRegistry(
        createHandlers({
          repos: r,
          now: () => new Date(),
          version: browser.runtime.getManifest().version,
          onCountsChanged: updateBadge,
          injectFrames,
          injectOnDemand,
          // a UI locale's messages.json from the package (the page UI asks when the seller's language is not the browser's)
          loadMessages: loadCatalog,
          // the message classifier's weights, a package file read on the first classification
          classifierModel: loadClassifierModel,
          // the starter templates' texts, a package file read when they are first put in
          starterTemplates: loadStarterTemplates,
        }),
      ),
      { extensionId: () => browser.runtime.id, errorCodeOf: storageErrorCode },
    ),
  );
  repos.catch((e: unknown) => console.error('[seller-inbox] could not open the database', e));
  // the welcome page, once, at install
  startWelcome();
  // the page driver's background tab (one, reused, closed when idle; the page UI stays out of it)
  startWorkTab();
  // the page UI, injected into Seller Central tabs after their load (never delays the page)
  startPageUi(() => repos.then((r) => r.settings.getAll()));
  // review-request campaigns: alarms, one send at a time, resumes after a worker restart
  startCampaignRunner(repos);
  // optional refresh of the other marketplaces' inboxes (off by default): alarm, throttled, stops when signed out
  startInboxRefresh();

  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    // Ignore anything not from this extension: returning undefined sends no response.
    if (!isOwnSender(sender, browser.runtime.id)) {
      console.warn(`[seller-inbox] rejected message: sender ${sender.id ?? '(none)'} is not this extension`);
      return undefined;
    }
    return router.then(
      (route) => route(message, sender),
      (e: unknown) => errorResponse('storage-failed', `database unavailable: ${String(e)}`),
    );
  });

  // Deadlines pass without new page data: recount every few minutes so the badge stays true.
  void browser.alarms.create(RECOUNT_ALARM, { periodInMinutes: 5 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== RECOUNT_ALARM) return;
    void repos.then((r) => recountAll({ repos: r, now: () => new Date() })).then(updateBadge, (e: unknown) => {
      console.warn('[seller-inbox] recount failed', e);
    });
  });

  updateBadge();
});

async function refreshBadge(counts: InboxCounts[]): Promise<void> {
  const badge = badgeFor(counts);
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setTitle({ title: badge.title });
}
