import { parseReport, parseReportChunks, type ReportChunk } from '../../lib/reports';
import type { Order, OrderItem } from '../../lib/model';
import { fixtureText, NOW, prov } from '../fixtures/reports/load';
import { ALL_ORDERS_COLUMNS, generateAllOrdersTsv } from '../fixtures/reports/generate-all-orders';

const opts = (fileName: string) => ({ fileName, now: NOW });
const US = 'ATVPDKIKX0DER';

const expectedOrders = (p: ReturnType<typeof prov>): Order[] => [
  {
    orderId: '111-0000001-0000001', marketplaceId: US, salesChannel: 'Amazon.com', status: 'Shipped',
    fulfillment: 'FBA', purchaseDate: '2025-06-17T08:04:21.000Z', lastUpdateDate: '2025-06-19T10:00:00.000Z',
    isBusinessOrder: false, shipCountry: 'US', provenance: p,
    // 25.98 + 4.99 shipping - 3.00 - 4.99 promotions + 9.99 second item
    total: { amount: 32.97, currency: 'USD' },
  },
  {
    orderId: '111-0000002-0000002', marketplaceId: US, salesChannel: 'Amazon.com', status: 'Canceled',
    fulfillment: 'FBM', purchaseDate: '2025-06-19T04:15:00.000Z', lastUpdateDate: '2025-06-19T16:00:00.000Z',
    isBusinessOrder: true, shipCountry: 'US', provenance: p,
  },
  {
    orderId: '111-0000003-0000003', marketplaceId: US, salesChannel: 'Amazon.com', status: 'Pending',
    fulfillment: 'FBA', purchaseDate: '2025-06-20T01:02:03.000Z', lastUpdateDate: '2025-06-20T01:05:00.000Z',
    isBusinessOrder: false, provenance: p,
  },
];

const expectedItems = (p: ReturnType<typeof prov>, ids?: string[]): OrderItem[] => {
  const items: OrderItem[] = [
    { key: '', orderId: '111-0000001-0000001', asin: 'B000RULER1', sku: 'RULER-12', title: 'Steel ruler 12" long',
      quantity: 2, price: { amount: 25.98, currency: 'USD' }, itemStatus: 'Shipped', provenance: p },
    { key: '', orderId: '111-0000001-0000001', asin: 'B000PENCIL', sku: 'PENCIL-24', title: 'Pencil set',
      quantity: 1, price: { amount: 9.99, currency: 'USD' }, itemStatus: 'Shipped', provenance: p },
    { key: '', orderId: '111-0000002-0000002', asin: 'B000NOTEA5', sku: 'NOTE-A5', title: 'Notebook A5',
      quantity: 0, itemStatus: 'Canceled', provenance: p },
    { key: '', orderId: '111-0000003-0000003', asin: 'B000ERASER', sku: 'ERASER', title: 'Eraser',
      quantity: 3, itemStatus: 'Unshipped', provenance: p },
  ];
  return items.map((it, i) => {
    const id = ids?.[i];
    return id ? { ...it, orderItemId: id, key: `${it.orderId}|${id}` } : { ...it, key: `${it.orderId}|${it.sku}` };
  });
};

