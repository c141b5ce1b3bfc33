/**
 * One set of limits (lib/limits.ts) for storing and for restoring: a store filled through every way data
 * enters it (the protocol messages the page, the endpoints and the options page send), each string at the
 * LONGEST length its entry schema accepts, exports a backup that imports again, whole, into an empty store; the
 * same for the templates file and the blacklist CSV. The longest values are read from the entry schemas
 * themselves (valibot's max_length), so a schema that later admits more than the backup breaks this test.
 */
import * as v from 'valibot';
import { parseBackup, BACKUP_TABLE_NAMES } from '../../lib/backup';
import { blacklistFromCsv, blacklistToCsv } from '../../lib/blacklist-csv';
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { SEND_LOG_MAX } from '../../lib/limits';
import { isErrorResponse } from '../../lib/protocol/define';
import { createHandlers, storageErrorCode } from '../../lib/protocol/handlers';
import { MESSAGES } from '../../lib/protocol/messages';
import { createRegistry, createRouter, type Router } from '../../lib/protocol/router';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const own = { id: EXT, url: `chrome-extension://${EXT}/options.html` };
const NOW = new Date('2026-11-02T12:00:00.000Z');
const US = 'ATVPDKIKX0DER';

type AnySchema = v.GenericSchema & { type: string; pipe?: { type: string; requirement?: unknown }[]; wrapped?: AnySchema; entries?: Record<string, AnySchema>; item?: AnySchema };

const maxOf = (s: AnySchema): number | undefined => s.pipe?.find((a) => a.type === 'max_length')?.requirement as number | undefined;

/**
 * The sample with every string its schema bounds made as long as the schema allows ('x' repeated; where a
 * pattern forbids that, such as an order id or a date, the sample's value stays), every bounded list of strings
 * filled to its longest, optional fields present.
 */
function longest(schema: AnySchema, sample: unknown): unknown {
  if (schema.type === 'optional' || schema.type === 'nullable' || schema.type === 'nullish') return longest(schema.wrapped!, sample);
  if ((schema.type === 'object' || schema.type === 'strict_object' || schema.type === 'loose_object') && sample && typeof sample === 'object') {
    const out: Record<string, unknown> = { ...(sample as Record<string, unknown>) };
    // a file's bytes (base64) have no bound in the backup; a 10 MB file would only make this test slow
    for (const [k, sub] of Object.entries(schema.entries ?? {})) if (out[k] !== undefined && k !== 'base64') out[k] = longest(sub, out[k]);
    return out;
  }
  if (schema.type === 'array' && Array.isArray(sample)) {
    const first = sample[0];
    const n = maxOf(schema);
    const item = first === undefined ? undefined : longest(schema.item!, first);
    if (typeof item === 'string' && n !== undefined) return Array.from({ length: n }, (_, i) => (v.is(schema.item!, `${item.slice(0, -String(i).length)}${i}`) ? `${item.slice(0, -String(i).length)}${i}` : item));
    return sample.map((x) => longest(schema.item!, x));
  }
  if (schema.type === 'string' && typeof sample === 'string') {
    const n = maxOf(schema);
    if (n === undefined) return sample;
    const candidate = 'x'.repeat(n);
    return v.is(schema, candidate) ? candidate : sample;
  }
  return sample;
}

/** A message of `type` from a small valid sample, with every value at its longest. */
function maxed(type: keyof typeof MESSAGES, sample: Record<string, unknown>): Record<string, unknown> {
  const schema = MESSAGES[type].schema as unknown as AnySchema;
  const msg = longest(schema, sample) as Record<string, unknown>;
  const check = v.safeParse(schema, msg);
  if (!check.success) throw new Error(`${type}: the maxed sample does not pass its own schema: ${check.issues[0]?.message}`);
  return { type, ...msg };
}

const prov = { source: 'import', detail: 'r', at: '2026-10-01T10:00:00.000Z' };

