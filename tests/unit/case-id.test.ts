/**
 * One id per case (lib/case-id.ts), wherever the page gives it: the v3 app's `cc`/`ss`, the legacy table's rows and
 * links, the legacy case view, the buyer's relay address; and the threads store keeps one record per case.
 */
import { caseIdOf, caseIdOfRelay, normalizeThreadId } from '../../lib/case-id';
import { createRepositories, openDatabase } from '../../lib/db';
import { createHandlers } from '../../lib/protocol/handlers';
import type { Handlers } from '../../lib/protocol/router';
import { caseIdOfLink, readInboxRow } from '../../lib/seller-central/inbox-page';
import { detectPage } from '../../lib/seller-central/pages';
import { readThreadPage } from '../../lib/seller-central/thread-page';
import { loadHtml } from './seller-central-load-fixture';

const CASE = '3f2a9c4e-1b7d-4e2a-9f3c-0a1b2c3d4e5f';
const UPPER = CASE.toUpperCase();
const SC = 'https://sellercentral.amazon.com';

describe('case ids', () => {
  it('are the lowercase hyphenated UUID, whatever case or wrapping the page writes', () => {
    for (const v of [CASE, UPPER, ` ${UPPER} `, `{${CASE}}`, CASE.replace(/-/g, ''), `urn:uuid:${UPPER}`]) expect(caseIdOf(v), v).toBe(CASE);
    expect(caseIdOf('T-1001')).toBeUndefined();
    expect(caseIdOf(`order:${CASE}`)).toBeUndefined();
    expect(normalizeThreadId(' T-1001 ')).toBe('T-1001');
    expect(normalizeThreadId('order:111-1111111-1111111')).toBe('order:111-1111111-1111111');
    expect(caseIdOfRelay(`jane+${UPPER}@marketplace.amazon.de`)).toBe(CASE);
    expect(caseIdOfRelay('jane@example.com')).toBeUndefined();
  });

  it('the pages give the same id on both layouts', () => {
    expect(detectPage(`${SC}/messaging/inbox-v3?fi=caseId&ss=${UPPER}&cc=${UPPER}`)).toMatchObject({ caseId: CASE });
    expect(detectPage(`${SC}/messaging/inbox?fi=caseId&ss=${UPPER}&cc=${UPPER}`)).toMatchObject({ kind: 'thread', threadId: CASE });
    expect(caseIdOfLink(`/messaging/inbox?fi=caseId&ss=${UPPER}&cc=${UPPER}`)).toBe(CASE);
    expect(caseIdOfLink(`/messaging/inbox?fi=caseId&ss=${UPPER}`)).toBe(CASE);
    expect(caseIdOfLink('/messaging/inbox?fi=ALL')).toBeUndefined();

    const doc = loadHtml(`<kat-table><kat-table-body>
      <kat-table-row data-thread-id="${UPPER}"><time class="bsm-last-message" datetime="2026-11-02T08:00:00Z"></time></kat-table-row>
      <kat-table-row><kat-link href="/messaging/inbox?fi=caseId&amp;ss=${UPPER}&amp;cc=${UPPER}">Hi</kat-link>
        <time class="bsm-last-message" datetime="2026-11-02T08:00:00Z"></time></kat-table-row>
    </kat-table-body></kat-table>
    <div id="bsm-thread" data-thread-id="${UPPER}"><div class="bsm-conversation"></div></div>`, `${SC}/messaging/inbox?fi=caseId&ss=${CASE}&cc=${CASE}`);
    const rows = [...doc.querySelectorAll('kat-table-row')].map((r) => readInboxRow(r));
    expect(rows.map((r) => ('row' in r ? r.row.threadId : r.skipped))).toEqual([CASE, CASE]);
    expect(readThreadPage(doc).threadId).toBe(CASE);
  });

  it('a case seen with its id in two spellings is one stored record', async () => {
    const handlers = createHandlers({ repos: createRepositories(await openDatabase(`test-${crypto.randomUUID()}`)), now: () => new Date('2026-11-03T00:00:00Z'), version: 't' });
    const ctx = {} as Parameters<Handlers['threads/upsert']>[1];
    const up = (threadId: string, orderId: string) => handlers['threads/upsert']({
      type: 'threads/upsert', accountId: 'A1', marketplaceId: 'ATVPDKIKX0DER',
      threads: [{ threadId, buyerName: 'Jane', orderIds: [orderId], isSystem: false, status: 'response-needed', oldestUnansweredAt: '2026-11-02T08:00:00.000Z' }],
    }, ctx);
    await up(UPPER, '111-1111111-1111111');
    await up(CASE, '112-2222222-2222222');
    const stored = (await handlers['threads/list']({ type: 'threads/list', accountId: 'A1' }, ctx)).threads;
    expect(stored.map((t) => [t.key, t.threadId, t.orderIds])).toEqual([[`A1|ATVPDKIKX0DER|${CASE}`, CASE, ['111-1111111-1111111', '112-2222222-2222222']]]);
  });
});
