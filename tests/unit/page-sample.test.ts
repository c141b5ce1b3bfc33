/**
 * Page samples (lib/seller-central/page-sample.ts): hostile buyer data in text, attributes, links,
 * inputs, scripts, shadow roots and frames must not survive; the page's structure must.
 */
import { Window } from 'happy-dom';
import { samplePage, type PageSampleOptions } from '../../lib/seller-central/page-sample';
import { IdMasker, maskHref, maskText } from '../../lib/seller-central/page-sample-mask';
import { frameDocument, loadPageSampleHtml } from './helpers/load-page-sample';

const NOW = new Date('2026-11-23T18:00:00.000Z');
const OPTS: PageSampleOptions = { version: '9.9.9', now: NOW, pageKind: 'inbox' };

/** Every string that must not appear in a sample of the page below. */
const SECRETS = [
  'Jane', 'Doe', 'Müller', 'jane.doe@example.com', 'x7k2@marketplace.amazon.com', '113-1234567-1234567', '114-7654321-7654321',
  '3f2c1a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b', 'Baker Street', '221B', 'NW1 6XE', '4155550123', 'secret-script-data',
  'tok123', 'color: red', 'photo.jpg', 'typed reply', 'draft in textarea', '王小明', '北京市', 'たなか', 'Shadowy Name',
  'Closed Person', 'Frame Person', 'ORDER_NOTE_SECRET', 'A3BUYERID9Z', 'lowercasejane',
];

const PAGE = `<!doctype html><html lang="en-US"><head><meta name="anti-csrftoken-a2z" content="tok123"><title>Jane Doe - Messages</title>
<style>.x { color: red }</style><script>window.secret = "secret-script-data"</script></head>
<body>
<div id="app" class="bsm-inbox" data-page="messaging-inbox">
  <kat-table id="bsm-thread-list" class="bsm-thread-list" aria-busy="false" data-total="2">
    <kat-table-row class="bsm-row" data-thread-id="T-1001" data-status="RESPONSE_NEEDED" data-case-id="3f2c1a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b"
      data-buyer-id="A3BUYERID9Z" data-buyer-name="Jane" aria-label="Message from Jane Doe" title="Jane Doe, 221B Baker Street">
      <span class="bsm-buyer-name">Jane Doe</span>
      <a class="bsm-order-id" href="https://sellercentral.amazon.com/orders-v3/order/113-1234567-1234567?buyer=Jane%20Doe&amp;mail=jane.doe@example.com#note/ORDER_NOTE_SECRET"
        data-order-id="113-1234567-1234567">113-1234567-1234567</a>
      <div class="bsm-preview">Hi, I'm Jane Müller, 221B Baker Street, NW1 6XE. Call 4155550123 or jane.doe@example.com. Order 113-1234567-1234567 and 114-7654321-7654321.</div>
      <div class="relay" aria-label="lowercasejane">x7k2@marketplace.amazon.com</div>
      <time class="bsm-awaiting-since" datetime="2026-11-23T09:05:00.000Z">8 hours ago</time>
      <img src="https://m.media-amazon.com/photo.jpg" alt="Jane Doe">
    </kat-table-row>
    <kat-table-row class="bsm-row" data-thread-id="T-1002" data-status="ANSWERED">
      <span class="bsm-buyer-name">王小明</span><div class="bsm-preview">北京市 たなか 订单 113-1234567-1234567</div>
    </kat-table-row>
  </kat-table>
  <form><input name="q" value="typed reply" placeholder="Jane Doe"><textarea class="compose-textarea">draft in textarea</textarea>
    <select name="mp"><option value="ATVPDKIKX0DER" selected>United States</option></select></form>
  <div id="shadow-host" class="host"></div>
  <div id="closed-host" class="host"></div>
  <iframe id="frame" class="list-frame" src="/messaging/frame?buyer=Jane"></iframe>
  <seller-inbox-deadline data-si="deadline"><span>Jane Doe ours</span></seller-inbox-deadline>
</div>
</body></html>`;

