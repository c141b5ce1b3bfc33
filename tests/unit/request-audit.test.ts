/**
 * The request audit every e2e session runs at close (tests/replica/request-audit.ts): a request of the extension
 * that fits no entry of lib/seller-central/requests.ts is named, with the test; the seen entries are recorded.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditRequests, recordSeen, type AuditedRequest } from '../replica/request-audit';

const SC = 'https://sellercentral.amazon.com';
const fetchOf = (method: string, url: string, test?: string): AuditedRequest => ({ kind: 'fetch', method, url: `${SC}${url}`, initiator: 'extension-worker', ...(test ? { test } : {}) });
const tabOf = (url: string): AuditedRequest => ({ kind: 'tab', method: 'GET', url: `${SC}${url}`, initiator: 'navigation' });

describe('request audit', () => {
  it('passes listed requests (ids in paths fit the pattern) and tells the entries they fit', () => {
    const audit = auditRequests([
      fetchOf('GET', '/messaging/api/solicitations/111-2222222-3333333/productReviewAndSellerFeedback?marketplaceId=X&isReturn=false'),
      fetchOf('POST', '/messaging/api/solicitations/111-2222222-4444444/productReviewAndSellerFeedback?marketplaceId=X&isReturn=false'),
      fetchOf('GET', '/orders-api/order/111-2222222-3333333'),
      tabOf('/messaging/inbox-v3?fi=all&ss=111-2222222-3333333&cc=CASE1'),
      tabOf('/messaging/inbox-v3?fi=all&ss=111-2222222-3333333'),
      tabOf('/messaging/contact?orderID=111-2222222-3333333&marketplaceID=X'),
    ]);
    expect(audit.unlisted).toEqual([]);
    expect(audit.seen.map((s) => `${s.method} ${s.id}`)).toEqual([
      'GET solicitationCheck', 'POST solicitationSend', 'GET order', 'TAB replyCaseTab', 'TAB replySearchTab', 'TAB contactPageTab',
    ]);
  });

  it('names a request outside the list with its initiator and test: a new path, a listed path by another method, a fetch of a TAB page', () => {
    const audit = auditRequests([
      fetchOf('GET', '/messaging/api/unlisted-probe?x=1', 'probe.e2e.ts › a test'),
      fetchOf('DELETE', '/orders-api/order/111-2222222-3333333'),
      fetchOf('GET', '/messaging/contact?orderID=1'),
      tabOf('/orders-api/order/111-2222222-3333333'),
    ]);
    expect(audit.unlisted).toEqual([
      'GET /messaging/api/unlisted-probe?x=1 (extension-worker; in probe.e2e.ts › a test)',
      'DELETE /orders-api/order/111-2222222-3333333 (extension-worker)',
      'GET /messaging/contact?orderID=1 (extension-worker)',
      'TAB /orders-api/order/111-2222222-3333333 (navigation)',
    ]);
    expect(audit.seen.find((s) => s.path === '/messaging/api/unlisted-probe')).toEqual({ method: 'GET', path: '/messaging/api/unlisted-probe', id: null });
  });

  it('merges what each session saw into one sorted file (SI_REQUEST_AUDIT)', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'si-audit-')), 'seen.json');
    recordSeen(file, auditRequests([fetchOf('GET', '/orders-api/order/1')]).seen);
    recordSeen(file, auditRequests([fetchOf('GET', '/orders-api/order/2'), fetchOf('GET', '/orders-api/refund-status?orderId=2')]).seen);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([
      { method: 'GET', path: '/orders-api/order/{orderId}', id: 'order' },
      { method: 'GET', path: '/orders-api/refund-status', id: 'refundStatus' },
    ]);
  });
});
