// @vitest-environment happy-dom
/**
 * The replica's inbox v3 client rules that need no browser (tests/replica/INBOX-V3.md): list times (relative
 * under 24 hours, the date after), message times to the minute, the query read, the start rewrite, case links.
 */
import { listDate, listTime, messageTime } from '../replica/client/pages/inbox-v3/time';
import { caseHref, readQuery, startRewrite, withCase } from '../replica/client/pages/inbox-v3/url';

const AT = Date.parse('2026-09-04T12:00:00Z');
const MIN = 60_000;
const iso = new Date(AT).toISOString();

describe('inbox v3 list times', () => {
  it.each([
    [30_000, 'Just now'], [MIN, '1 minute ago'], [12 * MIN, '12 minutes ago'], [59 * MIN, '59 minutes ago'],
    [60 * MIN, '1 hour ago'], [3 * 60 * MIN, '3 hours ago'], [24 * 60 * MIN - MIN, '23 hours ago'],
  ])('%d ms after the message: %s', (ago, text) => {
    expect(listTime(iso, AT + ago)).toBe(text);
  });

  it('shows the date from 24 hours on, and nothing for a bad time', () => {
    expect(listTime(iso, AT + 24 * 60 * MIN)).toBe('Sep 4, 2026');
    expect(listTime(iso, AT + 400 * 24 * 60 * MIN)).toBe('Sep 4, 2026');
    expect(listDate(iso)).toBe('Sep 4, 2026');
    expect(listTime('not a date', AT)).toBe('');
  });

  it('message times carry the date and the minute, no seconds (in the machine\'s time zone)', () => {
    expect(messageTime('2026-09-04T12:32:45Z')).toMatch(/^Sep \d, 2026, \d{1,2}:\d{2}\s(AM|PM)$/);
  });
});

describe('inbox v3 query', () => {
  const base = 'https://sellercentral.amazon.com/messaging/inbox-v3';

  it('reads fi (responseNeeded by default and for unknown values), ss and cc', () => {
    expect(readQuery(new URLSearchParams(''))).toEqual({ fi: 'responseNeeded', ss: '', cc: '' });
    expect(readQuery(new URLSearchParams('fi=RESPONSE_NEEDED'))).toEqual({ fi: 'responseNeeded', ss: '', cc: '' });
    expect(readQuery(new URLSearchParams('fi=search&ss=1&cc=x'))).toEqual({ fi: 'search', ss: '1', cc: 'x' });
  });

  it('rewrites its own query once: fi when absent, ref=sc_bsm appended, other parameters kept', () => {
    expect(startRewrite(base)).toBe('/messaging/inbox-v3?fi=responseNeeded&ref=sc_bsm');
    expect(startRewrite(`${base}?fi=all`)).toBe('/messaging/inbox-v3?fi=all&ref=sc_bsm');
    expect(startRewrite(`${base}?fi=caseId&ss=a&cc=a&ref=bsm_email_report&lc=de_DE`)).toBeNull();
    expect(startRewrite(`${base}?fi=all&ref=sc_bsm`)).toBeNull();
  });

  it('links a case by its id in ss and cc; a search hit adds cc', () => {
    const id = '0f8b5c1e-3a4d-4b6e-9f00-1234567890ab';
    expect(caseHref(id)).toBe(`/messaging/inbox-v3?fi=caseId&ss=${id}&cc=${id}`);
    expect(withCase(`${base}?fi=search&ss=111-1234567-1234567`, id)).toBe(`/messaging/inbox-v3?fi=search&ss=111-1234567-1234567&cc=${id}`);
  });
});
