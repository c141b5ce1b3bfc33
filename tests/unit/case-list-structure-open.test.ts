/** Rows behind shadow roots: the opener (chrome.dom.openOrClosedShadowRoot) is asked only where a shadow root can be. */
import { describe, expect, it } from 'vitest';
import { canHostShadow, leafTexts } from '../../lib/seller-central/case-list-structure';
import { readCaseList } from '../../lib/seller-central/inbox-v3-page';
import { loadHtml } from './seller-central-load-fixture';

const NOW = Date.parse('2026-12-06T15:30:00Z');
const ZONE = 'America/Los_Angeles';
const row = (n: number) => `<a class="case-list-item" href="/messaging/inbox-v3?cc=3f2a9c4e-1b7d-4e2a-9f3c-0a1b2c3d4e5${n}">`
  + `<div class="case-list-item-from"><b>Buyer ${n}</b></div><div class="case-list-item-subject">Where <em>is</em> it?</div>`
  + `<div class="case-list-item-order">Order ID: <span>112-1234567-123456${n}</span> (2)</div>`
  + `<div class="case-list-item-date"><time>3 hours ago</time></div><kat-label class="case-status-label" text="Response needed"></kat-label></a>`;
const page = () => `<div class="inbox-v3-app"><div class="case-list" role="list">${[1, 2, 3].map(row).join('')}</div></div>`;

describe('shadow roots of a case list', () => {
  it('asks the opener for elements that can host a shadow root only, and reads the same rows', () => {
    // (a mixed element's own text comes before its elements' texts, as the adapter always read it)
    const doc = loadHtml(page());
    const asked: string[] = [];
    const read = readCaseList(doc, NOW, ZONE, (el) => { asked.push(el.localName); return el.shadowRoot; });
    expect(read.rows.map((r) => [r.buyerName, r.subject, r.orderIds[0]])).toEqual([1, 2, 3].map((n) => [`Buyer ${n}`, 'Where it? is', `112-1234567-123456${n}`]));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((name) => !canHostShadow(doc.createElement(name)))).toEqual([]);
    expect(asked).not.toContain('b');
    expect(asked).not.toContain('time');
  });

  it('every element attachShadow accepts counts as a host; others do not', () => {
    const doc = loadHtml('<p></p>');
    for (const name of ['div', 'span', 'p', 'section', 'article', 'aside', 'blockquote', 'body', 'footer', 'h1', 'h6', 'header', 'main', 'nav', 'kat-box']) {
      expect(canHostShadow(doc.createElement(name)), name).toBe(true);
    }
    for (const name of ['a', 'b', 'em', 'time', 'li', 'td', 'button', 'img', 'table']) expect(canHostShadow(doc.createElement(name)), name).toBe(false);
  });

  it('reads text behind a closed shadow root of a plain div and of a custom element, mixed text kept in order', () => {
    const doc = loadHtml('<section><div class="host"></div><kat-x></kat-x></section>');
    const roots = new Map<Element, ShadowRoot>();
    for (const host of doc.querySelectorAll('.host, kat-x')) {
      const root = host.attachShadow({ mode: 'closed' });
      root.append(...loadHtml(`<p>Order ID: <span>112-1234567-1234567</span> and more</p><style>x{}</style>`).body.childNodes);
      roots.set(host, root);
    }
    const texts = leafTexts(doc.querySelector('section')!, (el) => roots.get(el) ?? el.shadowRoot);
    expect(texts).toEqual(['Order ID: and more', '112-1234567-1234567', 'Order ID: and more', '112-1234567-1234567']);
  });

  it('a leaf is read without the walk: its text (spaces collapsed), a label attribute, a Katal label; a leaf hosting a shadow root is walked', () => {
    const doc = loadHtml('<div class="a">  Where\n  is   it? </div><div class="b" label="Sent"></div>'
      + '<kat-label class="c" text="Response needed"><span>ignored</span></kat-label><div class="d"></div><div class="e"></div>');
    const shadow = doc.querySelector('.d')!.attachShadow({ mode: 'open' });
    shadow.append(...loadHtml('<p>In the shadow</p><p>root</p>').body.childNodes);
    const asked: string[] = [];
    const open = (el: Element) => { asked.push(el.className); return el.shadowRoot; };
    expect(leafTexts(doc.querySelector('.a')!, open)).toEqual(['Where is it?']);
    expect(leafTexts(doc.querySelector('.b')!, open)).toEqual(['Sent']);
    expect(leafTexts(doc.querySelector('.c')!, open)).toEqual(['Response needed']);
    expect(leafTexts(doc.querySelector('.d')!, open)).toEqual(['In the shadow', 'root']);
    expect(leafTexts(doc.querySelector('.e')!, open)).toEqual([]);
    expect(leafTexts(doc.querySelector('.a')!, open, 0)).toEqual([]);
    // a Katal label's text is its attribute: its shadow root is not asked for
    expect(asked).not.toContain('c');
  });
});
