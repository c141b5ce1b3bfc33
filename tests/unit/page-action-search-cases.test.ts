// @vitest-environment happy-dom
/**
 * Issue 15 item 4: the read-back of a campaign message reads every case the search by order id lists, not only the one
 * the app opens (for an opted-out buyer the newest is Amazon's bounce notice). Rows that link name their case; rows
 * that do not are clicked and named by the URL the app rewrites (`cc=<caseId>`). The search covers the order id only:
 * a row that shows another order id is a case about several orders (the replica's buyer conversation that the Contact
 * Buyer page wrote into, listed after Amazon's two notices in the kill test) and is read too.
 */
import { listedCases } from '../../components/page-actions/search-cases';
import { loadHtml } from './seller-central-load-fixture';

const ORDER = '111-0000000-0000001';
const BOUNCE = '0b6f8e2a-1111-4222-a333-444455556666';
const BUYER = '1c7f9e3b-2222-4333-b444-555566667777';
/** the buyer's case about two orders: its row shows the other one */
const MULTI_ORDER_CASE = '2d8a0f4c-3333-4444-8555-666677778888';
const base = `https://sellercentral.amazon.com/messaging/inbox-v3?fi=search&ss=${ORDER}`;

const row = (caseId: string, from: string, order: string, selected: boolean, link: boolean) => {
  const tag = link ? 'a' : 'div';
  const href = link ? ` href="/messaging/inbox-v3?fi=caseId&ss=${caseId}&cc=${caseId}"` : '';
  return `<${tag} class="case-list-item" role="listitem" data-case="${caseId}" aria-selected="${selected}"${href}>`
    + `<div class="case-list-item-from">${from}</div><div class="case-list-item-subject">Order ${order}</div>`
    + `<div class="case-list-item-order">Order ID: ${order}</div><div class="case-list-item-date">Dec 5, 2026</div>`
    + `<kat-label class="case-status-label" text="Sent"></kat-label></${tag}>`;
};

function render(link: boolean, url = `${base}&cc=${BOUNCE}`): Document {
  const doc = loadHtml(`<div class="case-list" role="list">${row(BOUNCE, 'Amazon', ORDER, true, link)}${row(BUYER, 'Jane Doe', ORDER, false, link)}`
    + `${row(MULTI_ORDER_CASE, 'Max Muster', '111-0000000-0000009', false, link)}</div>`, url);
  // the app: a click on a row opens its case (the URL carries cc=)
  for (const el of doc.querySelectorAll<HTMLElement>('.case-list-item')) {
    el.addEventListener('click', (e) => {
      e.preventDefault();
      const c = el.getAttribute('data-case') ?? '';
      setTimeout(() => doc.defaultView?.history.pushState(null, '', `/messaging/inbox-v3?fi=caseId&ss=${c}&cc=${c}`), 20);
    });
  }
  return doc;
}

describe('listedCases: the cases a search by order id lists', () => {
  it('rows without links: clicks each other row of the order and names its case by the URL', async () => {
    const doc = render(false);
    expect(await listedCases(doc, ORDER, BOUNCE, new AbortController().signal)).toEqual([BOUNCE, BUYER, MULTI_ORDER_CASE]);
  });
  it('rows that link name their cases without a click', async () => {
    const doc = render(true);
    const clicked: string[] = [];
    doc.addEventListener('click', (e) => { clicked.push(String((e.target as HTMLElement).getAttribute('data-case'))); }, true);
    expect(await listedCases(doc, ORDER, BOUNCE, new AbortController().signal)).toEqual([BOUNCE, BUYER, MULTI_ORDER_CASE]);
    expect(clicked).toEqual([]);
  });
  it('a list that is not the search by this order (the app moved on to a case view): only rows that show the order', async () => {
    const doc = render(true, `https://sellercentral.amazon.com/messaging/inbox-v3?fi=caseId&ss=${BOUNCE}&cc=${BOUNCE}`);
    expect(await listedCases(doc, ORDER, BOUNCE, new AbortController().signal)).toEqual([BOUNCE, BUYER]);
    const other = render(true, `https://sellercentral.amazon.com/messaging/inbox-v3?fi=search&ss=111-0000000-0000009&cc=${BOUNCE}`);
    expect(await listedCases(other, ORDER, BOUNCE, new AbortController().signal)).toEqual([BOUNCE, BUYER]);
  });
});
