/**
 * A saved page sample round-trips into an adapter test: tests/fixtures/pages/inbox-legacy.html is the
 * sample the extension saved of the replica's inbox in Chromium (tests/e2e/page-sample.e2e.ts with
 * SI_UPDATE_PAGE_FIXTURES=1; inbox-legacy.json says how many rows the live page had), and
 * inbox-legacy-shadow-rows.html the same with each row in its own shadow root. Loaded into
 * happy-dom (shadow roots attached from their templates), the inbox adapter reads every row: ids masked
 * but stable and distinct, the rows' times kept, names and subjects placeholders.
 */
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { readFileSync } from 'node:fs';
import { findInboxMounts, readInboxPage } from '../../lib/seller-central/inbox-page';
import { inboxPageCheck } from '../../components/features/inbox-shared/inbox-source';
import { loadPageSample } from './helpers/load-page-sample';

interface Facts { url: string; variant: string; rows: number }
const load = (name: string) => {
  const facts = JSON.parse(readFileSync(new URL(`../fixtures/pages/${name}.json`, import.meta.url), 'utf8')) as Facts;
  const doc = loadPageSample(`${name}.html`, { url: `https://sellercentral.amazon.com${facts.url}` });
  return { facts, doc, read: readInboxPage(doc) };
};

/** only placeholder characters: x, X, 0, CJK placeholders, spaces and punctuation */
const PLACEHOLDER = /^[xX0字カ한\s\p{P}\p{S}]*$/u;

// the replica's inbox as it is, and with every row in its own open shadow root (`shadow-rows`)
describe.each(['inbox-legacy', 'inbox-legacy-shadow-rows'])('the saved sample %s', (name) => {
  const { facts, doc, read } = load(name);

  it('is recognised by the inbox adapter, with as many rows as the live page had', () => {
    expect(facts.rows).toBeGreaterThan(0);
    expect(read).toMatchObject({ recognised: true, missing: [], loading: false });
    expect(read.rows).toHaveLength(facts.rows);
    expect(findInboxMounts(doc)).not.toBeNull();
    expect(inboxPageCheck(read, findInboxMounts(doc))).toEqual({
      layout: 'legacy', items: facts.rows, parts: { list: true, toolbar: true, rows: true, rowIds: true, times: true },
    });
  });

  it('keeps the rows apart by masked, stable ids and keeps their times', () => {
    expect(read.rows).toHaveLength(facts.rows);
    const ids = read.rows.map((r) => r.threadId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^00000000-0000-4000-8000-\d{12}$/);
    for (const row of read.rows) {
      for (const orderId of row.orderIds) expect(orderId).toMatch(/^000-0000000-\d{7}$/);
      expect(row.lastMessageAt ?? row.oldestUnansweredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(row.status).toBe('response-needed');
    }
    // every row links to its own case (the older case link) with the same masked id
    for (const row of read.rows) {
      expect(row.rowElement.querySelector('[href*="fi=caseId"]')?.getAttribute('href')).toBe(`/messaging/inbox?fi=caseId&ss=${row.threadId}&cc=${row.threadId}`);
    }
  });

  it('holds placeholders, not people: names, subjects and previews', () => {
    expect(read.rows).toHaveLength(facts.rows);
    const withoutIds = (text = ''): string => text.replace(/000-0000000-\d{7}|00000000-0000-4000-8000-\d{12}|mail\d+@example\.invalid/g, '');
    for (const row of read.rows) {
      expect(withoutIds(row.buyerName)).toMatch(PLACEHOLDER);
      expect(withoutIds(row.subject)).toMatch(PLACEHOLDER);
      expect(withoutIds(row.preview)).toMatch(PLACEHOLDER);
    }
  });
});

describe('the shadow-rows sample', () => {
  it('has its rows only inside the shadow roots the loader attached', () => {
    const { doc, facts } = load('inbox-legacy-shadow-rows');
    expect(doc.querySelectorAll('kat-table-row[data-thread-id]')).toHaveLength(0);
    const hosts = [...doc.querySelectorAll('*')].filter((e) => e.shadowRoot?.querySelector('kat-table-row[data-thread-id]'));
    expect(hosts).toHaveLength(facts.rows);
  });
});
