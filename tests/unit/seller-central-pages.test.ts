import { detectPage, filterForStatus, isSignedOutPage, pageUrls } from '../../lib/seller-central/pages';

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
    expect(detectPage(`${SC}/messaging/thread?threadId=T-1`)).toMatchObject({ kind: 'thread', threadId: 'T-1' });
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
    expect(detectPage(`${SC}/messaging/thread`).kind).toBe('other');
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
    expect(detectPage(SC + pageUrls.thread('a b&c'))).toMatchObject({ kind: 'thread', threadId: 'a b&c' });
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
