/**
 * Campaign messages through the Contact Buyer page, shared by its e2e tests (campaigns-contact-page, campaigns-contact-
 * read-back): the built extension against the replica, a template with a file, a live message campaign, the send log
 * and what the replica's server received. The session: runner-session.ts.
 */
import { createHash } from 'node:crypto';
import type { ReplicaOrder } from '../../replica/data/types';
import type { Campaign, SendLogEntry } from '../../../lib/model';
import { orderRecords, readSendLog, seedOrders } from './campaign-fixtures';
import type { Session } from './runner-session';
import { until } from './until';

export { start, type Session } from './runner-session';

const DAY = 86_400_000;
export const US = 'ATVPDKIKX0DER';
export const FILE = { name: 'care-guide.pdf', type: 'application/pdf', bytes: Buffer.from(`%PDF-1.4\n% care guide\n${'x'.repeat(3000)}\n%%EOF\n`) };
const FILE_SHA = createHash('sha256').update(FILE.bytes).digest('hex');
const TEXT = 'Hello {{buyer_first_name}}, if you have a moment, a review of your order {{order_id}} would help other buyers.';

export const eligibleNow = (o: ReplicaOrder, acct: string): boolean => {
  if (o.accountId !== acct || o.marketplaceId !== US || o.status !== 'Shipped' || o.reviewRequestedAt || !o.earliestDeliveryDate || !o.latestDeliveryDate) return false;
  const now = Date.now();
  return now >= Date.parse(o.earliestDeliveryDate) + 5 * DAY && now <= Date.parse(o.latestDeliveryDate) + 30 * DAY;
};

/**
 * The orders, a template with the file, a live message campaign over the US orders; the expected ones: `asins`' orders
 * (a follow-up campaign still sends to every order; an 'asin-after-sales' campaign only to those).
 */
export async function setUp(s: Session, opts: { config?: Record<string, number>; asins?: string[]; kind?: Campaign['kind'] } = {}): Promise<Set<string>> {
  await seedOrders(s.page, orderRecords(s.data));
  const saved = await s.ask<{ template: { id: string } }>({
    type: 'templates/save',
    template: { name: 'Review request with care guide', tags: [], categories: [], bodies: { en: TEXT } },
    attachment: { name: FILE.name, type: FILE.type, base64: FILE.bytes.toString('base64') },
  });
  await s.ask({ type: 'campaigns/config', values: { minGapMs: 100, maxGapMs: 200, backoffBaseMs: 300, backoffMaxMs: 2_000, stageDelayMs: 0, ...opts.config } });
  const c: Partial<Campaign> = {
    name: 'Care guide', kind: opts.kind ?? 'follow-up', method: 'template-message', templateId: saved.template.id, enabled: true, paused: false, testMode: false,
    trigger: 'delivered', delayDays: { FBA: 0, FBM: 0 }, sendHour: 0, marketplaceIds: [US], asins: opts.asins ?? [], excludeAsins: [], excludeSkus: [],
    excludeFromRegular: false, minQuantity: 0, dailyCap: 0,
  };
  await s.ask({ type: 'campaigns/save', campaign: c, confirmLive: true });
  const acct = s.server.session.merchantId ?? '';
  return new Set(s.data.orders.filter((o) => eligibleNow(o, acct) && (!opts.asins?.length || o.items.some((i) => opts.asins?.includes(i.asin)))).map((o) => o.orderId));
}

export const contacts = (s: Session) => s.server.sent.filter((x) => x.kind === 'contact');
export const duplicatesOf = (ids: string[]) => ids.filter((x, i) => ids.indexOf(x) !== i);
export const enable = (s: Session) => s.ask({ type: 'settings/set', values: { campaignsEnabled: true } });
export const runNow = (s: Session) => s.ask({ type: 'campaigns/control', action: 'run-now' });
export const status = (s: Session) => s.ask<{ status: { phase: string; stopped?: { reason: string; detail: string } } }>({ type: 'campaigns/status' });
export const messageEntries = (log: SendLogEntry[]) => log.filter((e) => e.key.startsWith('review|') && e.kind === 'campaign-message');

/** Every expected order handled: sent, skipped, or unknown after at least one read-back; nothing in flight or due again. */
export async function settled(s: Session, expected: Set<string>, timeoutMs = 180_000): Promise<SendLogEntry[]> {
  return until('every expected order to be handled', async () => {
    const log = messageEntries(await readSendLog(s.page));
    const byOrder = new Map(log.map((e) => [e.orderId ?? '', e]));
    const done = [...expected].every((id) => {
      const e = byOrder.get(id);
      return e && (e.stage === 'sent' || e.stage === 'skipped' || (e.stage === 'unknown' && (e.readBacks ?? 0) >= 1));
    });
    return done && !log.some((e) => e.stage === 'sending' || (e.stage === 'failed' && e.reason === 'checked-not-sent')) ? log : undefined;
  }, timeoutMs, 300);
}

/** every contact the server got carries the file, byte for byte, and the feedback-request reason */
export function expectFileWithEach(s: Session): void {
  for (const c of contacts(s)) {
    expect(c.reason).toBe('feedback-request');
    expect(c.attachments).toEqual([{ name: FILE.name, type: FILE.type, size: FILE.bytes.length, sha256: FILE_SHA }]);
  }
}
