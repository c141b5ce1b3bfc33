import { badgeCellOf, findInboxMounts, readInboxPage, threadRowElements } from '../../lib/seller-central/inbox-page';
import { loadFixture, loadHtml } from './seller-central-load-fixture';

describe('readInboxPage on the rendered inbox', () => {
  const doc = loadFixture('inbox.html');
  const read = readInboxPage(doc);

  it('recognises the page and reads every good row, in page order', () => {
    expect(read.recognised).toBe(true);
    expect(read.missing).toEqual([]);
    expect(read.loading).toBe(false);
    expect(read.rows.map((r) => r.threadId)).toEqual(['T-1001', 'T-1002', 'T-1003']);
    expect(read).toMatchObject({ pageNumber: 1, total: 3 });
  });

  it('reads a thread awaiting a response', () => {
    const { rowElement, ...row } = read.rows[0]!;
    expect(row).toEqual({
      threadId: 'T-1001', buyerName: 'Jane Doe', orderIds: ['113-1234567-1234567'],
      oldestUnansweredAt: '2026-11-23T09:05:00.000Z', lastMessageAt: '2026-11-23T15:10:00.000Z',
      status: 'response-needed', subject: 'Where is my order?',
      preview: 'Hi, my parcel has not arrived yet. Could you check?', isSystem: false, marketplaceId: 'ATVPDKIKX0DER',
    });
    expect(rowElement.getAttribute('data-thread-id')).toBe('T-1001');
  });

  it('reads a system notification and an answered thread with two orders; names stay text', () => {
    expect(read.rows[1]).toMatchObject({ isSystem: true, status: 'no-response-needed', lastMessageAt: '2026-11-22T11:00:00.000Z' });
    expect(read.rows[1]).not.toHaveProperty('oldestUnansweredAt');
    expect(read.rows[2]).toMatchObject({
      status: 'answered', buyerName: 'Max <b>Muster</b>', orderIds: ['111-0000000-0000001', '111-0000000-0000002'],
    });
  });

  it('skips and counts rows without a thread id or any time', () => {
    expect(read.problems).toEqual({ missingId: 1, missingTime: 1 });
  });

  it('says where to mount: list, toolbar, pager and the badge cell of a row', () => {
    const mounts = findInboxMounts(doc);
    expect(mounts?.list.id).toBe('bsm-thread-list');
    expect(mounts?.toolbar.classList.contains('bsm-toolbar')).toBe(true);
    expect(mounts?.pager?.classList.contains('bsm-pager')).toBe(true);
    expect(badgeCellOf(read.rows[0]!.rowElement).classList.contains('bsm-cell-status')).toBe(true);
    expect(threadRowElements(mounts!.list)).toHaveLength(5);
  });
});

describe('readInboxPage when the page is not the one we know', () => {
  it('does not recognise the drifted markup and names what is missing', () => {
    const read = readInboxPage(loadFixture('inbox-drifted.html'));
    expect(read).toMatchObject({ recognised: false, missing: ['threadList', 'toolbar'], rows: [] });
    expect(findInboxMounts(loadFixture('inbox-drifted.html'))).toBeNull();
  });

  it('does not recognise a list whose rows all lost their ids', () => {
    const doc = loadFixture('inbox.html');
    for (const row of doc.querySelectorAll('[data-thread-id]')) row.removeAttribute('data-thread-id');
    expect(readInboxPage(doc)).toMatchObject({ recognised: false, missing: ['threadId'], problems: { missingId: 5, missingTime: 0 } });
  });

  it('does not recognise a list whose rows all lost their times', () => {
    const doc = loadFixture('inbox.html');
    for (const time of doc.querySelectorAll('time')) time.remove();
    expect(readInboxPage(doc)).toMatchObject({ recognised: false, missing: ['time'] });
  });

  it('recognises an empty list and a loading one', () => {
    const empty = loadHtml(`<div class="bsm-toolbar"></div><kat-table id="bsm-thread-list" aria-busy="true">
      <kat-table-head><kat-table-row><kat-table-cell>Buyer</kat-table-cell></kat-table-row></kat-table-head><kat-table-body></kat-table-body></kat-table>`);
    expect(readInboxPage(empty)).toMatchObject({ recognised: true, loading: true, rows: [], problems: { missingId: 0, missingTime: 0 } });
  });
});

describe('readInboxPage inside open shadow roots', () => {
  it('finds the list when the whole inbox lives in a micro-frontend shadow root', () => {
    const doc = loadFixture('inbox.html');
    const inbox = doc.getElementById('bsm-inbox')!;
    const host = doc.createElement('mons-inbox-app');
    inbox.replaceWith(host);
    host.attachShadow({ mode: 'open' }).append(inbox);
    expect(doc.querySelector('kat-table-row[data-thread-id]')).toBeNull();
    const read = readInboxPage(doc);
    expect(read.recognised).toBe(true);
    expect(read.rows.map((r) => r.threadId)).toEqual(['T-1001', 'T-1002', 'T-1003']);
  });
});

describe('readInboxPage with every row inside its own shadow root', () => {
  /** each row moved into an open shadow root of its own host element, like a micro-frontend per row */
  const shadowRows = (mode: 'open' | 'closed'): Document => {
    const doc = loadFixture('inbox.html');
    for (const row of [...doc.querySelectorAll('kat-table-body kat-table-row')]) {
      const host = doc.createElement('bsm-row-host');
      row.replaceWith(host);
      host.attachShadow({ mode }).append(row);
    }
    return doc;
  };

  it('reads the rows across their open shadow roots', () => {
    const doc = shadowRows('open');
    const read = readInboxPage(doc);
    expect(read.recognised).toBe(true);
    expect(read.rows.map((r) => r.threadId)).toEqual(['T-1001', 'T-1002', 'T-1003']);
    expect(read.problems).toEqual({ missingId: 1, missingTime: 1 });
    expect(threadRowElements(findInboxMounts(doc)!.list)).toHaveLength(5);
    expect(badgeCellOf(read.rows[0]!.rowElement).classList.contains('bsm-cell-status')).toBe(true);
  });

  it('says "rows" are missing when the list shows rows that cannot be read (closed shadow roots)', () => {
    const read = readInboxPage(shadowRows('closed'));
    expect(read).toMatchObject({ recognised: false, missing: ['rows'], rows: [] });
  });

  it('still recognises a list with no rows at all (an empty inbox)', () => {
    const doc = loadFixture('inbox.html');
    for (const row of [...doc.querySelectorAll('kat-table-body kat-table-row')]) row.remove();
    expect(readInboxPage(doc)).toMatchObject({ recognised: true, missing: [], rows: [] });
  });
});