function el(doc: Document, tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): Element {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function buildPage(): { doc: Document; closed: ShadowRoot } {
  const window = new Window({ url: 'https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED&q=jane.doe@example.com' });
  const doc = window.document as unknown as Document;
  doc.write(PAGE);
  const open = doc.getElementById('shadow-host')!.attachShadow({ mode: 'open' });
  open.append(el(doc, 'div', { class: 'inner', part: 'box' }, el(doc, 'b', { class: 'who' }, 'Shadowy Name'), el(doc, 'slot', {})));
  const closed = doc.getElementById('closed-host')!.attachShadow({ mode: 'closed' });
  closed.append(el(doc, 'p', { class: 'closed-inner' }, 'Closed Person'));
  const frameDoc = new Window({ url: 'https://sellercentral.amazon.com/messaging/frame' }).document as unknown as Document;
  frameDoc.write('<html lang="en"><body class="frame-body"><ul class="frame-list"><li class="frame-row" data-order-id="113-1234567-1234567">Frame Person</li></ul></body></html>');
  Object.defineProperty(doc.getElementById('frame')!, 'contentDocument', { value: frameDoc });
  return { doc, closed };
}

/** tag.class sequence of a tree, shadow roots in place, our UI and the sample's frame templates left out */
function structure(root: ParentNode): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.children)) {
    if (el.hasAttribute('data-si') || el.getAttribute('data-si-sample') === 'frame-document') continue;
    out.push(`${el.localName}${el.id ? '#' + el.id : ''}.${el.getAttribute('class') ?? ''}`);
    if (el.shadowRoot) out.push('[shadow', ...structure(el.shadowRoot), 'shadow]');
    out.push(...structure(el));
  }
  return out;
}

