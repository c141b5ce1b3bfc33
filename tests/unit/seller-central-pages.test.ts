import { detectPage, filterForStatus, isCaseId, isSignedOutPage, openConversationId, pageUrls, viewKeys } from '../../lib/seller-central/pages';

const SC = 'https://sellercentral.amazon.com';

describe('detectPage', () => {
  it('reads the inbox filter, page, page size and search', () => {
    expect(detectPage(`${SC}/messaging/inbox?fi=NO_RESPONSE_NEEDED&pn=3&ps=50&q=113-1234567-1234567`)).toMatchObject({
      kind: 'inbox', filter: 'NO_RESPONSE_NEEDED', pageNumber: 3, pageSize: 50, query: '113-1234567-1234567', sellerCentral: true,
    });
  });
  it('defaults the inbox to Response needed, page 1, and ignores junk', () => {
    const page = detectPage(`${SC}/messaging/inbox?fi=bogus&pn=-2`);
    expect(page).toMatchObject({ kind: 'inbox', filter: 'RESPONSE_NEEDED', pageNumber: 1 });
    expect(page).not.toHaveProperty('pageSize');
  });
  it('detects thread, contact (new and old paths), order, reviews and feedback', () => {
    // one case in the legacy layout: the older case link, its case id lowercase
    const CASE = '3f2a9c4e-1b7d-4e2a-9f3c-0a1b2c3d4e5f';
    expect(detectPage(`${SC}/messaging/inbox?fi=caseId&ss=${CASE.toUpperCase()}&cc=${CASE.toUpperCase()}`)).toMatchObject({ kind: 'thread', threadId: CASE });
    expect(detectPage(`${SC}/messaging/inbox?fi=caseId&ss=${CASE}`)).toMatchObject({ kind: 'thread', threadId: CASE });
    // the replica's old thread page is no page of Seller Central
    expect(detectPage(`${SC}/messaging/thread?threadId=${CASE}`).kind).toBe('other');
    expect(detectPage(`${SC}/messaging/contact?orderID=111-1&marketplaceID=ATVPDKIKX0DER`))
      .toMatchObject({ kind: 'contact', orderId: '111-1', marketplaceId: 'ATVPDKIKX0DER' });
    expect(detectPage(`${SC}/gp/orders-v2/contact?orderID=111-2`)).toMatchObject({ kind: 'contact', orderId: '111-2' });
    expect(detectPage(`${SC}/orders-v3/order/113-1234567-1234567`)).toMatchObject({ kind: 'order', orderId: '113-1234567-1234567' });
    expect(detectPage(`${SC}/messaging/reviews?orderId=111-3&marketplaceId=A1PA6795UKMFR9`))
      .toMatchObject({ kind: 'reviews', orderId: '111-3', marketplaceId: 'A1PA6795UKMFR9' });
    expect(detectPage(`https://sellercentral-europe.amazon.com/feedback-manager/index.html`)).toMatchObject({ kind: 'feedback', sellerCentral: true });
  });
  it('detects sign-in and verification pages as signed out', () => {
    expect(detectPage(`${SC}/ap/signin?openid.return_to=x`).kind).toBe('signin');
    expect(detectPage(`${SC}/ap/cvf`).kind).toBe('captcha');
    expect(detectPage(`${SC}/ap/mfa`).kind).toBe('captcha');
    expect(isSignedOutPage(detectPage(`${SC}/ap/cvf`))).toBe(true);
    expect(isSignedOutPage(detectPage(`${SC}/home`))).toBe(false);
  });
  it('falls back to other: missing ids, unknown paths, bad URLs, other hosts', () => {
    expect(detectPage(`${SC}/messaging/contact`).kind).toBe('other');
    expect(detectPage(`${SC}/home`).kind).toBe('other');
    expect(detectPage('not a url').kind).toBe('other');
    expect(detectPage('https://example.com/messaging/inbox')).toMatchObject({ kind: 'inbox', sellerCentral: false });
  });
  it('reports the marketplace chosen with mons_sel_mkid', () => {
    expect(detectPage(`${SC}/messaging/inbox?mons_sel_mkid=A2EUQ1WTGCTBG2`).selectedMarketplaceId).toBe('A2EUQ1WTGCTBG2');
  });
});

