import Papa from 'papaparse';
import { blacklistFromCsv, blacklistToCsv, guardFormula } from '../../lib/blacklist-csv';
import type { BlacklistEntry } from '../../lib/model';

const NOW = '2026-01-01T00:00:00.000Z';
const DE = 'A1PA6795UKMFR9';

const entries: BlacklistEntry[] = [
  { id: 'a', buyerName: 'Max Mustermann', orderId: '302-1234567-1234567', marketplaceId: DE, reason: 'abusive, "rude" messages', addedAt: '2025-05-01T10:00:00.000Z' },
  { id: 'b', buyerName: '=HYPERLINK("http://evil.example","click")', marketplaceId: 'ATVPDKIKX0DER', reason: '+1 chargeback\nsecond line', addedAt: '2025-05-02T00:00:00.000Z' },
  { id: 'c', orderId: '111-0000001-0000001', reason: '@SUM(A1:A9)', addedAt: '2025-05-03T00:00:00.000Z' },
  { id: 'd', buyerName: '-Dash', reason: "'already quoted", addedAt: '2025-05-04T00:00:00.000Z' },
];

describe('blacklist CSV export', () => {
  it('writes the header, quotes by papaparse and guards formulas', () => {
    const csv = blacklistToCsv(entries);
    expect(csv.split('\r\n')[0]).toBe('buyer,order_id,marketplace,reason,added_at');
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows.slice(1)).toEqual([
      ['Max Mustermann', '302-1234567-1234567', 'DE', 'abusive, "rude" messages', '2025-05-01T10:00:00.000Z'],
      ['\'=HYPERLINK("http://evil.example","click")', '', 'US', "'+1 chargeback\nsecond line", '2025-05-02T00:00:00.000Z'],
      ['', '111-0000001-0000001', '', "'@SUM(A1:A9)", '2025-05-03T00:00:00.000Z'],
      ["'-Dash", '', '', "'already quoted", '2025-05-04T00:00:00.000Z'],
    ]);
    // no cell of the written file starts with a formula character
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(csv).toContain('"abusive, ""rude"" messages"');
    expect(guardFormula('\tx')).toBe("'\tx");
    expect(guardFormula('plain')).toBe('plain');
  });

  it('writes only the header for no entries', () => {
    expect(blacklistToCsv([])).toBe('buyer,order_id,marketplace,reason,added_at\r\n');
  });
});

describe('blacklist CSV import', () => {
  it('round-trips what export writes (ids derived from content, buyer as buyerName)', () => {
    const back = blacklistFromCsv(blacklistToCsv(entries), { now: NOW });
    expect(back.errors).toEqual([]);
    expect(back.entries.map(({ id: _id, ...rest }) => rest)).toEqual(entries.map(({ id: _id, ...rest }) => rest));
    expect(back.entries.map((e) => e.id)).toEqual([
      'blacklist|A1PA6795UKMFR9|302-1234567-1234567|max mustermann',
      'blacklist|ATVPDKIKX0DER||=hyperlink("http://evil.example","click")',
      'blacklist||111-0000001-0000001|',
      'blacklist|||-dash',
    ]);
    // importing the same file twice yields the same entries
    expect(blacklistFromCsv(blacklistToCsv(entries), { now: NOW })).toEqual(back);
  });

  it('reports bad lines with their line numbers and keeps the good ones', () => {
    const csv = [
      'Buyer;Order ID;Marketplace;Reason;Added At',
      'Anna;;de;spam;',
      ';;;no buyer and no order;',
      'Bob;12-34;US;bad id;2025-01-01',
      '"Multi',
      'line";;XX;unknown marketplace;',
      'Carl;;;;yesterday',
      '',
      ';111-0000001-0000001;A1F83G8C2ARO7P;by id;2025-02-03T04:05:06+01:00',
    ].join('\n');
    const r = blacklistFromCsv(csv, { now: NOW });
    expect(r.errors).toEqual([
      { line: 3, reason: 'A line needs a buyer or an order_id.' },
      { line: 4, column: 'order_id', value: '12-34', reason: "order_id: '12-34' is not an order id (123-1234567-1234567)" },
      { line: 5, column: 'marketplace', value: 'XX', reason: "marketplace: 'XX' is not a known marketplace code" },
      { line: 7, column: 'added_at', value: 'yesterday', reason: "added_at: 'yesterday' is not a date (ISO 8601)" },
    ]);
    expect(r.entries).toEqual([
      { id: 'blacklist|A1PA6795UKMFR9||anna', buyerName: 'Anna', marketplaceId: DE, reason: 'spam', addedAt: NOW },
      { id: 'blacklist|A1F83G8C2ARO7P|111-0000001-0000001|', orderId: '111-0000001-0000001', marketplaceId: 'A1F83G8C2ARO7P', reason: 'by id', addedAt: '2025-02-03T03:05:06.000Z' },
    ]);
  });

  it('rejects a file without the expected header, and an empty file', () => {
    expect(blacklistFromCsv('name_x,foo\n1,2', { now: NOW }).errors).toEqual([
      { line: 1, reason: 'Expected the header buyer,order_id,marketplace,reason,added_at; found name_x,foo.' },
    ]);
    expect(blacklistFromCsv('\uFEFF\n', { now: NOW }).errors).toEqual([{ line: 0, reason: 'The file is empty.' }]);
  });

  it('reports an unclosed quote', () => {
    const r = blacklistFromCsv('buyer,order_id\nAnna,\n"Bob,111-0000001-0000001\n', { now: NOW });
    expect(r.entries.map((e) => e.buyerName)).toEqual(['Anna']);
    expect(r.errors).toEqual([{ line: 3, reason: 'A quoted cell is not closed (a " is missing).' }]);
  });
});
