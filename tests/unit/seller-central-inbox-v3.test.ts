/**
 * The inbox v3 case-list adapter in its three layers: the known layout (replica contract, tests/replica/INBOX-V3.md),
 * the structural fallback (renamed classes, extra wrappers, rows in open and closed shadow roots), and "not found".
 */
import { readCaseList, readResponseNeededCount } from '../../lib/seller-central/inbox-v3-page';
import { caseListAsInbox } from '../../lib/seller-central/case-list-rows';
import { loadHtml } from './seller-central-load-fixture';

const NOW = Date.parse('2026-12-06T15:30:00Z');
const ZONE = 'America/Los_Angeles';
const CASES = ['3f2a9c4e-1b7d-4e2a-9f3c-0a1b2c3d4e5f', '9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e', 'aa8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e'];
const ROWS = [
  { from: 'Jane Doe', subject: 'Where is my order?', preview: 'Hi, my parcel has not arrived', order: '112-1234567-1234567', date: '3 hours ago', status: 'Response needed' },
  { from: 'Amazon', subject: 'Delivery failure', preview: 'We could not deliver your message', order: '113-7654321-7654321', date: 'Sep 4, 2026', status: 'Resolved on Sep 4, 2026' },
  { from: 'Max Muster', subject: 'Question about size', preview: 'Does it fit a 30 cm pot?', order: '', date: 'Dec 5, 2026', status: 'Sent' },
];
type Names = { list: string; row: string; from: string; subject: string; preview: string; order: string; date: string; status: string };
const KNOWN: Names = { list: 'case-list', row: 'case-list-item', from: 'case-list-item-from', subject: 'case-list-item-subject', preview: 'case-list-item-preview', order: 'case-list-item-order', date: 'case-list-item-date', status: 'case-status-label' };
const RENAMED: Names = Object.fromEntries(Object.entries(KNOWN).map(([k, v]) => [k, v.replace(/^case/, 'msg3')])) as Names;

const rowHtml = (n: Names, links: boolean, wrap = (s: string) => s) => ROWS.map((r, i) => {
  const tag = links ? 'a' : 'div';
  const href = links ? ` href="/messaging/inbox-v3?fi=caseId&ss=${CASES[i]}&cc=${CASES[i]}"` : '';
  return wrap(`<${tag} class="${n.row}" role="listitem"${href}><div class="${n.from}">${r.from}</div><div class="${n.subject}">${r.subject}</div>`
    + `<div class="${n.preview}">${r.preview}</div>${r.order ? `<div class="${n.order}">Order ID: ${r.order}</div>` : ''}`
    + `<div class="${n.date}">${r.date}</div><kat-label class="${n.status}" text="${r.status}"></kat-label></${tag}>`);
}).join('');
const page = (n: Names, opts: { links?: boolean; wrap?: (s: string) => string } = {}) => `<div class="inbox-v3-app">
  <div class="inbox-v3-header"><h1>Buyer-Seller Messages</h1><span class="metrics-range">8月5日 - 2026年9月4日的全球通信指标</span></div>
  <nav class="inbox-v3-nav"><a class="nav-filter nav-filter-selected" href="/messaging/inbox-v3?fi=responseNeeded">Response needed <span>12</span></a>
    <div class="metrics-card"><div class="metrics-label">Response needed</div><div class="metrics-value">12</div></div></nav>
  <section><div class="case-list-header"><span>From</span><span>Subject</span><span>Most recent message</span></div>
  <div class="${n.list}" role="list">${rowHtml(n, opts.links ?? false, opts.wrap)}</div></section></div>`;

