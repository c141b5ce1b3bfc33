/**
 * Holiday auto-reply with the built extension against the replica, through Seller Central's own page: holiday mode on
 * over "now", a visit to the inbox stores the threads; a captcha, then a sign-in page, stop the runner before anything
 * goes (nothing sent, the reason said); after Resume the background replies ONCE to each new buyer thread by typing into
 * the case's own reply box in a background tab and clicking the page's own Send: the replica receives each reply once,
 * by the inbox v3 PAGE's own call (`POST /messaging/api/inbox-v3/cases/<id>/reply`, from the page, not from the worker),
 * never to an Amazon notification, never through the invented thread endpoint; the seller's tab stays the active one
 * (no tab activated, no window focused); a second tick sends nothing; the work tab closes when idle. A buyer on the
 * seller's blacklist (by name on the marketplace) gets no auto-reply: the thread is skipped, the options log says why.
 * SI_EXTENSION_DIR: a copy of the build (others may rebuild .output while this runs).
 */
import type { Page } from 'playwright-core';
import { pickCase } from '../replica/data/invariants';
import type { SendLogEntry, Thread } from '../../lib/model';
import { SC, startInboxSession, waitForBadges, type InboxSession } from './helpers/session';
import { sleep, until } from './helpers/until';

const ACC = 'A1LUMENHOME7Q';
const DAY = 86_400_000;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

interface Seen { method: string; path: string; referer: string; worker: boolean }
let s: InboxSession;
const requests: Seen[] = [];
beforeAll(async () => {
  s = await startInboxSession({ threads: 160 });
  s.context.on('request', (req) => {
    const u = new URL(req.url());
    if (u.hostname !== 'sellercentral.amazon.com') return;
    requests.push({ method: req.method(), path: u.pathname, referer: req.headers()['referer'] ?? '', worker: req.serviceWorker() !== null });
  });
});
afterAll(async () => { await s?.close(); });

const replies = () => s.replica.sent.filter((x) => x.kind === 'reply');
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const status = () => s.ask<{ status: { phase: string; stopped?: { reason: string; detail: string } } }>({ type: 'campaigns/status' });
const stoppedFor = (reason: string) => until(`the runner to stop (${reason})`, async () => {
  const r = await status();
  return r.status.stopped?.reason === reason ? r.status.stopped : undefined;
});

const BODIES = {
  en: 'Hello {{buyer_name}}, thank you for your message. Our team is on holiday and will answer your question in detail when we are back.',
  de: 'Hallo {{buyer_name}}, vielen Dank für Ihre Nachricht. Unser Team ist im Urlaub und beantwortet Ihre Frage ausführlich, sobald wir zurück sind.',
  fr: 'Bonjour {{buyer_name}}, merci pour votre message. Notre équipe est en congé et répondra en détail à votre question à son retour.',
  it: 'Buongiorno {{buyer_name}}, grazie per il suo messaggio. Il nostro team è in ferie e risponderà in dettaglio alla sua domanda al rientro.',
  es: 'Hola {{buyer_name}}, gracias por su mensaje. Nuestro equipo está de vacaciones y responderá a su pregunta en detalle a la vuelta.',
  ja: '{{buyer_name}} 様、お問い合わせありがとうございます。ただいま休暇中のため、戻り次第詳しくご回答いたします。',
};

/** An extension page that records every tab activation and window focus change from now on. */
async function watchFocus(): Promise<Page> {
  const watch = await s.context.newPage();
  await watch.goto(`chrome-extension://${s.extensionId}/options.html#/holiday`);
  await s.page.bringToFront();
  await watch.evaluate(() => {
    const w = window as unknown as { activated: number[]; focused: number[] };
    w.activated = [];
    w.focused = [];
    chrome.tabs.onActivated.addListener((i) => w.activated.push(i.tabId));
    chrome.windows.onFocusChanged.addListener((id) => w.focused.push(id));
  });
  return watch;
}

