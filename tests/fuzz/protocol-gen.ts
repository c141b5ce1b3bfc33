/**
 * Protocol messages for tests/unit/fuzz-protocol.test.ts: one or more valid messages of every type, and
 * mutations of them (fields dropped, retyped, junk, extra keys, nested damage, wrong type names, non-objects).
 */
import { REQUEST_TYPES } from '../../lib/protocol/messages';
import { STARTER_TEMPLATES } from '../../lib/templates/starters';
import { exportTemplatesFile } from '../../lib/templates/import-export';
import { junkString, mutateText, unicodeString, type Rng } from './prng';
import { templateBody } from './templates-gen';

const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';
const prov = { source: 'import', detail: 'fuzz', at: '2026-01-01T00:00:00.000Z' };
const order = (id: string) => ({
  orderId: id, marketplaceId: US, status: 'Shipped', fulfillment: 'FBA', purchaseDate: '2026-10-01T10:00:00.000Z',
  buyerName: 'Jane Doe', total: { amount: 12.5, currency: 'USD' }, provenance: prov,
});
const item = (id: string) => ({ key: `${id}|B0C1234567`, orderId: id, asin: 'B0C1234567', quantity: 2, title: 'Board', provenance: prov });
const thread = (id: string) => ({
  threadId: id, buyerName: 'Jane Doe', orderIds: ['111-1234567-1234567'], status: 'response-needed',
  oldestUnansweredAt: '2026-11-02T08:00:00+01:00', lastMessageAt: '2026-11-02T08:00:00Z', subject: 'Where is my order', page: 0,
});
const templatesFile = exportTemplatesFile([
  { id: 'fz-1', name: 'Fuzz one', tags: ['a'], categories: ['other'], bodies: { en: 'Hi {{buyer_name}}' }, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
  { ...STARTER_TEMPLATES[0]!, name: 'Renamed starter' },
]);

/** Valid messages of every type (a few types get several). */
export function validMessages(r: Rng, importId: string): Record<string, unknown>[] {
  const oid = `${r.int(100, 999)}-${r.int(1e6, 9999999)}-${r.int(1e6, 9999999)}`;
  return [
    { type: 'ping' },
    { type: 'threads/upsert', accountId: 'A1SELLER', marketplaceId: r.chance(0.7) ? US : DE, threads: [thread('t1'), thread(`t${r.int(2, 9)}`)] },
    { type: 'threads/list', accountId: 'A1SELLER', marketplaceId: US },
    { type: 'threads/set-status', key: `A1SELLER|${US}|t1`, status: r.pick(['answered', 'response-needed', 'no-response-needed']) },
    { type: 'counts/list', accountId: 'A1SELLER' },
    { type: 'threads/next', accountId: 'A1SELLER', currentKey: `A1SELLER|${US}|t1`, currentMarketplaceId: US },
    { type: 'log/problem', feature: 'inbox-deadlines', message: 'boom', page: 'inbox' },
    { type: 'problems/list' },
    { type: 'settings/get' },
    { type: 'settings/set', values: r.pick([{ dueSoonHours: 4 }, { responseWindowHours: 24, hourCycle: '12h' }, { timeZone: 'Europe/Berlin' }, { disabledFeatures: ['inbox-next'] }]) },
    { type: 'blacklist/list' },
    { type: 'blacklist/add', buyerName: r.pick(['Max Mustermann', 'Jane Doe']), marketplaceId: DE, reason: 'rude' },
    { type: 'blacklist/add', orderId: oid },
    { type: 'blacklist/remove', id: 'bl-1' },
    { type: 'blacklist/import', entries: [{ id: `blacklist|${DE}||anna`, buyerName: 'Anna', marketplaceId: DE }, { id: `blacklist||${oid}|`, orderId: oid, addedAt: '2025-01-01T00:00:00Z' }] },
    { type: 'threads/urgent', limit: r.int(1, 50) },
    { type: 'accounts/list' },
    { type: 'templates/list' },
    { type: 'templates/save', template: { name: 'Fuzz', tags: ['x'], categories: ['other'], bodies: { en: 'Hello {{buyer_first_name}}' } } },
    { type: 'templates/save', template: { id: 'fz-1', name: 'Fuzz', bodies: { de: 'Hallo' } }, attachment: { name: 'a.pdf', type: 'application/pdf', base64: r.pick(['JVBERi0xLjc=', 'JVBERi0xLjc=', 'AB==', 'A', 'AB=', 'JVBER', 'JVBERi0xLjc='.slice(0, r.int(0, 12))]) } },
    { type: 'templates/save', template: { id: 'fz-2', name: 'Fuzz body', bodies: { en: templateBody(r) } } },
    { type: 'templates/remove', id: r.pick(['fz-1', 'fz-2', STARTER_TEMPLATES[1]!.id, 'nope']) },
    { type: 'templates/import', json: templatesFile, mode: r.pick(['merge', 'copy']) },
    { type: 'templates/export', ids: ['fz-1'] },
    { type: 'compose/check', text: 'Please leave a 5-star review!', kind: 'review-request', marketplace: 'US' },
    { type: 'templates/context', orderIds: ['111-1234567-1234567'], buyerText: 'where is my order?' },
    { type: 'imports/stage', importId, kind: 'all-orders', fileName: 'f.txt', seq: 0, batch: JSON.stringify({ orders: [order('111-1234567-1234567')], orderItems: [item('111-1234567-1234567')] }) },
    { type: 'imports/plan', importId, batches: 1 },
    { type: 'imports/apply', importId, batches: 1 },
    { type: 'imports/cancel', importId },
    { type: 'imports/status', importId },
    { type: 'orders/upsert', orders: [{ order: order(oid), items: [item(oid)] }], refunds: [] },
    { type: 'orders/get', orderIds: [oid, '111-1234567-1234567'] },
    { type: 'returns/upsert', returns: [{ key: `fba|${oid}`, kind: 'fba', orderId: oid, quantity: 1, requestDate: '2026-10-05T00:00:00.000Z', provenance: prov }] },
    { type: 'feedback/upsert', feedback: [{ orderId: oid, rating: 4, comment: 'ok', date: '2026-10-05T00:00:00.000Z', provenance: prov }] },
    { type: 'buyers/profile', accountId: 'A1SELLER', marketplaceId: US, buyerName: 'Jane Doe', orderIds: [oid] },
    { type: 'blacklist/status', buyerName: 'Jane Doe', marketplaceId: US, orderIds: [oid] },
    { type: 'analytics/data' },
    { type: 'backup/export' },
  ];
}

const JUNK = (r: Rng): unknown => r.pick<() => unknown>([
  () => undefined, () => null, () => 0, () => -1, () => 1.5, () => NaN, () => Infinity, () => true, () => false, () => [], () => ({}),
  () => '', () => ' ', () => junkString(r, 30), () => unicodeString(r, 1, 20), () => [junkString(r, 5)], () => [null], () => ({ a: 1 }),
  () => 'x'.repeat(r.pick([41, 65, 201, 301, 401, 2_001, 20_001])), () => '2026-13-45T00:00:00Z', () => 'A|B', () => '111-1234567-123456',
  () => 2 ** 53, () => -0, () => '__proto__', () => [1, 'a', null], () => new Date(0), () => (r.chance(0.5) ? 'AAAA' : 'A'),
  () => ({ __proto__: { polluted: true } }), () => JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
])();

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null;

/** Paths to every value inside a message. */
function paths(x: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (!isObj(x)) return out;
  for (const [k, val] of Object.entries(x)) {
    const p = [...prefix, Array.isArray(x) ? Number(k) : k];
    out.push(p);
    paths(val, p, out);
  }
  return out;
}

function parentOf(root: Obj, path: (string | number)[]): [Obj, string | number] | undefined {
  let cur: unknown = root;
  for (const k of path.slice(0, -1)) { if (!isObj(cur)) return undefined; cur = cur[k as string]; }
  const last = path[path.length - 1];
  return isObj(cur) && last !== undefined ? [cur, last] : undefined;
}

/** One mutation of a message (a structured copy; never the input). */
export function mutateMessage(r: Rng, msg: Obj): unknown {
  if (r.chance(0.03)) return JUNK(r); // not an object at all
  const m = structuredClone(msg);
  const rounds = r.int(1, 3);
  for (let k = 0; k < rounds; k++) {
    const ps = paths(m).filter((p) => p[0] !== 'type');
    const at = ps.length ? parentOf(m, r.pick(ps)) : undefined;
    switch (r.int(0, 11)) {
      case 0: case 1: if (at) at[0][at[1] as string] = JUNK(r); break; // retype or junk
      case 2: case 3: if (at) { if (Array.isArray(at[0])) at[0].splice(Number(at[1]), 1); else delete at[0][at[1] as string]; } break;
      case 4: if (at && typeof at[0][at[1] as string] === 'string') at[0][at[1] as string] = mutateText(r, at[0][at[1] as string] as string, ['|', '"', '{{', '}}', '-', 'T', 'Z', '\u0000']); break;
      case 5: if (at && Array.isArray(at[0][at[1] as string])) { const arr = at[0][at[1] as string] as unknown[]; arr.push(...(arr.length ? Array.from({ length: r.int(1, 3) }, () => structuredClone(r.pick(arr))) : [JUNK(r)])); } break;
      case 6: { const target = at && isObj(at[0][at[1] as string]) ? at[0][at[1] as string] as Obj : m; target[r.pick(['extra', '__proto__', 'constructor', 'type', 'error', junkString(r, 6) || 'k'])] = JUNK(r); break; }
      case 7: m.type = r.pick([...REQUEST_TYPES, 'nope', '', 'PING', 'threads/', 'toString', '__proto__', 'constructor', 'hasOwnProperty']); break;
      case 8: m.type = r.chance(0.5) ? JUNK(r) : r.pick(REQUEST_TYPES); break;
      case 9: if (at && typeof at[0][at[1] as string] === 'number') at[0][at[1] as string] = r.pick([-1, 0, 1e9, 0.5, NaN, -Infinity, 2 ** 31, '1']); break;
      case 10: if (at && typeof at[0][at[1] as string] === 'string') at[0][at[1] as string] = r.pick(['', ' ', '\t', 'A|B', '2026-02-30T00:00:00Z', '2026-11-02', 'not base64!', 'A', 'AB=', 'AAA', '====', '111-1234567-1234567']); break;
      default: if (at) at[0][at[1] as string] = r.chance(0.5) ? [at[0][at[1] as string]] : { value: at[0][at[1] as string] }; break; // wrap
    }
  }
  return m;
}