describe('All Orders report', () => {
  it('reads the official 32 columns into merged orders and one item per row', () => {
    const r = parseReport(fixtureText('all-orders-official.txt'), opts('orders.txt'));
    const p = prov('all-orders: orders.txt');
    expect(r.kind).toBe('all-orders');
    expect(r.errors).toEqual([]);
    expect(r.stats).toEqual({ rows: 4, accepted: 4, rejected: 0 });
    expect(r.records.orders).toEqual(expectedOrders(p));
    expect(r.records.items).toEqual(expectedItems(p));
    expect(r.records.feedback).toEqual([]);
    expect(r.records.returns).toEqual([]);
  });

  it('reads the older layout (url, no cpf, CRLF) the same way', () => {
    const r = parseReport(fixtureText('all-orders-legacy-url.txt'), opts('old.txt'));
    const p = prov('all-orders: old.txt');
    expect(r.errors).toEqual([]);
    expect(r.records.orders).toEqual(expectedOrders(p));
    expect(r.records.items).toEqual(expectedItems(p));
  });

  it('keys items by order-item-id when the file has one', () => {
    const r = parseReport(fixtureText('all-orders-order-item-id.txt'), opts('oid.txt'));
    const p = prov('all-orders: oid.txt');
    expect(r.errors).toEqual([]);
    expect(r.records.orders).toEqual(expectedOrders(p));
    expect(r.records.items).toEqual(expectedItems(p, ['10000000000000', '10000000000001', '10000000000002', '10000000000003']));
  });

  it('ignores extra columns, column order, header case, spaces, underscores and a BOM', () => {
    const text = fixtureText('all-orders-extra-columns.txt');
    expect(text.split('\n')[0]).toMatch(/^\uFEFFPRICE_DESIGNATION\t purchase-order-number \t/);
    const r = parseReport(text, opts('extra.txt'));
    const p = prov('all-orders: extra.txt');
    expect(r.errors).toEqual([]);
    expect(r.records.orders).toEqual(expectedOrders(p));
    expect(r.records.items).toEqual(expectedItems(p));
  });

  it('reports each bad row with its line, column and reason, and keeps the good rows', () => {
    const r = parseReport(fixtureText('all-orders-malformed.txt'), opts('bad.txt'));
    expect(r.errors).toEqual([
      { line: 3, column: 'purchase-date', field: 'purchaseDate', value: '2025-13-45', reason: "purchase-date: '2025-13-45' is not a date" },
      { line: 5, column: 'quantity', field: 'quantity', value: 'two', reason: "quantity: 'two' is not a whole number" },
      { line: 5, column: 'item-price', field: 'price', value: 'abc', reason: "item-price: 'abc' is not an amount" },
      { line: 6, column: 'fulfillment-channel', field: 'fulfillment', value: 'Warehouse', reason: "fulfillment-channel: 'Warehouse' is not Amazon or Merchant" },
      { line: 6, column: 'is-business-order', field: 'isBusinessOrder', value: 'maybe', reason: "is-business-order: 'maybe' is not true/false" },
      { line: 7, reason: 'The line has 4 fields, the header has 32: the required columns order-status, fulfillment-channel, asin, quantity are missing.' },
    ]);
    expect(r.stats).toEqual({ rows: 5, accepted: 1, rejected: 4 });
    expect(r.records.items.map((i) => i.key)).toEqual(['111-0000001-0000001|RULER-12']);
    // the order total only counts the rows that were accepted
    expect(r.records.orders.map((o) => [o.orderId, o.total?.amount])).toEqual([['111-0000001-0000001', 22.98]]);
  });

  it('names a missing required column as a file-level error and reads nothing', () => {
    const r = parseReport(fixtureText('all-orders-missing-column.txt'), opts('m.txt'));
    expect(r).toEqual({
      kind: 'all-orders', records: { orders: [], items: [], feedback: [], returns: [] },
      errors: [{ line: 1, column: 'purchase-date', reason: "Missing required column 'purchase-date' (All Orders report)." }],
      stats: { rows: 0, accepted: 0, rejected: 0 },
    });
  });

  it('rejects unknown order statuses and bad ids; maps status variants', () => {
    const head = 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tasin\tquantity\n';
    const r = parseReport(head + [
      '111-0000001-0000001\t2025-01-01T00:00:00Z\tShipped - Delivered to Buyer\tAFN\tB000000001\t1',
      '111-0000002-0000002\t2025-01-01T00:00:00+0900\tPending - Waiting for Pick Up\tMFN\tB000000002\t1',
      '111-0000003-0000003\t2025-01-01 10:00:00\tShipping\tAmazon\tB000000003\t1',
      '11-22-33\t2025-01-01T00:00:00Z\tLost\tAmazon\tnot-an-asin\t-1',
    ].join('\n'), opts('s.txt'));
    expect(r.records.orders.map((o) => [o.status, o.fulfillment, o.purchaseDate])).toEqual([
      ['Shipped', 'FBA', '2025-01-01T00:00:00.000Z'],
      ['Pending', 'FBM', '2024-12-31T15:00:00.000Z'],
      ['Unshipped', 'FBA', '2025-01-01T10:00:00.000Z'],
    ]);
    expect(r.errors.map((e) => e.reason)).toEqual([
      "amazon-order-id: '11-22-33' is not an order id (123-1234567-1234567)",
      "order-status: 'Lost' is not a known order status",
      "asin: 'not-an-asin' is not an ASIN",
      "quantity: '-1' is not a whole number",
    ]);
    expect(r.errors.every((e) => e.line === 5)).toBe(true);
  });

  it('gives identical records and keys when the same file is imported again', () => {
    const text = fixtureText('all-orders-official.txt');
    expect(parseReport(text, opts('a.txt'))).toEqual(parseReport(text, opts('a.txt')));
  });

  it('keeps two rows of the same SKU in one order apart with a stable suffix', () => {
    const head = 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tsku\tasin\tquantity\titem-price\tcurrency\n';
    const row = '111-0000001-0000001\t2025-01-01T00:00:00+00:00\tShipped\tAmazon\tSKU\tB000000001\t1\t5.00\tEUR';
    const r = parseReport(head + [row, row, row].join('\n'), { ...opts('d.txt'), marketplace: 'DE' });
    expect(r.records.items.map((i) => i.key)).toEqual([
      '111-0000001-0000001|SKU', '111-0000001-0000001|SKU#2', '111-0000001-0000001|SKU#3',
    ]);
    expect(r.records.orders[0]?.total).toEqual({ amount: 15, currency: 'EUR' });
    // no sales-channel: the import's marketplace
    expect(r.records.orders[0]?.marketplaceId).toBe('A1PA6795UKMFR9');
  });
});

