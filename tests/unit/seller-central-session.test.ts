import { readSession } from '../../lib/seller-central/session';
import { loadFixture, loadHtml } from './seller-central-load-fixture';

const boot = (extra: Record<string, unknown>): string => `<script type="application/json" id="sc-bootstrap">${JSON.stringify({
  signedIn: true, merchantId: 'A3KIRINOUTD2X', accountName: 'Kirin Outdoor', marketplaceId: 'A1PA6795UKMFR9',
  marketplaces: [{ id: 'ATVPDKIKX0DER', code: 'US', name: 'United States' }, { id: 'A1PA6795UKMFR9', code: 'DE', name: 'Germany' }],
  csrfToken: 'boot-token', ...extra,
})}</script>`;

describe('readSession', () => {
  it('reads the header of a rendered page', () => {
    expect(readSession(loadFixture('inbox.html'))).toEqual({
      signedIn: true, csrfToken: 'tok123', merchantId: 'A1LUMENHOME7Q', marketplaceId: 'ATVPDKIKX0DER',
      accountName: 'Lumen Home Goods', marketplaceIds: ['ATVPDKIKX0DER', 'A1PA6795UKMFR9'],
    });
  });
  it('falls back to the bootstrap JSON before the app has rendered', () => {
    const doc = loadHtml(`<html><head></head><body>${boot({})}<div id="sc-content-root"></div></body></html>`);
    expect(readSession(doc)).toEqual({
      signedIn: true, csrfToken: 'boot-token', merchantId: 'A3KIRINOUTD2X', marketplaceId: 'A1PA6795UKMFR9',
      accountName: 'Kirin Outdoor', marketplaceIds: ['ATVPDKIKX0DER', 'A1PA6795UKMFR9'],
    });
  });
  it('is signed out on sign-in and captcha pages, and when the page says so', () => {
    expect(readSession(loadFixture('inbox.html', 'https://sellercentral.amazon.com/ap/signin')).signedIn).toBe(false);
    expect(readSession(loadFixture('inbox.html', 'https://sellercentral.amazon.com/ap/cvf')).signedIn).toBe(false);
    expect(readSession(loadHtml(`<body>${boot({ signedIn: false, merchantId: null })}</body>`)).signedIn).toBe(false);
    expect(readSession(loadHtml('<body><header><div id="partner-switcher" data-signed-out="true"></div></header></body>')))
      .toEqual({ signedIn: false, marketplaceIds: [] });
  });
  it('survives broken bootstrap JSON and takes the marketplace from the URL', () => {
    const doc = loadHtml('<body><script type="application/json" id="sc-bootstrap">{oops</script></body>',
      'https://sellercentral.amazon.com/home?mons_sel_mkid=A2EUQ1WTGCTBG2');
    expect(readSession(doc)).toEqual({ signedIn: false, marketplaceId: 'A2EUQ1WTGCTBG2', marketplaceIds: [] });
  });
});
