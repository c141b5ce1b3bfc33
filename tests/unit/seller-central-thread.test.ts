import { findReplyArea, oldestUnanswered, readThreadPage, type ThreadPageMessage } from '../../lib/seller-central/thread-page';
import { loadFixture, loadHtml } from './seller-central-load-fixture';

const URL_T = 'https://sellercentral.amazon.com/messaging/thread?threadId=T-1001';

describe('readThreadPage', () => {
  const doc = loadFixture('thread.html', URL_T);

  it('reads the conversation of the rendered thread view', () => {
    const { messages, ...read } = readThreadPage(doc);
    expect(read).toEqual({
      recognised: true, missing: [], loading: false, threadId: 'T-1001', marketplaceId: 'ATVPDKIKX0DER',
      buyerName: 'Jane Doe', buyerId: 'A2B7QX0LM3N4PZ', orderIds: ['113-1234567-1234567'], subject: 'Where is my order?',
      status: 'response-needed', oldestUnansweredAt: '2026-11-23T09:05:00.000Z', lastMessageAt: '2026-11-23T15:10:00.000Z',
      isSystem: false, problems: { messagesWithoutTime: 0 },
    });
    expect(messages.map((m) => [m.messageId, m.sender, m.sentAt])).toEqual([
      ['M0', 'buyer', '2026-11-22T20:00:00.000Z'], ['M1', 'seller', '2026-11-22T21:00:00.000Z'],
      ['M2', 'buyer', '2026-11-23T09:05:00.000Z'], ['M3', 'buyer', '2026-11-23T15:10:00.000Z'],
    ]);
    expect(messages[1]?.senderName).toBe('Lumen Home Goods');
    // text stays text, line breaks kept
    expect(messages[2]?.text).toBe('Hi,\nmy parcel has not arrived yet. <script>x</script>');
  });

  it('locates the reply area inside the composer shadow root', () => {
    const area = findReplyArea(doc);
    expect(area).not.toBeNull();
    expect(area!.textarea.tagName).toBe('TEXTAREA');
    expect(doc.querySelector('textarea')).toBeNull(); // only reachable through the shadow root
    expect(area!.sendButton?.textContent).toBe('Send');
    expect(area!.noResponseButton?.textContent).toBe('Mark as no response needed');
    expect(area!.attachButton?.textContent).toBe('Add attachment');
    expect(area!.templateArea?.querySelector('.compose-templates')?.textContent).toContain('Select template');
  });

  it('does not recognise the drifted thread view and finds no reply area', () => {
    const drifted = loadFixture('thread-drifted.html', URL_T);
    expect(readThreadPage(drifted)).toMatchObject({ recognised: false, missing: ['thread'], messages: [] });
    expect(findReplyArea(drifted)).toBeNull();
  });

  it('names what is missing when the container is there but its content changed', () => {
    const changed = loadFixture('thread.html', URL_T);
    for (const t of changed.querySelectorAll('.bsm-msg time')) t.remove();
    changed.getElementById('bsm-thread')!.removeAttribute('data-thread-id');
    expect(readThreadPage(changed)).toMatchObject({ recognised: false, missing: ['threadId', 'messageTime'] });
  });

  it('reports loading while the conversation is fetched', () => {
    const loading = loadHtml('<div id="sc-content-root"><div class="sc-page" data-page="messaging-thread"><kat-spinner></kat-spinner></div></div>', URL_T);
    expect(readThreadPage(loading)).toMatchObject({ recognised: false, loading: true });
  });

  it('leaves oldestUnansweredAt out once marked no response needed', () => {
    const marked = loadFixture('thread.html', URL_T);
    marked.getElementById('bsm-thread')!.setAttribute('data-status', 'NO_RESPONSE_NEEDED');
    const read = readThreadPage(marked);
    expect(read.status).toBe('no-response-needed');
    expect(read).not.toHaveProperty('oldestUnansweredAt');
  });
});

describe('oldestUnanswered', () => {
  const m = (sender: ThreadPageMessage['sender'], sentAt?: string): ThreadPageMessage => ({ sender, text: '', ...(sentAt ? { sentAt } : {}) });
  it('is the first buyer message after the last seller message', () => {
    expect(oldestUnanswered([m('buyer', '2026-01-01T00:00:00Z'), m('seller', '2026-01-01T01:00:00Z'),
      m('amazon', '2026-01-01T02:00:00Z'), m('buyer', '2026-01-01T03:00:00Z'), m('buyer', '2026-01-01T04:00:00Z')]))
      .toBe('2026-01-01T03:00:00Z');
  });
  it('is undefined when the seller wrote last or only Amazon wrote', () => {
    expect(oldestUnanswered([m('buyer', '2026-01-01T00:00:00Z'), m('seller', '2026-01-01T01:00:00Z')])).toBeUndefined();
    expect(oldestUnanswered([m('amazon', '2026-01-01T00:00:00Z')])).toBeUndefined();
    expect(oldestUnanswered([])).toBeUndefined();
  });
});