describe('parseReportChunks', () => {
  const collect = async (text: string, size: number) => {
    const chunks: ReportChunk[] = [];
    const summary = await parseReportChunks(text, opts('c.txt'), (c) => { chunks.push(c); }, size);
    const merged = new Map<string, Order>();
    for (const c of chunks) for (const o of c.records.orders) merged.set(o.orderId, o);
    return { chunks, summary, orders: [...merged.values()], items: chunks.flatMap((c) => c.records.items) };
  };

  it('yields the same records as parseReport, an order split across chunks merged', async () => {
    const text = fixtureText('all-orders-official.txt');
    const whole = parseReport(text, opts('c.txt'));
    for (const size of [1, 2, 3, 5000]) {
      const { chunks, summary, orders, items } = await collect(text, size);
      expect(orders).toEqual(whole.records.orders);
      expect(items).toEqual(whole.records.items);
      expect(summary).toEqual({ kind: 'all-orders', errors: [], stats: whole.stats });
      expect(chunks.at(-1)).toMatchObject({ final: true, progress: 1 });
      expect(chunks.filter((c) => c.final)).toHaveLength(1);
    }
    // size 2: lines 2-3 are the first order's two items; it is held back in case more rows follow,
    // and each chunk holds back the order of its last row the same way.
    const { chunks } = await collect(text, 2);
    expect(chunks.map((c) => c.records.orders.map((o) => o.orderId))).toEqual([
      [], ['111-0000001-0000001', '111-0000002-0000002'], ['111-0000003-0000003'],
    ]);
  });

  it('re-emits an order merged when its rows are not adjacent', async () => {
    const head = 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tasin\tquantity\titem-price\tcurrency\n';
    const a = (p: string) => `111-0000001-0000001\t2025-01-01T00:00:00Z\tShipped\tAmazon\tB000000001\t1\t${p}\tUSD`;
    const b = '111-0000002-0000002\t2025-01-01T00:00:00Z\tShipped\tAmazon\tB000000002\t1\t1.00\tUSD';
    const text = head + [a('2.00'), b, a('3.00')].join('\n');
    const { orders } = await collect(text, 1);
    expect(orders.find((o) => o.orderId === '111-0000001-0000001')?.total?.amount).toBe(5);
    expect(parseReport(text, opts('c.txt')).records.orders[0]?.total?.amount).toBe(5);
  });

  it('reports progress, running stats and errors per chunk; awaits the callback', async () => {
    const text = fixtureText('all-orders-malformed.txt');
    const seen: string[] = [];
    const summary = await parseReportChunks(text, opts('c.txt'), async (c) => {
      await new Promise((r) => setTimeout(r, 1));
      seen.push(`${c.stats.rows}/${c.errors.length}/${c.final}`);
    }, 3);
    // lines 2-4 (4 is empty), lines 5-7, then the empty line after the final newline
    expect(seen).toEqual(['2/1/false', '5/5/false', '5/0/true']);
    expect(summary.errors).toHaveLength(6);
  });

  it('returns a file-level failure without calling back', async () => {
    const onChunk = vi.fn();
    const r = await parseReportChunks('', opts('e.txt'), onChunk);
    expect(r.errors).toEqual([{ line: 0, reason: 'The file is empty.' }]);
    expect(onChunk).not.toHaveBeenCalled();
  });
});

describe('generateAllOrdersTsv', () => {
  it('is deterministic, has the official header and parses without errors', () => {
    const text = generateAllOrdersTsv(500, 3);
    expect(text).toBe(generateAllOrdersTsv(500, 3));
    expect(text.split('\n')[0]).toBe(ALL_ORDERS_COLUMNS.join('\t'));
    const r = parseReport(text, opts('gen.txt'));
    expect(r.errors).toEqual([]);
    expect(r.stats).toEqual({ rows: 500, accepted: 500, rejected: 0 });
    expect(new Set(r.records.items.map((i) => i.key)).size).toBe(500);
  });
});

describe('All Orders item statuses', () => {
  it('stores lower-case item statuses in one spelling', () => {
    const r = parseReport(fixtureText('all-orders-lowercase-status.txt'), { fileName: 'o.txt', now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.records.items.map((i) => [i.sku, i.itemStatus])).toEqual([
      ['SHEET-Q-WHT', 'Shipped'], ['CASE-2-WHT', 'Canceled'], ['DUVET-K-GRY', 'Unshipped'],
    ]);
    // the cancelled item does not count in the order total
    expect(r.records.orders.find((o) => o.orderId === '114-4892924-7263427')?.total).toEqual({ amount: 39.99, currency: 'USD' });
  });
});
