/**
 * Issue 16, item 1: review requests must not go to buyers the rules exclude, and a campaign goes live only
 * after the seller saw who gets a request now and who is left out and why. The scenario, built on the
 * generated data (seed 1): three orders Amazon would accept a request for now, in different marketplaces
 * where the data allows; the buyer of the first wrote in an open thread that they gave a low rating (in the
 * marketplace's language), Amazon's notice says the second's buyer opted out of unsolicited messages, and
 * an A-to-z claim notice is about the third. The threads reach the extension as an inbox page's rows give them
 * (`threads/upsert`; the background classifies them). Then the campaign is switched
 * from test to live in the editor: the dialog lists the due orders and the three left out with their
 * reasons, nothing goes out before the confirmation, and after it none of the three gets a request. The
 * order panel of the low-rating thread says why no request went, and of a sent order when it went.
 */
import type { Page } from 'playwright-core';
import type { Campaign, Language } from '../../lib/model';
import { marketplaceById } from '../../lib/marketplaces';
import { LUMEN } from '../replica/data/accounts';
import type { ReplicaData, ReplicaOrder, ReplicaThread } from '../replica/data';
import { threadSummary } from '../replica/server/wire';
import { dueNow, everyDeliveredOrder, orderRecords, seedOrders } from './helpers/campaign-fixtures';
import { startInboxSession, type InboxSession } from './helpers/session';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const HOUR = 3_600_000;

const NEGATIVE: Record<Language, string> = {
  en: 'I gave you a low rating because the package was late. I am happy to update it now that it arrived.',
  de: 'Ich habe Ihnen eine schlechte Bewertung gegeben, weil das Paket zu spät kam. Jetzt ist es da, ich ändere sie gern.',
  fr: 'Je vous ai mis une mauvaise note car le colis était en retard. Je veux bien la modifier maintenant.',
  it: 'Vi ho dato un voto basso perché il pacco era in ritardo. Ora è arrivato, posso modificarlo.',
  es: 'Les puse una mala valoración porque el paquete llegó tarde. Ahora que ha llegado puedo cambiarla.',
  ja: '配達が遅れたので低い評価をつけましたが、届いたので修正したいと思います。',
};
const OPT_OUT: Record<Language, string> = {
  en: 'Your e-mail to the buyer regarding order {order} could not be delivered because the buyer has opted out of unsolicited messages.',
  de: 'Ihre E-Mail an den Käufer zur Bestellung {order} konnte nicht zugestellt werden, da der Käufer keine unaufgeforderten Nachrichten erhalten möchte.',
  fr: 'Votre e-mail à l’acheteur concernant la commande {order} n’a pas pu être remis car l’acheteur a refusé les messages non sollicités.',
  it: 'Il tuo messaggio all’acquirente relativo all’ordine {order} non è stato recapitato perché l’acquirente ha scelto di non ricevere messaggi non richiesti.',
  es: 'Tu mensaje al comprador sobre el pedido {order} no se ha podido entregar porque el comprador ha rechazado los mensajes no solicitados.',
  ja: '注文 {order} に関する購入者へのメッセージは、購入者が不要なメッセージの受信を拒否しているため配信されませんでした。',
};
const CLAIM: Record<Language, string> = {
  en: 'The buyer has filed an A-to-z Guarantee claim for order {order}. Please respond within 3 calendar days.',
  de: 'Der Käufer hat einen A-bis-z-Garantieantrag für die Bestellung {order} gestellt. Bitte antworten Sie innerhalb von 3 Kalendertagen.',
  fr: 'L’acheteur a déposé une réclamation au titre de la Garantie A à Z pour la commande {order}.',
  it: 'L’acquirente ha presentato un reclamo Garanzia dalla A alla Z per l’ordine {order}.',
  es: 'El comprador ha presentado una reclamación de la Garantía de la A a la Z para el pedido {order}.',
  ja: '購入者が注文 {order} についてAmazonマーケットプレイス保証を申請しました。',
};

interface Picks { negative: ReplicaOrder; optOut: ReplicaOrder; claim: ReplicaOrder; threads: ReplicaThread[] }
let picks: Picks;
let s: InboxSession;

const campaignOf = { ...everyDeliveredOrder, id: 'plan', testMode: true, createdAt: '', updatedAt: '' } as unknown as Campaign;