describe('pageUrls', () => {
  it('builds URLs that detectPage reads back', () => {
    expect(detectPage(SC + pageUrls.inbox({ filter: 'ALL', pageNumber: 2, query: '111-1' })))
      .toMatchObject({ kind: 'inbox', filter: 'ALL', pageNumber: 2, query: '111-1' });
    const CASE = '3f2a9c4e-1b7d-4e2a-9f3c-0a1b2c3d4e5f';
    expect(pageUrls.legacyCase(CASE)).toBe(`/messaging/inbox?fi=caseId&ss=${CASE}&cc=${CASE}`);
    expect(detectPage(SC + pageUrls.legacyCase(CASE))).toMatchObject({ kind: 'thread', threadId: CASE });
    expect(detectPage(SC + pageUrls.popupCase(CASE, 'A1PA6795UKMFR9'))).toMatchObject({ layout: 'v3', caseId: CASE, selectedMarketplaceId: 'A1PA6795UKMFR9' });
    expect(detectPage(SC + pageUrls.contact('111-1', 'ATVPDKIKX0DER'))).toMatchObject({ kind: 'contact', orderId: '111-1' });
    expect(detectPage(SC + pageUrls.reviews('111-1', 'ATVPDKIKX0DER'))).toMatchObject({ kind: 'reviews', orderId: '111-1' });
    expect(detectPage(SC + pageUrls.order('111-1'))).toMatchObject({ kind: 'order', orderId: '111-1' });
    expect(detectPage(SC + pageUrls.feedback()).kind).toBe('feedback');
  });
  it('maps a thread status to its inbox filter', () => {
    expect(filterForStatus('response-needed')).toBe('RESPONSE_NEEDED');
    expect(filterForStatus('no-response-needed')).toBe('NO_RESPONSE_NEEDED');
    expect(filterForStatus('answered')).toBe('ALL');
  });
});