describe('readCaseList', () => {
  it('reads the known layout: buyer, subject, preview, order id, time with its precision, status, notices', () => {
    const read = readCaseList(loadHtml(page(KNOWN)), NOW, ZONE);
    expect(read).toMatchObject({ layout: 'v3', recognised: true, missing: [], unreadable: 0, responseNeededCount: 12 });
    expect(read.rows).toHaveLength(3);
    const [a, b, c] = read.rows;
    expect(a).toMatchObject({ key: 'order:112-1234567-1234567', buyerName: 'Jane Doe', subject: 'Where is my order?', orderIds: ['112-1234567-1234567'],
      status: 'response-needed', isSystem: false, lastMessage: { at: NOW - 3 * 3_600_000, precision: 'hour' } });
    expect(b).toMatchObject({ isSystem: true, status: 'no-response-needed', lastMessage: { precision: 'day' } });
    expect(c).toMatchObject({ status: 'answered', orderIds: [] });
    expect(c!.key).toBeUndefined();
  });
  it('keys rows by the case id when a row links to its case', () => {
    const read = readCaseList(loadHtml(page(KNOWN, { links: true })), NOW, ZONE);
    expect(read.rows.map((r) => r.key)).toEqual(CASES);
  });
  it('falls back to the structure when every class is renamed, and never takes the metrics range or the header for a row', () => {
    const read = readCaseList(loadHtml(page(RENAMED)), NOW, ZONE);
    expect(read.layout).toBe('fallback');
    expect(read.recognised).toBe(true);
    expect(read.rows.map((r) => r.buyerName)).toEqual(['Jane Doe', 'Amazon', 'Max Muster']);
    expect(read.rows[0]).toMatchObject({ subject: 'Where is my order?', orderIds: ['112-1234567-1234567'], status: 'response-needed' });
    expect(read.rows[1]!.isSystem).toBe(true);
    expect(read.rows[2]!.orderIds).toEqual([]);
  });
  it('falls back through extra wrappers and rows inside open shadow roots', () => {
    const doc = loadHtml(page(RENAMED, { wrap: (s) => `<div class="frame-x"><div class="frame-y">${s}</div></div>` }));
    expect(readCaseList(doc, NOW, ZONE).rows).toHaveLength(3);
    const shadowed = loadHtml(page(RENAMED, { wrap: (s) => `<bsm-row-host><template shadowrootmode="open">${s}</template></bsm-row-host>` }));
    const read = readCaseList(shadowed, NOW, ZONE);
    expect(read.layout).toBe('fallback');
    expect(read.rows.map((r) => r.orderIds[0] ?? '')).toEqual(['112-1234567-1234567', '113-7654321-7654321', '']);
  });
  it('reads a list behind a closed shadow root only with an opener (the extension’s chrome.dom)', () => {
    const doc = loadHtml('<div class="inbox-v3-app"><bsm-case-list></bsm-case-list></div>');
    const host = doc.querySelector('bsm-case-list')!;
    const closed = host.attachShadow({ mode: 'closed' });
    // the same markup as the other cases, parsed in a document of its own and moved in
    closed.append(...loadHtml(page(RENAMED)).body.childNodes);
    expect(readCaseList(doc, NOW, ZONE)).toMatchObject({ layout: 'none', recognised: false, missing: ['caseList'] });
    const opened = readCaseList(doc, NOW, ZONE, (el) => (el === host ? closed : el.shadowRoot));
    expect(opened.rows.map((r) => r.buyerName)).toEqual(['Jane Doe', 'Amazon', 'Max Muster']);
  });
  it('says what is missing instead of guessing: no list, an order table without times, rows without times', () => {
    expect(readCaseList(loadHtml('<div class="inbox-v3-app"><h1>Buyer-Seller Messages</h1></div>'), NOW, ZONE))
      .toMatchObject({ recognised: false, missing: ['caseList'], rows: [] });
    const orders = '<table><tr><td>112-1234567-1234567</td><td>Shipped</td></tr><tr><td>113-1234567-1234567</td><td>Pending</td></tr></table>';
    expect(readCaseList(loadHtml(orders), NOW, ZONE).layout).toBe('none');
    const noTimes = page(KNOWN).replace(/3 hours ago|Sep 4, 2026(?=<)|Dec 5, 2026/g, '—');
    expect(readCaseList(loadHtml(noTimes), NOW, ZONE)).toMatchObject({ layout: 'v3', recognised: false, missing: ['time'], unreadable: 3 });
  });
  it('reads Amazon’s own pending count from the metrics card', () => {
    expect(readResponseNeededCount(loadHtml('<div class="metrics-card"><div class="metrics-value">1,204</div></div>'))).toBe(1204);
    expect(readResponseNeededCount(loadHtml('<div></div>'))).toBeUndefined();
  });
});

describe('caseListAsInbox', () => {
  it('gives the inbox features rows keyed by case or order, a deadline clock that never runs late, and mounts above the list', () => {
    const read = readCaseList(loadHtml(page(KNOWN)), NOW, ZONE);
    const { read: inbox, mounts } = caseListAsInbox(read, 'response-needed');
    // the row with neither a case link nor an order id is badged under a key of this read, never stored
    expect(inbox.rows.map((r) => r.threadId)).toEqual(['order:112-1234567-1234567', 'order:113-7654321-7654321', 'row:2']);
    expect(inbox.rows.map((r) => r.transient ?? false)).toEqual([false, false, true]);
    expect(inbox.problems).toEqual({ missingId: 0, missingTime: 0 });
    const [open, notice] = inbox.rows;
    // the list shows the newest message: it stands in for the oldest unanswered one (less urgent, never more)
    expect(open).toMatchObject({ status: 'response-needed', oldestUnansweredAt: new Date(NOW - 3 * 3_600_000).toISOString() });
    expect(notice).toMatchObject({ isSystem: true, status: 'no-response-needed' });
    expect(notice).not.toHaveProperty('oldestUnansweredAt');
    expect(mounts?.list.className).toBe('case-list');
    expect(mounts?.pager).toBe(mounts?.list);
    // an unlabelled row of a day-precise date in the Response needed view: counted from the start of that day
    const day = caseListAsInbox({ ...read, rows: [{ ...read.rows[0]!, status: undefined, lastMessage: { at: Date.parse('2026-12-05T07:59:00Z'), precision: 'day' } }] }, 'response-needed');
    expect(day.read.rows[0]!.oldestUnansweredAt).toBe('2026-12-04T08:00:00.000Z');
    // two cases about one order: neither takes the order's key (they would be stored as one)
    const twice = caseListAsInbox({ ...read, rows: [read.rows[0]!, { ...read.rows[0]!, buyerName: 'Amazon', isSystem: true }, read.rows[1]!] }, 'response-needed');
    expect(twice.read.rows.map((r) => r.threadId)).toEqual(['row:0', 'row:1', 'order:113-7654321-7654321']);
    expect(twice.read.rows.map((r) => r.transient ?? false)).toEqual([true, true, false]);
  });
});