/** The scenario: three due orders of different buyers (marketplaces spread), and the threads about them. */
function prepare(data: ReplicaData): void {
  const due = dueNow(data, orderRecords(data), campaignOf, LUMEN.merchantId);
  const byBuyer = new Map<string, ReplicaOrder>();
  for (const o of data.orders) if (due.has(o.orderId) && !byBuyer.has(o.buyerId)) byBuyer.set(o.buyerId, o);
  const candidates = [...byBuyer.values()];
  const chosen: ReplicaOrder[] = [];
  for (const o of candidates) if (chosen.length < 3 && !chosen.some((c) => c.marketplaceId === o.marketplaceId)) chosen.push(o);
  for (const o of candidates) if (chosen.length < 3 && !chosen.includes(o)) chosen.push(o);
  const [negative, optOut, claim] = chosen;
  if (!negative || !optOut || !claim) throw new Error('the generated data has fewer than three due orders of different buyers');
  const base = data.threads.find((t) => t.accountId === LUMEN.merchantId && !t.isSystem);
  if (!base) throw new Error('no thread to copy');
  const nowMs = Date.parse(data.now);
  const buyerOf = (o: ReplicaOrder) => data.buyers.find((b) => b.buyerId === o.buyerId);
  const make = (o: ReplicaOrder, kind: 'negative' | 'opt-out' | 'claim', n: number): ReplicaThread => {
    const language = (marketplaceById(o.marketplaceId)?.language ?? 'en') as Language;
    const system = kind !== 'negative';
    const text = (kind === 'negative' ? NEGATIVE : kind === 'opt-out' ? OPT_OUT : CLAIM)[language].replace('{order}', o.orderId);
    // a case id (a UUID): the legacy layout opens a case by it
    const threadId = `0000000${n}-0011-4a1e-8000-00000000000${n}`;
    const buyer = buyerOf(o);
    return {
      ...structuredClone(base), threadId, marketplaceId: o.marketplaceId, orderIds: [o.orderId], isSystem: system, language,
      buyerName: buyer?.name ?? '', ...(buyer ? { buyerId: buyer.buyerId } : {}),
      subject: system ? (kind === 'claim' ? `A-to-z ${o.orderId}` : `Message ${o.orderId}`) : `Order ${o.orderId}`,
      status: system ? 'no-response-needed' : 'response-needed', scenario: system ? 'no-response-needed' : 'on-time', weekend: false,
      messages: [{
        messageId: `MGOLIVE${n}`, threadId, from: system ? 'amazon' : 'buyer', senderName: system ? 'Amazon' : buyer?.name ?? '',
        text, sentAt: new Date(nowMs - n * HOUR).toISOString(), attachments: [],
      }],
    };
  };
  const threads = [make(negative, 'negative', 1), make(optOut, 'opt-out', 2), make(claim, 'claim', 3)];
  data.threads.push(...threads);
  picks = { negative, optOut, claim, threads };
}

beforeAll(async () => {
  s = await startInboxSession({ seed: 1, threads: 120, prepare, viewport: { width: 1440, height: 900 } });
  const ext = await s.newPage();
  await ext.goto(`chrome-extension://${s.extensionId}/options.html`);
  await seedOrders(ext, orderRecords(s.data));
  await ext.close();
  // the threads as an inbox page's rows give them (the background classifies them)
  const STATUS = { RESPONSE_NEEDED: 'response-needed', ANSWERED: 'answered', NO_RESPONSE_NEEDED: 'no-response-needed' } as const;
  for (const t of picks.threads) {
    const w = threadSummary(t);
    const input = {
      threadId: w.threadId, buyerName: w.buyerName, ...(w.buyerId ? { buyerId: w.buyerId } : {}), orderIds: w.orderIds, status: STATUS[w.status],
      isSystem: w.lastSenderType === 'AMAZON' && !w.awaitingSince, subject: w.subject, preview: w.preview, lastMessageAt: w.lastMessageAt,
      ...(w.awaitingSince && w.status === 'RESPONSE_NEEDED' ? { oldestUnansweredAt: w.awaitingSince } : {}),
    };
    const r = await s.ask<{ error?: unknown }>({ type: 'threads/upsert', accountId: LUMEN.merchantId, marketplaceId: t.marketplaceId, threads: [input] });
    expect(r.error).toBeUndefined();
  }
  await s.ask({ type: 'campaigns/config', values: { minGapMs: 50, maxGapMs: 100 } });
}, 120_000);
afterAll(async () => { await s?.close(); });

