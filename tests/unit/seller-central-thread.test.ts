import {
  findReplyArea, findThreadLayout, oldestUnanswered, readOrderPanel, readThreadPage, senderNameOf, type ThreadPageMessage,
} from '../../lib/seller-central/thread-page';
import { placeDock } from '../../components/features/thread-shared/dock';
import { loadFixture, loadHtml } from './seller-central-load-fixture';

const URL_T = 'https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=T-1001&cc=T-1001';

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

describe('sender names and order lines in the page\'s languages', () => {
  it('strips the role label after the name in every UI language', () => {
    for (const label of ['Buyer', 'Käufer', 'Acheteur', 'Acquirente', 'Comprador', 'You', 'Sie', 'Vous', 'Amazon']) {
      expect(senderNameOf(`Jane Doe (${label})`)).toBe('Jane Doe');
    }
    expect(senderNameOf('山田 太郎 (購入者)')).toBe('山田 太郎');
    expect(senderNameOf('山田 太郎（購入者）')).toBe('山田 太郎');
    // a name that merely ends in parentheses keeps them
    expect(senderNameOf('Jane Doe (Berlin)')).toBe('Jane Doe (Berlin)');
  });

  it('reads SKU and quantity from data attributes first, else from the localized product line', () => {
    const doc = loadHtml(`<kat-box class="bsm-order-panel" data-order-id="302-1234567-1234567">
      <div class="bsm-product" data-asin="B0A"><div class="bsm-product-title">Lampe</div>
        <div>ASIN: <span class="bsm-asin">B0A</span> · SKU: L-1 · Menge: 3</div></div>
      <div class="bsm-product" data-asin="B0B" data-sku="S-2" data-quantity="2"><div>ASIN: B0B · SKU: X · Qty: 9</div></div>
      <div class="bsm-product" data-asin="B0C"><div>ASIN: B0C · SKU: C-3 · Quantité : 4</div></div>
      <div class="bsm-product" data-asin="B0D"><div>ASIN: B0D · SKU: D-4 · 数量：5</div></div>
    </kat-box>`);
    expect(readOrderPanel(doc)?.items).toEqual([
      { asin: 'B0A', title: 'Lampe', sku: 'L-1', quantity: 3 },
      { asin: 'B0B', sku: 'S-2', quantity: 2 },
      { asin: 'B0C', sku: 'C-3', quantity: 4 },
      { asin: 'B0D', sku: 'D-4', quantity: 5 },
    ]);
  });
});

describe('findThreadLayout', () => {
  it('finds the order box and what must stay clear (head, messages, reply area in its shadow root)', () => {
    const doc = loadFixture('thread.html', URL_T);
    const layout = findThreadLayout(doc);
    expect(layout.thread?.id).toBe('bsm-thread');
    expect(layout.orderPanel?.classList.contains('bsm-order-panel')).toBe(true);
    expect(layout.keepClear.map((el) => el.localName + (el.className ? '.' + String(el.className) : ''))).toEqual([
      'div.bsm-thread-head', 'section.bsm-conversation', 'bsm-reply-composer',
    ]);
  });
});

describe('placeDock: our side column never covers the conversation', () => {
  const box = (left: number, top: number, width: number, height: number) =>
    ({ left, top, width, height, right: left + width, bottom: top + height });
  const view = { width: 1265, height: 720 };
  // the page's grid: conversation 1fr | order box 300 px (normal), or order box 300 px | conversation (reordered)
  const conversationLeft = box(20, 110, 909, 500);
  const orderRight = box(945, 110, 300, 260);
  const orderLeft = box(20, 110, 300, 260);
  const conversationRight = box(336, 110, 909, 500);

  it('lines up with the page\'s right-hand order box', () => {
    expect(placeDock(view, orderRight, [conversationLeft])).toMatchObject({ collapsed: false, left: 945, width: 308, top: 110 });
  });

  it('lines up with an order box on the left, off the conversation on the right', () => {
    const p = placeDock(view, orderLeft, [conversationRight]);
    expect(p).toMatchObject({ collapsed: false, left: 20, width: 300 });
    expect(p.left + p.width).toBeLessThanOrEqual(conversationRight.left);
  });

  it('collapses to a tab off the reply area when it would cover it; the seller can still open it', () => {
    const reply = box(336, 300, 909, 120);
    const p = placeDock(view, null, [conversationRight, reply]);
    expect(p.collapsed).toBe(true);
    const tab = box(p.left, p.top, p.width, p.maxHeight);
    const apart = (a: typeof tab, b: typeof tab) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
    expect(apart(tab, reply) && apart(tab, conversationRight)).toBe(true);
    expect(placeDock(view, null, [conversationRight, reply], true).collapsed).toBe(false);
    expect(placeDock(view, orderRight, [conversationLeft], false).collapsed).toBe(true);
  });

  it('moves the tab out of the way when the page reaches the viewport edge', () => {
    const reply = box(0, 40, 1265, 160);
    const p = placeDock(view, null, [reply]);
    expect(p.collapsed).toBe(true);
    expect(p.top >= reply.bottom || p.top + p.maxHeight <= reply.top).toBe(true);
  });
});
