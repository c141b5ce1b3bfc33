import {
  classifySession, classifySolicitation, csrfFromHtml, parseRetryAfter, reviewPagePath, solicitationHeaders,
  solicitationPath, solicitationUrl, type HttpAnswer,
} from '../../lib/seller-central/solicitations';
import { classifyContact, contactHeaders, contactPagePath, REVIEW_REQUEST_REASON } from '../../lib/seller-central/contact-buyer';

const NOW = Date.parse('2026-11-02T12:00:00.000Z');
const ok = (body: unknown, status = 200, headers: Record<string, string> = {}): HttpAnswer => ({ status, headers, body, url: 'https://sellercentral.amazon.com/messaging/api/solicitations/x' });

describe('solicitation URLs', () => {
  it('builds the check/send URL with marketplace and isReturn=false, escaping the order id', () => {
    expect(solicitationPath('111-2222222-3333333', 'ATVPDKIKX0DER'))
      .toBe('/messaging/api/solicitations/111-2222222-3333333/productReviewAndSellerFeedback?marketplaceId=ATVPDKIKX0DER&isReturn=false');
    expect(solicitationUrl('sellercentral.amazon.de', 'a/b', 'A1PA6795UKMFR9'))
      .toBe('https://sellercentral.amazon.de/messaging/api/solicitations/a%2Fb/productReviewAndSellerFeedback?marketplaceId=A1PA6795UKMFR9&isReturn=false');
    expect(reviewPagePath('111-2222222-3333333', 'ATVPDKIKX0DER')).toBe('/messaging/reviews?orderId=111-2222222-3333333&marketplaceId=ATVPDKIKX0DER');
    expect(solicitationHeaders('tok')['anti-csrftoken-a2z']).toBe('tok');
  });
});