async function setup(name: string): Promise<{ repos: Repositories; router: Router }> {
  const repos = createRepositories(await openDatabase(`backup-limits-${name}-${crypto.randomUUID()}`), () => NOW);
  const router = createRouter(createRegistry(createHandlers({ repos, now: () => NOW, version: '1' })), {
    extensionId: () => EXT, warn: () => {}, errorCodeOf: storageErrorCode,
  });
  return { repos, router };
}

async function send(router: Router, msg: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await router(msg, own);
  if (isErrorResponse(res)) throw new Error(`${String(msg.type)}: ${res.error.message}`);
  return res as Record<string, unknown>;
}

describe('a store filled with the largest values every entry schema accepts', () => {
  let source: { repos: Repositories; router: Router };
  beforeAll(async () => {
    source = await setup('source');
    const { router, repos } = source;
    await send(router, maxed('threads/upsert', {
      accountId: 'A1SELLER', marketplaceId: US,
      threads: [{ threadId: 't1', buyerName: 'Jane', buyerId: 'b1', orderIds: ['111-1234567-1234567'], subject: 's', preview: 'p', status: 'response-needed', oldestUnansweredAt: '2026-11-02T08:00:00Z', lastMessageAt: '2026-11-02T08:00:00Z', page: 0 }],
    }));
    const order = {
      orderId: '111-1234567-1234567', accountId: 'A1SELLER', marketplaceId: US, salesChannel: 'Amazon.com', status: 'Shipped', fulfillment: 'FBA',
      purchaseDate: '2026-10-01T10:00:00.000Z', buyerId: 'b1', buyerName: 'Jane', buyerEmail: 'j@marketplace.amazon.com',
      total: { amount: 1, currency: 'USD' }, trackingNumber: 'T', shipCountry: 'US', provenance: prov,
    };
    const item = {
      key: '111-1234567-1234567|I1', orderId: '111-1234567-1234567', orderItemId: 'I1', asin: 'B0C1234567', sku: 'S', title: 'T', quantity: 1,
      price: { amount: 1, currency: 'USD' }, imageUrl: 'https://m.media-amazon.com/i.jpg', itemStatus: 'Shipped', provenance: prov,
    };
    await send(router, maxed('orders/upsert', { orders: [{ order, items: [item] }], refunds: [] }));
    await send(router, maxed('returns/upsert', { returns: [{
      key: 'fba|111-1234567-1234567|B0C1234567|2026-10-05', kind: 'fba', orderId: '111-1234567-1234567', asin: 'B0C1234567', sku: 'S', quantity: 1,
      reason: 'r', status: 's', requestDate: '2026-10-05', rma: 'R', refundedAmount: { amount: 1, currency: 'USD' }, comments: 'c', provenance: prov,
    }] }));
    await send(router, maxed('feedback/upsert', { feedback: [{
      orderId: '111-1234567-1234567', marketplaceId: US, rating: 1, comment: 'c', date: '2026-10-06', response: 'r', raterEmail: 'e', provenance: prov,
    }] }));
    await send(router, maxed('blacklist/add', { buyerKey: 'k', buyerName: 'Sam', marketplaceId: US, reason: 'private' }));
    await send(router, maxed('blacklist/add', { buyerKey: 'k2', orderId: '111-1234567-1234568', reason: 'r' }));
    // an entry's marketplace is one Seller Inbox knows (the CSV writes its code and reads it back)
    const unknown = await router({ type: 'blacklist/add', buyerName: 'Ann', marketplaceId: 'A2NEWMKTPLACE9' }, own);
    expect(isErrorResponse(unknown)).toBe(true);
    await send(router, { type: 'blacklist/add', buyerName: 'Ann', marketplaceId: 'A1PA6795UKMFR9' });
    await send(router, maxed('templates/save', {
      template: { id: 'tpl', name: 'n', tags: ['a'], categories: ['other'], bodies: { en: 'e', de: 'd', fr: 'f', it: 'i', es: 's', ja: 'j' } },
      attachment: { name: 'a.pdf', type: 'application/pdf', base64: 'JVBERi0xLjc=' },
    }));
    await send(router, maxed('campaigns/save', { campaign: {
      id: 'c1', name: 'n', kind: 'follow-up', method: 'template-message', templateId: 'tpl', enabled: false, testMode: true, trigger: 'shipped',
      delayDays: { FBA: 1, FBM: 1 }, sendHour: 10, marketplaceIds: [US], asins: ['B0C1234567'], excludeAsins: ['B0C1234568'], excludeSkus: ['S'],
    } }));
    // the send log keeps at most SEND_LOG_MAX of a text (a rendered template can be longer)
    await repos.sendLog.put({
      key: `campaign-message|${'x'.repeat(10_000)}`, kind: 'campaign-message', orderId: 'x'.repeat(10_000), stage: 'test',
      reason: 'r'.repeat(SEND_LOG_MAX.reason + 5), text: 't'.repeat(SEND_LOG_MAX.text + 5), attempts: 0, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(),
    });
  });
  afterAll(() => source.repos.db.close());

  it('stored the longest values (the test fills what it means to)', async () => {
    const { db } = source.repos;
    const item = (await db.orderItems.toArray())[0]!;
    expect(item.title!.length).toBeGreaterThanOrEqual(100_000);
    expect(item.key.length).toBeGreaterThanOrEqual(10_000);
    expect((await db.threads.toArray())[0]!.key.length).toBeGreaterThan(300);
    expect((await db.templates.get('x'.repeat(200)))?.bodies.en?.length).toBe(20_000);
    const log = (await db.sendLog.toArray())[0]!;
    expect([log.text!.length, log.reason!.length]).toEqual([SEND_LOG_MAX.text, SEND_LOG_MAX.reason]);
  });

  it('its backup restores whole into an empty store, and exports the same rows again', async () => {
    const { json } = await send(source.router, { type: 'backup/export' }) as { json: string };
    const parsed = parseBackup(json, source.repos.db.verno);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    const target = await setup('target');
    try {
      await send(target.router, { type: 'backup/import', json, mode: 'replace' });
      const again = await send(target.router, { type: 'backup/export' }) as { json: string };
      const strip = (s: string) => s.replace(/"exportedAt": "[^"]*"/, '');
      expect(strip(again.json)).toBe(strip(json));
      const counts = Object.fromEntries(BACKUP_TABLE_NAMES.map((t) => [t, parsed.ok ? parsed.file.data[t].length : -1]));
      for (const t of ['threads', 'orders', 'orderItems', 'returns', 'feedback', 'blacklist', 'templates', 'attachments', 'campaigns', 'sendLog'] as const) {
        expect(counts[t], t).toBeGreaterThan(0);
      }
    } finally {
      target.repos.db.close();
    }
  });

  it('its templates file imports again into an empty store', async () => {
    const { json } = await send(source.router, { type: 'templates/export', ids: ['x'.repeat(200)] }) as { json: string };
    const target = await setup('templates');
    try {
      const res = await send(target.router, { type: 'templates/import', json, mode: 'merge' });
      expect(res.added).toBe(1);
    } finally {
      target.repos.db.close();
    }
  });

  it('its blacklist CSV imports again, every entry, with the same values', async () => {
    const entries = await source.repos.blacklist.list();
    expect(entries.length).toBe(3);
    const back = blacklistFromCsv(blacklistToCsv(entries), { now: NOW.toISOString() });
    expect(back.errors).toEqual([]);
    expect(back.entries.map((e) => [e.buyerName ?? '', e.reason, e.marketplaceId])).toEqual(entries.map((e) => [e.buyerName ?? e.buyerKey, e.reason, e.marketplaceId]));
    const target = await setup('blacklist');
    try {
      await send(target.router, { type: 'blacklist/import', entries: back.entries });
    } finally {
      target.repos.db.close();
    }
  });
});