describe('holiday auto-reply through the inbox v3 page', () => {
  it('stops on captcha and sign-in; then replies once per new buyer thread by the page\'s own Send, the seller\'s tab left active', async () => {
    const { template } = await s.ask<{ template: { id: string } }>({
      type: 'templates/save', template: { name: 'Away', tags: [], categories: [], bodies: BODIES },
    });
    expect(template?.id).toBeTruthy();
    await s.ask({ type: 'campaigns/config', values: { minGapMs: 50, maxGapMs: 100 } });
    // what the data guarantees for any now (invariants.ts): a buyer message and an Amazon notice of the last 20 hours
    pickCase(s.data, 'us-new-buyer-message');
    pickCase(s.data, 'us-notice-awaiting');

    await s.page.goto(`${SC}/messaging/inbox?fi=RESPONSE_NEEDED&pn=1`);
    await waitForBadges(s.page);
    const stored = await until('the threads stored', async () => {
      const t = (await s.ask<{ threads: Thread[] }>({ type: 'threads/list', accountId: ACC })).threads;
      return t.length ? t : undefined;
    });
    const now = Date.now();
    const systemIds = new Set(s.data.threads.filter((t) => t.isSystem).map((t) => t.threadId));
    const arrived = (t: Thread) => Date.parse(t.lastMessageAt ?? t.oldestUnansweredAt ?? '');
    const buyerThreads = (ageMs: number) => stored
      .filter((t) => t.status === 'response-needed' && !t.isSystem && !systemIds.has(t.threadId) && now - arrived(t) <= ageMs && arrived(t) >= Date.parse(`${day(now - DAY)}T00:00:00Z`))
      .map((t) => t.threadId).sort();
    // a message right at the 24-hour limit may go either way
    const due = buyerThreads(DAY - 120_000);
    expect(due.length).toBeGreaterThan(1);
    // the seller's blacklist (by the buyer's name on the marketplace): that buyer's due threads get no auto-reply
    const byId = new Map(stored.map((t) => [t.threadId, t]));
    const banned = byId.get(due[0]!)!;
    const nameOf = (t: Thread) => t.buyerName.trim().toLowerCase();
    const blacklisted = new Set(stored.filter((t) => nameOf(t) === nameOf(banned) && t.marketplaceId === banned.marketplaceId).map((t) => t.threadId));
    await s.ask({ type: 'blacklist/add', buyerName: banned.buyerName, marketplaceId: banned.marketplaceId });
    const expected = due.filter((id) => !blacklisted.has(id));
    const possible = buyerThreads(DAY + 120_000).filter((id) => !blacklisted.has(id));
    expect(expected.length).toBeGreaterThan(0);
    expect(stored.some((t) => systemIds.has(t.threadId) && t.status === 'response-needed' && now - arrived(t) <= DAY)).toBe(true);

    const watch = await watchFocus();
    const sellerTab = await watch.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url);
    expect(sellerTab).toContain('/messaging/inbox');

    // 1. a captcha: the runner stops before anything goes
    s.replica.setFaults({ captcha: true });
    const set = await s.ask<{ error?: unknown }>({
      type: 'settings/set',
      values: { timeZone: 'UTC', holidayEnabled: true, holidayStart: day(now - DAY), holidayEnd: day(now + DAY), holidayTemplateId: template.id },
    });
    expect(set.error).toBeUndefined();
    expect((await stoppedFor('captcha')).detail).toContain('/ap/cvf');
    // 2. resumed into a sign-in page: stops again
    s.replica.setFaults({ signedOut: true });
    await s.ask({ type: 'campaigns/control', action: 'resume' });
    expect((await stoppedFor('signed-out')).detail).toContain('/ap/signin');
    expect(replies()).toEqual([]);

    // 3. signed in again, resumed: every reply once, through the page
    s.replica.setFaults({});
    await s.ask({ type: 'campaigns/control', action: 'resume' });
    await until('the replies', () => replies().length >= expected.length, 150_000, 250);
    await sleep(1_000);
    const first = replies().map((r) => r.threadId ?? '').sort();
    expect(new Set(first).size).toBe(first.length);
    expect(first.filter((id) => !possible.includes(id))).toEqual([]);
    expect(expected.filter((id) => !first.includes(id))).toEqual([]);
    expect(first.filter((id) => systemIds.has(id))).toEqual([]);
    expect(first.filter((id) => blacklisted.has(id))).toEqual([]);
    expect(replies().every((r) => /holiday|Urlaub|congé|ferie|vacaciones|休暇/.test(r.text ?? ''))).toBe(true);
    // the work tab: a case with its reply box, and none of our in-page features (our Send hook must not run there)
    const work = s.context.pages().find((p) => p.url().includes('/messaging/inbox-v3'));
    expect(work).toBeDefined();
    expect(await work?.locator('.case-reply-send').count()).toBe(1);
    expect(await work?.locator('[data-si]').count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
    // by the page's own call, made by the page, never by the worker, never the invented endpoint
    const posts = requests.filter((r) => r.method === 'POST' && r.path.endsWith('/reply'));
    expect(posts.length).toBe(first.length);
    for (const p of posts) {
      expect(p.path).toMatch(new RegExp(`^/messaging/api/inbox-v3/cases/${UUID}/reply$`));
      expect(p.referer).toContain(`${SC}/messaging/inbox-v3?`);
      expect(p.worker).toBe(false);
    }
    expect(requests.filter((r) => r.path.startsWith('/messaging/api/threads/'))).toEqual([]);
    expect(requests.filter((r) => r.worker && r.method !== 'GET')).toEqual([]);

    const log = await s.ask<{ entries: SendLogEntry[]; total: number }>({ type: 'holiday/log' });
    expect(log.entries.filter((e) => e.stage === 'sent').map((e) => e.threadKey?.split('|')[2]).sort()).toEqual(first);
    expect(log.entries.every((e) => e.kind === 'holiday-reply' && e.key === `holiday-reply|${e.threadKey}`)).toBe(true);
    const skippedBlacklisted = log.entries.filter((e) => e.stage === 'skipped' && e.reason === 'blacklisted').map((e) => e.threadKey?.split('|')[2]);
    expect(skippedBlacklisted).toContain(banned.threadId);
    expect(skippedBlacklisted.every((id) => blacklisted.has(id ?? ''))).toBe(true);

    // the seller's tab stayed the active one: no tab activated, no window focused, the work tab never active
    const focus = await watch.evaluate(async () => {
      const w = window as unknown as { activated: number[]; focused: number[] };
      const active = await chrome.tabs.query({ active: true });
      return { activated: w.activated, focused: w.focused, active: active.map((t) => t.url ?? '') };
    });
    expect(focus.activated).toEqual([]);
    expect(focus.focused).toEqual([]);
    expect(focus.active.some((u) => u.includes('/messaging/inbox-v3'))).toBe(false);

    // a second tick (settings saved again, the inbox visited again): nothing more
    await s.ask({ type: 'settings/set', values: { holidayEnabled: true } });
    await s.page.reload();
    await waitForBadges(s.page);
    await sleep(4_000);
    expect(replies().length).toBe(first.length);

    // the work tab is closed once idle
    await until('the work tab to close', async () => {
      const open = await watch.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.url ?? ''));
      return !open.some((u) => u.includes('/messaging/inbox-v3'));
    }, 60_000, 500);

    // the options page shows the warning and the log
    await watch.reload();
    await watch.waitForSelector('[data-si="holiday-warning"]');
    expect(await watch.textContent('[data-si="holiday-warning"]')).toContain('Amazon does not count auto-replies');
    await watch.waitForSelector('[data-si="holiday-stage"]');
    expect(await watch.locator('[data-si="holiday-stage"]').count()).toBe(log.entries.length);
    // the blacklisted buyer's thread: skipped, and why, in the seller's words
    expect(await watch.locator('[data-si="holiday-stage"][data-stage="skipped"]', { hasText: 'buyer on your blacklist: no auto-reply' }).count())
      .toBe(skippedBlacklisted.length);
    await watch.close();
  }, 300_000);
});
