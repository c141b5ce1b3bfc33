/**
 * The page driver's Seller Central knowledge for a reply (lib/seller-central/case-target.ts, case-reply-send.ts,
 * reply-target.ts) against the v3 case fixture (replica contract): is the asked-for case open with its reply box,
 * typing that a React-style app takes, the page's own button clicked, a sent reply recognised in the conversation.
 */
import { lookForCase } from '../../lib/seller-central/case-target';
import { clickButton, holdsText, isDisabled, sellerMessagesWith, typeInto } from '../../lib/seller-central/case-reply-send';
import { findCaseReplyArea } from '../../lib/seller-central/case-view-reply';
import { replyTargetOf } from '../../lib/seller-central/reply-target';
import { CASE_A, CASE_B, casePage, MESSAGES, ORDER_A } from './case-view-fixture';
import { loadHtml } from './seller-central-load-fixture';

const HOST = 'https://sellercentral.amazon.com';
const NOW = Date.parse('2026-12-06T15:30:00Z');
const ZONE = 'America/Los_Angeles';
const caseUrl = (id: string) => `${HOST}/messaging/inbox-v3?fi=caseId&ss=${id}&cc=${id}`;

describe('lookForCase: the asked-for case, read, with its reply box', () => {
  it.each([['known', false], ['renamed', true]] as const)('ready on the case page (%s classes), by case id and by order id', (_n, renamed) => {
    const doc = loadHtml(casePage({ renamed }), caseUrl(CASE_A));
    const look = lookForCase(doc, { caseId: CASE_A }, NOW, ZONE, true);
    expect(look).toMatchObject({ state: 'ready', caseId: CASE_A });
    if (look.state === 'ready') expect(look.read.messages).toHaveLength(MESSAGES.length);
    // a search by order id that the app rewrote to the case
    const searched = loadHtml(casePage({ renamed }), `${HOST}/messaging/inbox-v3?fi=search&ss=${ORDER_A}&cc=${CASE_A}`);
    expect(lookForCase(searched, { orderId: ORDER_A }, NOW, ZONE, true)).toMatchObject({ state: 'ready', caseId: CASE_A });
  });

  it('reads the case the app opened for the search by the order, also when its header shows another of its orders (issue 15)', () => {
    // a case about two orders shows one of them; the search by the other one opens it
    const searched = loadHtml(casePage(), `${HOST}/messaging/inbox-v3?fi=search&ss=113-7654321-7654321&cc=${CASE_A}`);
    expect(lookForCase(searched, { orderId: '113-7654321-7654321' }, NOW, ZONE, false)).toMatchObject({ state: 'ready', caseId: CASE_A });
  });

  it('waits, saying what it found, while the page is not (yet) the asked-for case', () => {
    // the URL names another case
    expect(lookForCase(loadHtml(casePage(), caseUrl(CASE_B)), { caseId: CASE_A }, NOW, ZONE, false))
      .toMatchObject({ state: 'waiting', finding: expect.stringContaining(`another case is open (${CASE_B})`) });
    // the pane still shows the case before
    expect(lookForCase(loadHtml(casePage(), caseUrl(CASE_B)), { caseId: CASE_B }, NOW, ZONE, false))
      .toMatchObject({ state: 'waiting', finding: expect.stringContaining(`case ${CASE_B}: not found: thread`) });
    // the case shows another order: no reply into it; opened by another search, not read either
    expect(lookForCase(loadHtml(casePage(), `${HOST}/messaging/inbox-v3?fi=search&ss=113-7654321-7654321&cc=${CASE_A}`), { orderId: '113-7654321-7654321' }, NOW, ZONE, true))
      .toMatchObject({ state: 'waiting', finding: `the open case is about order ${ORDER_A}, not 113-7654321-7654321` });
    expect(lookForCase(loadHtml(casePage(), `${HOST}/messaging/inbox-v3?fi=search&ss=${ORDER_A}&cc=${CASE_A}`), { orderId: '113-7654321-7654321' }, NOW, ZONE, false))
      .toMatchObject({ state: 'waiting', finding: `the open case is about order ${ORDER_A}, not 113-7654321-7654321` });
    // no reply box when one is needed
    expect(lookForCase(loadHtml(casePage({ noReply: true }), caseUrl(CASE_A)), { caseId: CASE_A }, NOW, ZONE, true))
      .toMatchObject({ state: 'waiting', finding: expect.stringContaining('reply box') });
    expect(lookForCase(loadHtml(casePage({ noReply: true }), caseUrl(CASE_A)), { caseId: CASE_A }, NOW, ZONE, false)).toMatchObject({ state: 'ready' });
    // the legacy layout's case view (the older case link)
    expect(lookForCase(loadHtml(casePage(), `${HOST}/messaging/inbox?fi=caseId&ss=${CASE_A}&cc=${CASE_A}`), { caseId: CASE_A }, NOW, ZONE, true))
      .toMatchObject({ state: 'waiting', finding: 'not the messaging inbox v3 (a thread page: /messaging/inbox)' });
  });

  it('a search that found no case says so', () => {
    const doc = loadHtml('<div class="case-list" role="list"><div class="case-list-empty">There are no messages in this view.</div></div>', `${HOST}/messaging/inbox-v3?fi=search&ss=${ORDER_A}`);
    expect(lookForCase(doc, { orderId: ORDER_A }, NOW, ZONE, true)).toEqual({ state: 'no-case', finding: `no case for order ${ORDER_A}` });
    const loading = loadHtml('<div class="case-list" role="list" aria-busy="true"></div>', `${HOST}/messaging/inbox-v3?fi=search&ss=${ORDER_A}`);
    expect(lookForCase(loading, { orderId: ORDER_A }, NOW, ZONE, true)).toMatchObject({ state: 'waiting' });
  });
});

