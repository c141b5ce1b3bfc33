/**
 * Campaign MESSAGES through Seller Central's own Contact Buyer page (issue 15, items 3, 4 and 5), in the built
 * extension against the replica: the runner's work tab opens `/messaging/contact?orderID=&marketplaceID=`, chooses the
 * feedback-request reason, types the template's text, attaches the template's file through the page's own input, clicks
 * Send (the "Review message" dialog too) and reads the success alert; the replica's page sends it (its own call) and
 * the server records the message with the file it received (name, size, SHA-256).
 * - the service worker is stopped (CDP ServiceWorker.stopAllWorkers) at four stages of a send, KILL_RUNS times:
 *   0 duplicates, 0 lost; interrupted sends are read back from the order's case (inbox v3 search by order id) before
 *   one resend; how many end "needs a look" is printed;
 * - the Contact Buyer page signed out / behind a captcha (the JSON still answers): the runner stops, sends nothing,
 *   and after Resume sends each order once.
 * SI_EXTENSION_DIR: a copy of the build (others may rebuild .output while this runs). SI_KILL_RUNS: how many kills (8).
 */
import { readSendLog } from './helpers/campaign-fixtures';
import {
  contacts, duplicatesOf, eligibleNow, enable, expectFileWithEach, messageEntries, runNow, settled, setUp, start, status, type Session,
} from './helpers/contact-page';
import { sleep, until } from './helpers/until';

const KILL_RUNS = Number(process.env.SI_KILL_RUNS ?? 8);

