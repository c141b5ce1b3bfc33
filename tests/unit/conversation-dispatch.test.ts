/**
 * The conversation features' one entry to the page (thread-shared/conversation.ts): the legacy thread page's adapter
 * on the older case link (`/messaging/inbox?fi=caseId`), the case adapter when a v3 page has a case open, with the same read shape, anchors, reply
 * box and layout.
 */
import {
  conversationWatch, findConversationLayout, findConversationReplyArea, readConversation, replyAreaOfTextarea, showsConversation,
} from '../../components/features/thread-shared/conversation';
import { readThreadContext } from '../../components/features/thread-shared/context';
import { detectPage } from '../../lib/seller-central/pages';
import { CASE_A, casePage, ORDER_A } from './case-view-fixture';
import { loadFixture, loadHtml } from './seller-central-load-fixture';

const HOST = 'https://sellercentral.amazon.com';
const v3 = { detected: detectPage(`${HOST}/messaging/inbox-v3?fi=caseId&ss=${CASE_A}&cc=${CASE_A}`) };
const v3List = { detected: detectPage(`${HOST}/messaging/inbox-v3?fi=responseNeeded`) };
const legacyUrl = `${HOST}/messaging/inbox?fi=caseId&ss=${CASE_A}&cc=${CASE_A}`;
const legacy = { detected: detectPage(legacyUrl) };

describe('conversation dispatch', () => {
  it('which pages show a conversation', () => {
    expect(showsConversation(v3)).toBe(true);
    expect(showsConversation(legacy)).toBe(true);
    expect(showsConversation(v3List)).toBe(false);
  });

  it('a v3 page with a case open reads the right pane: the case id, order, buyer, anchors, reply box, layout', () => {
    const doc = loadHtml(casePage(), `${HOST}/messaging/inbox-v3?fi=caseId&ss=${CASE_A}&cc=${CASE_A}`);
    const read = readConversation(doc, v3, Date.parse('2026-12-06T15:30:00Z'));
    expect(read).toMatchObject({ layout: 'v3', recognised: true, threadId: CASE_A, orderIds: [ORDER_A], buyerName: 'Jane Doe' });
    expect(read.anchors.buyer?.textContent).toBe('Jane Doe');
    expect(read.anchors.subject?.textContent).toBe('Where is my order?');
    expect(read.root?.className).toBe('case-detail-pane');
    const area = findConversationReplyArea(doc, v3);
    expect(area?.sendButton?.getAttribute('label')).toBe('Send');
    expect(area && replyAreaOfTextarea(area.textarea, v3)?.textarea).toBe(area?.textarea);
    expect(findConversationLayout(doc, v3).keepClear).toHaveLength(4);
    expect(readThreadContext(doc, v3)).toMatchObject({ threadId: CASE_A, orderIds: [ORDER_A], buyerName: 'Jane Doe' });
    expect(conversationWatch(v3).textarea).toBe('textarea');
  });

  it('the legacy thread page keeps its own adapter (the v3 pane is never looked for there)', () => {
    const doc = loadFixture('thread.html', legacyUrl);
    const read = readConversation(doc, legacy);
    expect(read.layout).toBe('legacy');
    expect(read.threadId).toBeTruthy();
    expect(read.anchors.subject).toBeDefined();
    expect(findConversationReplyArea(doc, legacy)?.textarea.tagName).toBe('TEXTAREA');
    expect(conversationWatch(legacy).thread).toBe('#bsm-thread');
    // the v3 case markup on a legacy page is not a conversation for the legacy adapter
    expect(readConversation(loadHtml(casePage(), legacyUrl), legacy)).toMatchObject({ recognised: false, missing: ['thread'] });
  });
});
