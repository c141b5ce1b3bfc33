/**
 * Holiday auto-reply with the built extension against the replica: holiday mode on over "now", a visit to
 * the inbox stores the threads, and the background replies ONCE to each new buyer thread through the
 * thread reply endpoint (with the CSRF token), never to an Amazon notification; a second tick sends
 * nothing more. SI_EXTENSION_DIR: a copy of the build (others may rebuild .output while this runs).
 */
import { pickCase } from '../replica/data/invariants';
import type { SendLogEntry, Thread } from '../../lib/model';
import { SC, startInboxSession, waitForBadges, type InboxSession } from './helpers/session';

const ACC = 'A1LUMENHOME7Q';
const DAY = 86_400_000;

let s: InboxSession;
beforeAll(async () => { s = await startInboxSession({ threads: 160 }); });
afterAll(async () => { await s?.close(); });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const replies = () => s.replica.sent.filter((x) => x.kind === 'reply');
const systemIdsOf = () => new Set(s.data.threads.filter((t) => t.isSystem).map((t) => t.threadId));
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const BODIES = {
  en: 'Hello {{buyer_name}}, thank you for your message. Our team is on holiday and will answer your question in detail when we are back.',
  de: 'Hallo {{buyer_name}}, vielen Dank für Ihre Nachricht. Unser Team ist im Urlaub und beantwortet Ihre Frage ausführlich, sobald wir zurück sind.',
  fr: 'Bonjour {{buyer_name}}, merci pour votre message. Notre équipe est en congé et répondra en détail à votre question à son retour.',
  it: 'Buongiorno {{buyer_name}}, grazie per il suo messaggio. Il nostro team è in ferie e risponderà in dettaglio alla sua domanda al rientro.',
  es: 'Hola {{buyer_name}}, gracias por su mensaje. Nuestro equipo está de vacaciones y responderá a su pregunta en detalle a la vuelta.',
  ja: '{{buyer_name}} 様、お問い合わせありがとうございます。ただいま休暇中のため、戻り次第詳しくご回答いたします。',
};

describe('holiday auto-reply', () => {
  it('replies once to each new buyer thread, never to a notification, and a second tick sends nothing', async () => {
    const { template } = await s.ask<{ template: { id: string } }>({
      type: 'templates/save', template: { name: 'Away', tags: [], categories: [], bodies: BODIES },
    });
    expect(template?.id).toBeTruthy();
    await s.ask({ type: 'campaigns/config', values: { minGapMs: 50, maxGapMs: 100 } });
    // what the data guarantees for any now (invariants.ts): a buyer message and an Amazon notice of the last 20 hours
    pickCase(s.data, 'us-new-buyer-message');
    pickCase(s.data, 'us-notice-awaiting');
    const now = Date.now();
    const set = await s.ask<{ settings?: unknown; error?: unknown }>({
      type: 'settings/set',
      values: { timeZone: 'UTC', holidayEnabled: true, holidayStart: day(now - DAY), holidayEnd: day(now + DAY), holidayTemplateId: template.id },
    });
    expect(set.error).toBeUndefined();

    await s.page.goto(`${SC}/messaging/inbox?fi=RESPONSE_NEEDED&pn=1`);
    await waitForBadges(s.page);

    // what the extension stored, and which of those qualify (new buyer messages of the last 24 h)
    let stored: Thread[] = [];
    for (let i = 0; i < 100 && !stored.length; i++) {
      stored = (await s.ask<{ threads: Thread[] }>({ type: 'threads/list', accountId: ACC })).threads;
      if (!stored.length) await sleep(100);
    }
    const arrived = (t: Thread) => Date.parse(t.lastMessageAt ?? t.oldestUnansweredAt ?? '');
    const buyerThreads = (ageMs: number) => stored
      .filter((t) => t.status === 'response-needed' && !t.isSystem && !systemIdsOf().has(t.threadId) && now - arrived(t) <= ageMs && arrived(t) >= Date.parse(`${day(now - DAY)}T00:00:00Z`))
      .map((t) => t.threadId).sort();
    // a message right at the 24-hour limit may go either way
    const expected = buyerThreads(DAY - 120_000);
    const possible = buyerThreads(DAY + 120_000);
    expect(expected.length).toBeGreaterThan(0);
    // notifications awaiting "an answer" that would qualify by time: they must get none
    const systemIds = new Set(s.data.threads.filter((t) => t.isSystem).map((t) => t.threadId));
    expect(stored.some((t) => systemIds.has(t.threadId) && t.status === 'response-needed' && now - arrived(t) <= DAY)).toBe(true);

    const end = Date.now() + 60_000;
    while (replies().length < expected.length && Date.now() < end) await sleep(200);
    await sleep(1_000);
    const first = replies().map((r) => r.threadId ?? '').sort();
    expect(new Set(first).size).toBe(first.length);
    expect(first.filter((id) => !possible.includes(id))).toEqual([]);
    expect(expected.filter((id) => !first.includes(id))).toEqual([]);
    expect(first.filter((id) => systemIds.has(id))).toEqual([]);
    expect(replies().every((r) => r.text?.includes('holiday') || r.text?.includes('Urlaub') || r.text?.includes('congé') || r.text?.includes('ferie') || r.text?.includes('vacaciones') || r.text?.includes('休暇'))).toBe(true);

    const log = await s.ask<{ entries: SendLogEntry[]; total: number }>({ type: 'holiday/log' });
    expect(log.entries.filter((e) => e.stage === 'sent').map((e) => e.threadKey?.split('|')[2]).sort()).toEqual(first);
    expect(log.entries.every((e) => e.kind === 'holiday-reply' && e.key === `holiday-reply|${e.threadKey}`)).toBe(true);

    // a second tick (settings saved again, the inbox visited again): nothing more
    await s.ask({ type: 'settings/set', values: { holidayEnabled: true } });
    await s.page.reload();
    await waitForBadges(s.page);
    await sleep(4_000);
    expect(replies().length).toBe(first.length);

    // the options page shows the warning and the log
    const opt = await s.newPage();
    await opt.goto(`chrome-extension://${s.extensionId}/options.html#/holiday`);
    await opt.waitForSelector('[data-si="holiday-warning"]');
    expect(await opt.textContent('[data-si="holiday-warning"]')).toContain('Amazon does not count auto-replies');
    await opt.waitForSelector('[data-si="holiday-stage"]');
    expect(await opt.locator('[data-si="holiday-stage"]').count()).toBe(log.entries.length);
    await opt.close();
  }, 150_000);
});
