/**
 * The v3 case adapter (right pane) in its layers: the known layout (replica contract), the structure (every class
 * renamed), and what is missing; the reply box and the layout our side column keeps clear of.
 */
import { findCaseLayout, findCaseReplyArea, readCaseView } from '../../lib/seller-central/case-view';
import { CASE_A, CASE_B, casePage, ORDER_A } from './case-view-fixture';
import { loadHtml } from './seller-central-load-fixture';

const NOW = Date.parse('2026-12-06T15:30:00Z');
const ZONE = 'America/Los_Angeles';
const read = (html: string, caseId: string | null = CASE_A) => readCaseView(loadHtml(html), { ...(caseId ? { caseId } : {}), now: NOW, zone: ZONE });

describe.each([['known', false], ['renamed', true]] as const)('readCaseView (%s classes)', (_name, renamed) => {
  it('reads the case like a thread page: id, buyer, order, messages with senders and times, the oldest unanswered', () => {
    const r = read(casePage({ renamed }));
    expect(r).toMatchObject({
      layout: renamed ? 'fallback' : 'v3', recognised: true, missing: [], loading: false, threadId: CASE_A, buyerName: 'Jane Doe',
      orderIds: [ORDER_A], status: 'response-needed', isSystem: false,
      // buyer messages after the seller's last one (Amazon's notice in between does not count): Dec 5, 8:40 AM Los Angeles
      oldestUnansweredAt: '2026-12-05T16:40:00.000Z', lastMessageAt: '2026-12-06T14:05:00.000Z',
    });
    expect(r.messages.map((m) => [m.sender, m.senderName, m.sentAt])).toEqual([
      ['buyer', 'Jane Doe', '2026-12-04T17:15:00.000Z'], ['seller', 'Green Garden Store', '2026-12-04T19:02:00.000Z'],
      ['amazon', 'Amazon', '2026-12-05T15:00:00.000Z'], ['buyer', 'Jane Doe', '2026-12-05T16:40:00.000Z'], ['buyer', 'Jane Doe', '2026-12-06T14:05:00.000Z'],
    ]);
    // the body keeps its line breaks
    expect(r.messages[0]?.text).toBe('Hello,\nwhere is my order?');
    if (!renamed) expect(r.subject).toBe('Where is my order?');
    expect(r.parts.buyer?.textContent).toBe('Jane Doe');
  });

  it('takes the case id from the relay address when the URL names none', () => {
    expect(read(casePage({ renamed }), null).threadId).toBe(CASE_A);
  });

  it('says the new case is loading while the pane still shows the case before (nothing stale passes for it)', () => {
    expect(read(casePage({ renamed }), CASE_B)).toMatchObject({ recognised: false, loading: true, missing: ['thread'], messages: [] });
  });

  it('answered and resolved cases await nothing', () => {
    expect(read(casePage({ renamed, rowStatus: 'Sent' }))).toMatchObject({ status: 'answered' });
    expect(read(casePage({ renamed, rowStatus: 'Sent' })).oldestUnansweredAt).toBeUndefined();
    expect(read(casePage({ renamed, rowStatus: 'Resolved on Dec 6, 2026' })).status).toBe('no-response-needed');
  });

  it('finds the reply box: the real textarea in kat-textarea\'s shadow root, Send, No response needed, attachment, templates', () => {
    const doc = loadHtml(casePage({ renamed }));
    const area = findCaseReplyArea(doc);
    expect(area?.textarea.tagName).toBe('TEXTAREA');
    expect(area?.textarea.getAttribute('placeholder')).toBe('Type your response');
    expect(area?.sendButton?.getAttribute('label')).toBe('Send');
    expect(area?.noResponseButton?.getAttribute('label')).toBe('No response needed');
    expect(area?.attachButton?.getAttribute('label')).toBe('Add attachment');
    expect(area?.templateArea?.querySelector('kat-dropdown')).not.toBeNull();
  });

  it('layout: the pane, no page order panel, and the header, messages and reply box kept clear', () => {
    const doc = loadHtml(casePage({ renamed }));
    const layout = findCaseLayout(doc, read(casePage({ renamed })).parts);
    const live = findCaseLayout(doc, readCaseView(doc, { caseId: CASE_A, now: NOW, zone: ZONE }).parts);
    expect(layout.orderPanel).toBeNull();
    expect(live.thread?.tagName).toBe('SECTION');
    expect(live.keepClear.map((el) => el.className.replace(/^msg3-/, 'case-'))).toEqual(
      renamed ? ['case-header', 'case-messages', 'case-reply'] : ['case-header', 'case-messages', 'case-reply', 'case-list'],
    );
  });
});

describe('readCaseView: what is missing', () => {
  it('no case open (only the list, or the empty pane): thread missing', () => {
    const empty = '<section class="case-detail-pane"><div class="case-empty">Select a message to read it</div></section>';
    expect(read(empty)).toMatchObject({ layout: 'none', recognised: false, missing: ['thread'], loading: false });
    expect(read('<section class="case-detail-pane" aria-busy="true"><div class="case-empty">Loading…</div></section>')).toMatchObject({ loading: true });
  });

  it('renamed pane without messages near the reply box: not recognised (the list rows are never taken for messages)', () => {
    expect(read(casePage({ renamed: true, messages: [] }))).toMatchObject({ recognised: false, missing: ['thread'] });
  });

  it('known pane without its reply box still reads; the reply box is reported absent', () => {
    const html = casePage({ noReply: true });
    expect(read(html).recognised).toBe(true);
    expect(findCaseReplyArea(loadHtml(html))).toBeNull();
    expect(findCaseReplyArea(loadHtml(casePage({ noReply: true, renamed: true })))).toBeNull();
  });

  it('messages without a readable time: messageTime missing; no header and no URL id: threadId missing', () => {
    const r = read(casePage({ messages: [['buyer', 'Jane Doe', 'sometime', 'hi']] }));
    expect(r.missing).toEqual(['messageTime']);
    expect(read(casePage({ noHeader: true }), null).missing).toEqual(['threadId']);
  });

  it('German message times ("5. Dez. 2026, 08:40") read to the minute in the browser\'s zone', () => {
    const r = read(casePage({ messages: [['buyer', 'Jane Doe', '5. Dez. 2026, 08:40', 'Hallo'], ['buyer', 'Jane Doe', '6. Dez. 2026, 06:05', 'Und?']] }));
    expect(r).toMatchObject({ recognised: true, oldestUnansweredAt: '2026-12-05T16:40:00.000Z', lastMessageAt: '2026-12-06T14:05:00.000Z' });
  });

  it('a case only Amazon wrote in is a system case', () => {
    expect(read(casePage({ messages: [['amazon', 'Amazon', 'Dec 5, 2026, 7:00 AM', 'Notice']] })).isSystem).toBe(true);
  });
});