describe('samplePage', () => {
  const { doc, closed } = buildPage();
  const html = samplePage(doc, { ...OPTS, openShadowRoot: (el) => (el.id === 'closed-host' ? closed : el.shadowRoot) });

  it('lets no name, e-mail, order id, case id, address, phone, token, script, style, image or typed value through', () => {
    expect(SECRETS.filter((s) => html.toLowerCase().includes(s.toLowerCase()))).toEqual([]);
  });

  it('keeps the structure: the same elements with the same ids and classes, in the same order, shadow roots included', () => {
    const loaded = loadPageSampleHtml(html, { openClosed: true });
    const original = structure(doc.body);
    // the closed root is read through openShadowRoot: in the sample it is the host's (now open) root
    const expected = original.flatMap((s) => (s === 'div#closed-host.host' ? [s, '[shadow', 'p.closed-inner', 'shadow]'] : [s]));
    expect(structure(loaded.body)).toEqual(expected);
  });

  it('keeps marker attributes and the adapters\' dates, masks ids consistently', () => {
    const loaded = loadPageSampleHtml(html);
    const row = loaded.querySelector('kat-table-row[data-thread-id="T-1001"]')!;
    expect(row.getAttribute('data-status')).toBe('RESPONSE_NEEDED');
    expect(row.getAttribute('data-case-id')).toBe('00000000-0000-4000-8000-000000000001');
    expect(row.getAttribute('data-buyer-id')).toMatch(/^masked-\d+$/);
    expect(row.getAttribute('aria-label')).toBe('Xxxxxxx xxxx Xxxx Xxx');
    expect(row.querySelector('time')!.getAttribute('datetime')).toBe('2026-11-23T09:05:00.000Z');
    const link = row.querySelector('a.bsm-order-id')!;
    expect(link.getAttribute('href')).toBe('/orders-v3/order/000-0000000-0000001?buyer=Xxxx%20Xxx&mail=mail1%40example.invalid#note/XXXXX_XXXX_XXXXXX');
    expect(link.getAttribute('data-order-id')).toBe('000-0000000-0000001');
    expect(link.textContent).toBe('000-0000000-0000001');
    // the same order id in another row's text gets the same placeholder; another id, another one
    expect(loaded.querySelectorAll('.bsm-preview')[1]!.textContent).toBe('字字字 カカカ 字字 000-0000000-0000001');
    expect(loaded.querySelector('.bsm-preview')!.textContent).toContain('000-0000000-0000002');
    expect(loaded.querySelector('option')!.getAttribute('value')).toBe('ATVPDKIKX0DER');
    expect(loaded.querySelector('input')!.hasAttribute('value')).toBe(false);
    expect(loaded.querySelector('textarea')!.textContent).toBe('');
    expect(loaded.querySelector('img')!.hasAttribute('src')).toBe(false);
  });

  it('inlines shadow roots as declarative shadow DOM and same-origin frames\' documents in a template', () => {
    expect(html).toContain('<template shadowrootmode="open" data-si-sample="shadow-root"><div class="inner" part="box"><b class="who">Xxxxxxx Xxxx</b><slot></slot></div></template>');
    expect(html).toContain('<template shadowrootmode="closed" data-si-sample="shadow-root"><p class="closed-inner">Xxxxxx Xxxxxx</p></template>');
    const frame = loadPageSampleHtml(html).querySelector('iframe#frame')!;
    expect(frame.hasAttribute('src')).toBe(false);
    const inner = frameDocument(frame);
    expect(structure(inner.body)).toEqual(['ul.frame-list', 'li.frame-row']);
    expect(inner.body.className).toBe('frame-body');
    expect(inner.documentElement.lang).toBe('en');
    expect(html).toContain('<iframe id="frame" class="list-frame" data-si-sample-src="/messaging/frame?buyer=Xxxx" data-si-sample="frame"></iframe><template data-si-sample="frame-document"><si-frame-html lang="en">');
    expect(inner.querySelector('li')!.getAttribute('data-order-id')).toBe('000-0000000-0000001');
    expect(inner.querySelector('li')!.textContent).toBe('Xxxxx Xxxxxx');
  });

  it('leaves out our own UI, scripts\' and styles\' text, and says what it is in a header', () => {
    expect(html).not.toContain('data-si="');
    expect(html).toContain('<script data-si-sample="dropped"></script>');
    expect(html).toContain('<style data-si-sample="dropped"></style>');
    const header = html.slice(0, html.indexOf('-->'));
    expect(header).toContain('page: /messaging/inbox?fi=XXXXXXXX_XXXXXX&q=mail1%40example.invalid');
    expect(header).toContain('extension version: 9.9.9');
    expect(header).toContain('saved: 2026-11-23T18:00:00.000Z');
    expect(header).toContain('page kind: inbox');
    expect(header).toMatch(/viewport: \d+x\d+/);
    expect(header).toContain('sanitized: text replaced');
    expect(header).toMatch(/shadow roots: 2; frames: 1/);
  });

  it('skips closed shadow roots without an opener', () => {
    const plain = samplePage(buildPage().doc, OPTS);
    expect(plain).not.toContain('closed-inner');
    expect(plain).toContain('shadow roots: 1;');
  });

  it('stops after maxElements with a marker', () => {
    const small = samplePage(buildPage().doc, { ...OPTS, maxElements: 5 });
    expect(small).toContain('<template data-si-sample="truncated"></template>');
    expect(small).toContain('elements: 5 (truncated at 5)');
    expect(small).not.toContain('bsm-row');
  });
});

describe('masking rules', () => {
  it('keeps the shape of text: case, digits, punctuation, word lengths, CJK and kana', () => {
    const ids = new IdMasker();
    expect(maskText('Hi, I\'m Jane (42)! Ça va?', ids)).toBe('Xx, X\'x Xxxx (00)! Xx xx?');
    expect(maskText('注文のキャンセル 12件', ids)).toBe('字字カカカカカカ 00字');
  });

  it('masks ids in links but keeps paths and parameter names', () => {
    const ids = new IdMasker();
    expect(maskHref('/messaging/inbox-v3?fi=caseId&ss=3f2c1a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b&cc=3f2c1a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b', ids))
      .toBe('/messaging/inbox-v3?fi=xxxxXx&ss=00000000-0000-4000-8000-000000000001&cc=00000000-0000-4000-8000-000000000001');
    expect(maskHref('javascript:alert(1)', ids)).toBe('#');
    expect(maskHref('mailto:jane@example.com', ids)).toBe('#');
  });
});