describe('campaign messages through the Contact Buyer page', () => {
  let s: Session | undefined;
  afterEach(async () => { await s?.close(); s = undefined; });

  it(`one message with its file per order, the worker stopped at four stages (${KILL_RUNS} runs): 0 duplicates, 0 lost`, async () => {
    s = await start(120, 'contact-review-dialog');
    const sess = s;
    const expected = await setUp(sess, { config: { minGapMs: 400, maxGapMs: 700, stageDelayMs: 300, leaseMs: 2_000 } });
    expect(expected.size).toBeGreaterThanOrEqual(KILL_RUNS + 2);
    await enable(sess);
    await runNow(sess);
    const stages = ['sending-written', 'page-open', 'after-click', 'reading-back'] as const;
    const kills: string[] = [];
    for (let run = 0; run < KILL_RUNS; run++) {
      const stage = stages[run % stages.length] ?? 'sending-written';
      const reqBase = sess.server.requests.length;
      const sentBase = contacts(sess).length;
      const pageAsked = (prefix: string) => sess.server.requests.slice(reqBase).some((r) => r.method === 'GET' && r.path.startsWith(prefix));
      if (stage === 'sending-written') await until('an entry in `sending`', async () => messageEntries(await readSendLog(sess.page)).some((e) => e.stage === 'sending'), 90_000, 5);
      else if (stage === 'page-open') await until('the Contact Buyer page', () => pageAsked('/messaging/contact'), 90_000, 2);
      else if (stage === 'after-click') await until('a message on the server', () => contacts(sess).length > sentBase, 90_000, 2);
      // after the kill before it, the next worker reads the interrupted send back: stop it while it reads
      else await until('a read-back (the inbox page)', () => pageAsked('/messaging/inbox-v3') || undefined, 30_000, 2).catch(() => undefined);
      await sess.cdp.send('ServiceWorker.stopAllWorkers');
      kills.push(stage);
      // wake the worker (a message starts it); it takes over once the dead worker's lease ran out
      await sess.ask({ type: 'ping' });
      await until('the interrupted send to be resolved', async () => !messageEntries(await readSendLog(sess.page)).some((e) => e.stage === 'sending'), 90_000, 200);
    }
    const log = await settled(sess, expected, 300_000);
    const onServer = contacts(sess).map((c) => c.orderId ?? '');
    const byOrder = new Map(log.map((e) => [e.orderId ?? '', e]));
    const duplicates = duplicatesOf(onServer);
    const lost = [...expected].filter((id) => {
      const e = byOrder.get(id);
      return !e || !(e.stage === 'unknown' || (e.stage === 'sent' && onServer.includes(id)));
    });
    const unknown = log.filter((e) => e.stage === 'unknown');
    const unknownSent = unknown.filter((e) => onServer.includes(e.orderId ?? '')).length;
    const resent = log.filter((e) => (e.resends ?? 0) > 0).length;
    const resends = log.reduce((n, e) => n + (e.resends ?? 0), 0);
    const confirmedByReading = log.filter((e) => e.stage === 'sent' && (e.readBacks ?? 0) > 0).length;
    console.log(`[contact-page e2e] worker stopped ${kills.length} times (${stages.map((st) => `${st}: ${kills.filter((k) => k === st).length}`).join(', ')}); `
      + `${expected.size} eligible, ${onServer.length} messages on the server, duplicates ${duplicates.length}, lost ${lost.length}, `
      + `read back: ${confirmedByReading} found sent, ${resent} sent again (${resends} resends); needs a look ${unknown.length} (${unknownSent} had reached the buyer, ${unknown.length - unknownSent} had not)`
      + (unknown.length ? `: ${unknown.map((e) => e.reason).join(' | ')}` : ''));
    expect(duplicates).toEqual([]);
    expect(lost).toEqual([]);
    expect(log.filter((e) => e.stage === 'sent' && !onServer.includes(e.orderId ?? ''))).toEqual([]);
    for (const id of onServer) expect(['sent', 'unknown']).toContain(byOrder.get(id)?.stage);
    expectFileWithEach(sess);
    expect(kills).toHaveLength(KILL_RUNS);
    expect(sess.blockedRequests).toEqual([]);
  }, 900_000);

  it.each([
    ['signed out', 'signedOut', 'signed-out'],
    ['captcha', 'captcha', 'captcha'],
  ] as const)('the Contact Buyer page %s: the runner stops, says why, sends nothing; after Resume each order once', async (_n, fault, reason) => {
    s = await start(90);
    const sess = s;
    const acct = sess.server.session.merchantId ?? '';
    const counts = new Map<string, number>();
    for (const o of sess.data.orders.filter((x) => eligibleNow(x, acct))) for (const i of o.items) counts.set(i.asin, (counts.get(i.asin) ?? 0) + 1);
    const asin = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
    const expected = await setUp(sess, { asins: [asin] });
    expect(expected.size).toBeGreaterThanOrEqual(2);
    sess.server.setFaults({ [fault]: { pathPrefix: '/messaging/contact' } });
    await enable(sess);
    await runNow(sess);
    const st = await until('the runner to stop', async () => { const r = await status(sess); return r.status.phase === 'stopped' ? r : undefined; }, 60_000, 200)
      .catch(async (e: unknown) => {
        console.log('[contact-page e2e] the runner did not stop:', JSON.stringify(await status(sess)), JSON.stringify(messageEntries(await readSendLog(sess.page)).map((x) => [x.stage, x.reason])),
          JSON.stringify(sess.server.requests.slice(-30).map((r) => r.path)), sess.context.pages().map((p) => p.url()));
        throw e;
      });
    expect(st.status.stopped?.reason).toBe(reason);
    expect(contacts(sess)).toEqual([]);
    const seen = sess.server.requests.length;
    await runNow(sess);
    await sleep(1_500);
    expect(sess.server.requests.length).toBe(seen);
    sess.server.setFaults({});
    await sess.ask({ type: 'campaigns/control', action: 'resume' });
    const log = await settled(sess, expected);
    const onServer = contacts(sess).map((c) => c.orderId ?? '');
    expect(duplicatesOf(onServer)).toEqual([]);
    expect(new Set(onServer)).toEqual(new Set(log.filter((e) => e.stage === 'sent').map((e) => e.orderId)));
    expectFileWithEach(sess);
  }, 240_000);
});