describe('typing and sending through the page\'s own reply box', () => {
  it('types with the native setter and composed input/change events: a framework that wraps the element\'s value sees a change', () => {
    const doc = loadHtml(casePage(), caseUrl(CASE_A));
    const area = findCaseReplyArea(doc);
    const textarea = area!.textarea;
    // React's value tracker: an own `value` property on the element that remembers what the app last set
    const proto = Object.getPrototypeOf(textarea) as HTMLTextAreaElement;
    const native = Object.getOwnPropertyDescriptor(findValueOwner(proto), 'value')!;
    let tracked = '';
    Object.defineProperty(textarea, 'value', {
      configurable: true,
      get() { return native.get!.call(this) as string; },
      set(v: string) { tracked = v; native.set!.call(this, v); },
    });
    const seen: { type: string; composed: boolean; value: string; tracked: string }[] = [];
    for (const type of ['input', 'change']) {
      doc.addEventListener(type, (e) => seen.push({ type, composed: e.composed, value: textarea.value, tracked }), true);
    }
    typeInto(textarea, 'Hello  there,\nthanks');
    // the tracker did not see the write (so the app's onChange fires), the element holds the text, events crossed the shadow root
    expect(tracked).toBe('');
    expect(seen).toEqual([
      { type: 'input', composed: true, value: 'Hello  there,\nthanks', tracked: '' },
      { type: 'change', composed: true, value: 'Hello  there,\nthanks', tracked: '' },
    ]);
    expect(holdsText(textarea, 'Hello there, thanks')).toBe(true);
  });

  it('clicks the real button inside kat-button, and knows a disabled one', () => {
    const doc = loadHtml(casePage(), caseUrl(CASE_A));
    const send = findCaseReplyArea(doc)!.sendButton!;
    const inner = send.shadowRoot!.querySelector('button')!;
    let clicks = 0;
    inner.addEventListener('click', () => clicks++);
    clickButton(send);
    expect(clicks).toBe(1);
    expect(isDisabled(send)).toBe(false);
    send.setAttribute('disabled', '');
    expect(isDisabled(send)).toBe(true);
    send.removeAttribute('disabled');
    (inner as HTMLButtonElement).disabled = true;
    expect(isDisabled(send)).toBe(true);
  });

  it('a sent reply: the seller\'s messages with the text (whitespace normalised), from `since` on (5 minutes of clock slack)', () => {
    const messages = [
      { sender: 'buyer' as const, text: 'We are on holiday', sentAt: '2026-12-06T15:00:00.000Z' },
      { sender: 'seller' as const, text: 'We are\n on   holiday ', sentAt: '2026-12-06T15:00:00.000Z' },
      { sender: 'seller' as const, text: 'We are on holiday', sentAt: '2026-12-01T09:00:00.000Z' },
    ];
    expect(sellerMessagesWith(messages, 'We are on holiday')).toBe(2);
    expect(sellerMessagesWith(messages, 'We are on holiday', Date.parse('2026-12-06T15:04:00Z'))).toBe(1);
    expect(sellerMessagesWith(messages, 'We are on holiday', Date.parse('2026-12-06T15:06:00Z'))).toBe(0);
    expect(sellerMessagesWith(messages, '   ')).toBe(0);
  });
});

describe('replyTargetOf: where a stored thread opens', () => {
  it('by case id, else by order id (legacy threads, rows keyed by order), else nowhere', () => {
    expect(replyTargetOf({ threadId: CASE_A.toUpperCase(), orderIds: [ORDER_A] }))
      .toEqual({ caseId: CASE_A, path: `/messaging/inbox-v3?fi=caseId&ss=${CASE_A}&cc=${CASE_A}` });
    expect(replyTargetOf({ threadId: `order:${ORDER_A}`, orderIds: [] })).toEqual({ orderId: ORDER_A, path: `/messaging/inbox-v3?fi=search&ss=${ORDER_A}` });
    expect(replyTargetOf({ threadId: 'A2XYZ-legacy-1', orderIds: ['not-an-order', ORDER_A] })).toEqual({ orderId: ORDER_A, path: `/messaging/inbox-v3?fi=search&ss=${ORDER_A}` });
    expect(replyTargetOf({ threadId: 'A2XYZ-legacy-1', orderIds: [] })).toBeUndefined();
  });
});

/** The prototype in the chain that defines `value` (happy-dom may define it on a base class). */
function findValueOwner(proto: object): object {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    if (Object.getOwnPropertyDescriptor(p, 'value')) return p;
  }
  return proto;
}