describe('classifySolicitation', () => {
  it('eligible on GET, sent on POST', () => {
    expect(classifySolicitation('GET', ok({ isSuccess: true, ineligibleReason: null })).kind).toBe('eligible');
    expect(classifySolicitation('POST', ok({ isSuccess: true, ineligibleReason: null })).kind).toBe('sent');
  });
  it('already sent, outside the window, not found, other reasons', () => {
    expect(classifySolicitation('GET', ok({ isSuccess: false, ineligibleReason: 'REVIEW_REQUEST_ALREADY_SENT' })).kind).toBe('already-sent');
    expect(classifySolicitation('POST', ok({ isSuccess: false, ineligibleReason: 'REVIEW_REQUEST_ALREADY_SENT' })).kind).toBe('already-sent');
    expect(classifySolicitation('GET', ok({ isSuccess: false, ineligibleReason: 'REVIEW_REQUEST_OUTSIDE_TIME_WINDOW' })).kind).toBe('outside-window');
    expect(classifySolicitation('GET', ok({ isSuccess: false, ineligibleReason: 'ORDER_NOT_FOUND' }, 404)).kind).toBe('not-found');
    expect(classifySolicitation('GET', ok({ error: 'NOT_FOUND' }, 404)).kind).toBe('not-found');
    expect(classifySolicitation('GET', ok({ isSuccess: false, ineligibleReason: 'SOMETHING_NEW' }))).toEqual({ kind: 'ineligible', detail: 'SOMETHING_NEW' });
  });
  it('rate limited with Retry-After, server errors', () => {
    expect(classifySolicitation('POST', ok({ error: 'TOO_MANY_REQUESTS' }, 429, { 'retry-after': '1' }), NOW))
      .toEqual({ kind: 'rate-limited', retryAfterMs: 1000, detail: 'HTTP 429' });
    expect(classifySolicitation('GET', ok({}, 503, { 'retry-after': 'Mon, 02 Nov 2026 12:00:30 GMT' }), NOW))
      .toEqual({ kind: 'server-error', status: 503, retryAfterMs: 30_000, detail: 'HTTP 503' });
    expect(classifySolicitation('GET', ok({ error: 'INTERNAL_SERVER_ERROR' }, 500)).kind).toBe('server-error');
  });
  it('signed out: 401, a redirect to /ap/signin, an opaque redirect', () => {
    expect(classifySolicitation('GET', ok({ error: 'UNAUTHENTICATED' }, 401)).kind).toBe('signed-out');
    expect(classifySolicitation('GET', { status: 302, headers: { location: '/ap/signin?openid.return_to=x' } }).kind).toBe('signed-out');
    expect(classifySolicitation('GET', { status: 200, headers: {}, url: 'https://sellercentral.amazon.com/ap/signin?x=1', body: '<html>' }).kind).toBe('signed-out');
    expect(classifySolicitation('POST', { status: 0, headers: {}, type: 'opaqueredirect' }).kind).toBe('signed-out');
  });
  it('captcha: 403 with the marker header or body, a redirect to /ap/cvf or /ap/mfa', () => {
    expect(classifySolicitation('GET', ok({ error: 'CAPTCHA_REQUIRED', captchaRequired: true }, 403, { 'x-amz-captcha': 'required' })).kind).toBe('captcha');
    expect(classifySolicitation('GET', ok({ captchaRequired: true }, 403)).kind).toBe('captcha');
    expect(classifySolicitation('GET', { status: 302, headers: { location: 'https://sellercentral.amazon.com/ap/cvf?x' } }).kind).toBe('captcha');
    expect(classifySolicitation('GET', { status: 200, headers: {}, url: 'https://sellercentral.amazon.com/ap/mfa', body: '' }).kind).toBe('captcha');
  });
  it('a rejected CSRF token', () => {
    expect(classifySolicitation('POST', ok({ isSuccess: false, ineligibleReason: null, error: 'CSRF_TOKEN_INVALID' }, 403)).kind).toBe('csrf-invalid');
  });
  it('anything else is unknown', () => {
    expect(classifySolicitation('POST', ok('<html>oops</html>')).kind).toBe('unknown');
    expect(classifySolicitation('POST', ok({ isSuccess: false, ineligibleReason: null })).kind).toBe('unknown');
    expect(classifySolicitation('POST', ok({ foo: 1 }, 400)).kind).toBe('unknown');
    expect(classifySolicitation('POST', ok({}, 403)).kind).toBe('unknown');
  });
  it('a session answer is not mistaken for an order answer', () => {
    expect(classifySession(ok({ isSuccess: true }))).toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, ignores garbage', () => {
    expect(parseRetryAfter('2', NOW)).toBe(2000);
    expect(parseRetryAfter('Mon, 02 Nov 2026 12:01:00 GMT', NOW)).toBe(60_000);
    expect(parseRetryAfter('Mon, 02 Nov 2026 11:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
  });
});

describe('csrfFromHtml', () => {
  it('finds the meta tag in any attribute order and decodes entities', () => {
    expect(csrfFromHtml('<head><meta charset="utf-8"><meta name="anti-csrftoken-a2z" content="abc+/=="></head>')).toBe('abc+/==');
    expect(csrfFromHtml("<meta content='g&amp;h' name='anti-csrftoken-a2z'>")).toBe('g&h');
    expect(csrfFromHtml('<meta name="other" content="x">')).toBeUndefined();
    expect(csrfFromHtml('<meta name="anti-csrftoken-a2z" content="">')).toBeUndefined();
  });
});

describe('contact-buyer adapter', () => {
  it('names the Contact Buyer page (no request of its own)', () => {
    expect(contactPagePath('111-2222222-3333333', 'ATVPDKIKX0DER')).toBe('/messaging/contact?orderID=111-2222222-3333333&marketplaceID=ATVPDKIKX0DER');
    expect(contactHeaders('tok')['anti-csrftoken-a2z']).toBe('tok');
    expect(REVIEW_REQUEST_REASON).not.toMatch(/^other$|additional/i);
  });
  it('classifies answers', () => {
    expect(classifyContact(ok({ ok: true, messageId: 'M1' }))).toEqual({ kind: 'sent', messageId: 'M1' });
    expect(classifyContact(ok({ ok: false, error: 'ORDER_NOT_FOUND' }, 404)).kind).toBe('rejected');
    expect(classifyContact(ok({ ok: false, error: 'CSRF_TOKEN_INVALID' }, 403)).kind).toBe('csrf-invalid');
    expect(classifyContact(ok({ error: 'UNAUTHENTICATED' }, 401)).kind).toBe('signed-out');
    expect(classifyContact(ok({ captchaRequired: true }, 403, { 'x-amz-captcha': 'required' })).kind).toBe('captcha');
    expect(classifyContact(ok({}, 429, { 'retry-after': '3' }), NOW)).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3000 });
    expect(classifyContact(ok({}, 502)).kind).toBe('server-error');
    expect(classifyContact(ok('garbage')).kind).toBe('unknown');
  });
});