describe('detectPage: the messaging inbox v3 (two panes, cases by UUID)', () => {
  const CASE = '3f2a9c4e-1b7d-4e2a-9f3c-0a1b2c3d4e5f';
  it('knows /messaging/inbox-v3 with its camelCase filters, in any case, defaulting to Response needed', () => {
    expect(detectPage(`${SC}/messaging/inbox-v3?fi=responseNeeded`)).toMatchObject({ kind: 'inbox', layout: 'v3', view: 'responseNeeded', filter: 'RESPONSE_NEEDED' });
    expect(detectPage(`${SC}/messaging/inbox-v3`)).toMatchObject({ kind: 'inbox', layout: 'v3', view: 'responseNeeded' });
    expect(detectPage(`${SC}/messaging/inbox-v3/?fi=ALL`)).toMatchObject({ layout: 'v3', view: 'all', filter: 'ALL' });
    expect(detectPage(`${SC}/messaging/inbox-v3?fi=resolved`)).toMatchObject({ layout: 'v3', view: 'resolved', filter: 'NO_RESPONSE_NEEDED' });
    expect(detectPage(`${SC}/messaging/inbox-v3?fi=sent`)).toMatchObject({ layout: 'v3', view: 'sent' });
    expect(detectPage(`${SC}/messaging/inbox-v3?fi=RESPONSE_NEEDED`)).toMatchObject({ layout: 'v3', view: 'responseNeeded' });
  });
  it('knows the open case from cc or a caseId view, and a search by order id', () => {
    const open = detectPage(`${SC}/messaging/inbox-v3?fi=caseId&ss=${CASE}&cc=${CASE}&ref=bsm_email_report&lc=en_US`);
    expect(open).toMatchObject({ kind: 'inbox', layout: 'v3', view: 'caseId', caseId: CASE });
    expect(detectPage(`${SC}/messaging/inbox-v3?fi=caseId&ss=${CASE.toUpperCase()}`)).toMatchObject({ caseId: CASE });
    expect(detectPage(`${SC}/messaging/inbox-v3?fi=search&ss=112-1234567-1234567`)).toMatchObject({ view: 'search', query: '112-1234567-1234567' });
    expect(detectPage(`${SC}/messaging/inbox-v3?fi=search&ss=112-1234567-1234567&cc=${CASE}`)).toMatchObject({ view: 'search', caseId: CASE });
    // only a case's shape counts as a case id
    expect(detectPage(`${SC}/messaging/inbox-v3?fi=caseId&ss=not-a-case`)).not.toHaveProperty('caseId');
    // the older case link is the legacy layout's case view; an older search link reaches the v3 app
    expect(detectPage(`${SC}/messaging/inbox?fi=caseId&ss=${CASE}&cc=${CASE}`)).toMatchObject({ kind: 'thread', threadId: CASE });
    expect(detectPage(`${SC}/messaging/inbox?fi=search&ss=112-1234567-1234567`)).toMatchObject({ layout: 'v3', view: 'search' });
    expect(detectPage(`${SC}/messaging/inbox?fi=RESPONSE_NEEDED&pn=2`)).toMatchObject({ layout: 'legacy', pageNumber: 2 });
    expect(isCaseId(CASE)).toBe(true);
    expect(isCaseId('T-1')).toBe(false);
  });
  it('view keys: the v3 list is one view whatever its query; each case is a view of its own', () => {
    const keys = (path: string) => viewKeys(detectPage(`${SC}${path}`));
    const list = keys('/messaging/inbox-v3?fi=responseNeeded');
    expect(keys('/messaging/inbox-v3?fi=responseNeeded&ref=sc_bsm')).toEqual(list);
    expect(list.thread).toBeUndefined();
    const other = '9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e';
    const a = keys(`/messaging/inbox-v3?fi=caseId&ss=${CASE}&cc=${CASE}`);
    const b = keys(`/messaging/inbox-v3?fi=caseId&ss=${other}&cc=${other}`);
    expect(a.inbox).toBe(b.inbox);
    expect(a.thread).toBeDefined();
    expect(a.thread).not.toBe(b.thread);
    // filters, search and paging change the v3 list in place: the list's features follow its content
    expect(keys('/messaging/inbox-v3?fi=all').inbox).toBe(list.inbox);
    expect(keys('/messaging/inbox-v3?fi=all', ).inbox).not.toBe(viewKeys(detectPage('https://sellercentral.amazon.de/messaging/inbox-v3?fi=all')).inbox);
    expect(keys('/messaging/inbox?fi=ALL&pn=2').inbox).not.toBe(keys('/messaging/inbox?fi=ALL&pn=1').inbox);
    expect(keys(`/messaging/inbox?fi=caseId&ss=${CASE}&cc=${CASE}`)).toEqual({ thread: expect.stringContaining(CASE) });
    expect(openConversationId(detectPage(`${SC}/messaging/inbox-v3?cc=${CASE}`))).toBe(CASE);
    expect(openConversationId(detectPage(`${SC}/messaging/inbox?fi=caseId&ss=${CASE}&cc=${CASE}`))).toBe(CASE);
  });
  it('links to a case and to a view of the v3 app', () => {
    expect(pageUrls.inboxV3Case(CASE)).toBe(`/messaging/inbox-v3?fi=caseId&ss=${CASE}&cc=${CASE}`);
    expect(pageUrls.inboxV3('all')).toBe('/messaging/inbox-v3?fi=all');
    expect(detectPage(`${SC}${pageUrls.inboxV3Case(CASE)}`)).toMatchObject({ layout: 'v3', caseId: CASE });
  });
});