const requested = () => new Set(s.replica.sent.filter((x) => x.kind === 'review-request').map((x) => x.orderId));

describe('going live with a review-request campaign', () => {
  let options: Page;

  it('shows who gets a request now and who is left out and why, sends nothing before the confirmation, and never to the excluded', async () => {
    const saved = await s.ask<{ campaign: Campaign }>({ type: 'campaigns/save', campaign: { ...everyDeliveredOrder, name: 'Every order', testMode: true } });
    expect(saved.campaign.testMode).toBe(true);
    await s.ask({ type: 'settings/set', values: { campaignsEnabled: true } });
    options = await s.newPage();
    await options.setViewportSize({ width: 1440, height: 900 });
    await options.goto(`chrome-extension://${s.extensionId}/options.html#/campaigns`);
    await options.getByRole('button', { name: 'Edit' }).first().click();
    await options.locator('[data-si="campaign-test-mode"]').click();
    await options.locator('[data-si="campaign-save"]').click();

    const dialog = options.locator('[data-si="go-live-dialog"]');
    await dialog.locator('[data-si="go-live-left-out"]').waitFor({ timeout: 30_000 });
    const leftOut = dialog.locator('[data-si="go-live-left-out"]');
    const rowOf = (orderId: string) => leftOut.locator('tr', { hasText: orderId });
    await expect.poll(() => rowOf(picks.negative.orderId).textContent()).toContain('Negative feedback');
    expect(await rowOf(picks.optOut.orderId).textContent()).toContain('Buyer opted out of messages');
    expect(await rowOf(picks.claim.orderId).textContent()).toContain('A-to-z Guarantee claim');
    const dueText = await dialog.locator('[data-si="go-live-due"]').textContent() ?? '';
    const dueCount = Number(await dialog.locator('[data-si="go-live-due-count"]').getAttribute('data-count'));
    expect(dueCount).toBeGreaterThan(0);
    for (const o of [picks.negative, picks.optOut, picks.claim]) expect(dueText).not.toContain(o.orderId);
    expect(await dialog.textContent()).toContain('Only orders the extension has stored are counted');

    // still in test mode: nothing goes out while the seller reads
    await s.ask({ type: 'campaigns/control', action: 'run-now' });
    await sleep(3_000);
    expect(requested().size).toBe(0);
    const { campaigns } = await s.ask<{ campaigns: Campaign[] }>({ type: 'campaigns/list' });
    expect(campaigns[0]?.testMode).toBe(true);

    await options.getByRole('button', { name: 'Go live' }).click();
    await dialog.waitFor({ state: 'detached' });
    // the runner works through the due orders (throttled; Amazon may decline some): until nothing more goes out
    const end = Date.now() + 60_000;
    let last = -1;
    let still = 0;
    while (Date.now() < end && (still < 16 || requested().size === 0)) { await sleep(250); still = requested().size === last ? still + 1 : 0; last = requested().size; }
    expect(requested().size).toBeGreaterThan(0);
    for (const o of [picks.negative, picks.optOut, picks.claim]) expect(requested().has(o.orderId)).toBe(false);
  }, 150_000);

  it('the order panel says why no request went out, or when one did', async () => {
    const page = await s.newPage();
    const thread = picks.threads[0]!;
    await page.goto(`https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=${thread.threadId}&cc=${thread.threadId}&mons_sel_mkid=${thread.marketplaceId}`);
    const line = page.locator(`[data-si="order-panel"] [data-si-order="${picks.negative.orderId}"] [data-si-review-request]`);
    await line.waitFor({ timeout: 20_000 });
    expect(await line.getAttribute('data-si-review-reason')).toBe('negative-feedback');
    expect(await line.textContent()).toContain('Negative feedback');

    const sentId = [...requested()][0]!;
    const view = await s.ask<{ orders: Array<{ order: { orderId: string }; reviewRequest?: { state: string; stage?: string } }> }>({ type: 'orders/get', orderIds: [sentId, picks.optOut.orderId, picks.claim.orderId] });
    const status = Object.fromEntries(view.orders.map((o) => [o.order.orderId, o.reviewRequest]));
    expect(status[sentId]).toMatchObject({ state: 'logged', stage: 'sent' });
    expect(status[picks.optOut.orderId]).toMatchObject({ state: 'left-out', reason: 'opted-out' });
    expect(status[picks.claim.orderId]).toMatchObject({ state: 'left-out', reason: 'a-to-z-claim' });
  }, 60_000);
});
