/**
 * The template picker's pure parts: ranking (category first, fuzzy search over name, tags and body),
 * the keyboard state machine, the insertion gate, the preview runs, the thread values, and the
 * insertion helper on a textarea (happy-dom: no execCommand, so the native-setter path).
 */
import { Window } from 'happy-dom';
import type { Category, Template } from '../../lib/model';
import type { Finding } from '../../lib/policy';
import { readOrderPanel } from '../../lib/seller-central/thread-page';
import { renderTemplate } from '../../lib/templates';
import { STARTER_TEMPLATES } from '../../lib/templates/starters';
import { mergeThreadValues, readPageValues, type PageThreadValues } from '../../components/features/compose-templates/context';
import { insertionGate } from '../../components/features/compose-templates/gate';
import { previewRuns } from '../../components/features/compose-templates/highlight';
import { firstPlaceholder, insertIntoTextarea, spliceText } from '../../components/features/compose-templates/insert';
import { initialKeyState, pickerKey, pointTo, type PickerKeyState } from '../../components/features/compose-templates/keys';
import { buildIndex, searchIndex } from '../../lib/protocol/handlers/picker-index';
import { loadFixture } from './seller-central-load-fixture';

const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';

function tpl(id: string, name: string, en: string, extra: Partial<Template> = {}): Template {
  return { id, name, tags: [], categories: [], bodies: { en }, createdAt: '', updatedAt: '', ...extra };
}

const names = (templates: readonly Template[], marketplace: string, query: string, category?: Category) => {
  const index = buildIndex(templates, marketplace, category);
  return searchIndex(index, query).map((i) => index.entries[i]!.template.name);
};

describe('picker ranking', () => {
  it('without a query: the templates of the thread’s category first, then the rest, each alphabetically', () => {
    const list = names(STARTER_TEMPLATES, US, '', 'where-is-my-order');
    expect(list.slice(0, 2)).toEqual(['Where is my order?', 'Where is my order? (with tracking number, FBM)']);
    expect(list.slice(2)).toEqual([...list.slice(2)].sort((a, b) => a.localeCompare(b)));
    expect(list).toHaveLength(STARTER_TEMPLATES.length);
    // no category known: plain alphabetical
    expect(names(STARTER_TEMPLATES, US, '')[0]).toBe('Away message (holiday auto-reply)');
  });

  it('fuzzy: a typo, a prefix, terms in any order, tags and body text all find templates', () => {
    expect(names(STARTER_TEMPLATES, US, 'retrn')[0]).toBe('Return and refund');
    expect(names(STARTER_TEMPLATES, US, 'inv')).toEqual(['Invoice']);
    expect(names(STARTER_TEMPLATES, US, 'order where')).toEqual(['Where is my order?', 'Where is my order? (with tracking number, FBM)']);
    expect(names(STARTER_TEMPLATES, US, 'fbm')).toEqual(['Where is my order? (with tracking number, FBM)']); // tag
    expect(names(STARTER_TEMPLATES, US, 'carrier')).toContain('Where is my order?'); // body only
    expect(names(STARTER_TEMPLATES, US, 'qqqzzz')).toEqual([]);
  });

  it('name matches come before body matches; within each, the thread’s category first', () => {
    const list = [
      tpl('a', 'Apology', 'We will refund you today.'),
      tpl('b', 'Refund policy', 'Our terms.'),
      tpl('c', 'Zebra', 'A refund is on its way.', { categories: ['return-refund'] }),
      tpl('d', 'Refund sent', 'Done.', { categories: ['return-refund'] }),
    ];
    expect(names(list, US, 'refund', 'return-refund')).toEqual(['Refund sent', 'Refund policy', 'Zebra', 'Apology']);
    expect(names(list, US, 'refund')).toEqual(['Refund policy', 'Refund sent', 'Apology', 'Zebra']);
  });

  it('searches the body in the marketplace’s language (German on amazon.de), and Japanese text', () => {
    expect(names(STARTER_TEMPLATES, DE, 'rechnung')).toEqual(['Invoice']);
    const ja = names(STARTER_TEMPLATES, 'A1VC38T7YXB528', '注文');
    expect(ja.length).toBeGreaterThan(3);
  });

  it('typing forward narrows the previous matches, and going back widens again', () => {
    const index = buildIndex(STARTER_TEMPLATES, US);
    const wide = searchIndex(index, 're').length;
    expect(searchIndex(index, 'ret').length).toBeLessThanOrEqual(wide);
    expect(searchIndex(index, 'refund').length).toBeGreaterThan(0);
    expect(searchIndex(index, 're').length).toBe(wide);
    expect(searchIndex(index, '')).toHaveLength(STARTER_TEMPLATES.length);
  });

  it('one letter looks at names and tags only; a repeated query is answered from memory', () => {
    const list = [tpl('a', 'Apology', 'xylophone'), tpl('b', 'Xmas hours', 'Closed.'), tpl('c', 'Other', 'Hi', { tags: ['xl'] })];
    expect(names(list, US, 'x')).toEqual(['Xmas hours', 'Other']);
    expect(names(list, US, 'xy')).toEqual(['Apology']);
    const index = buildIndex(list, US);
    const first = searchIndex(index, 'closed');
    expect(searchIndex(index, 'closed')).toBe(first);
  });

  it('marks a body that is not in the marketplace’s language', () => {
    const index = buildIndex([tpl('x', 'Only English', 'Hi')], DE);
    expect(index.entries[0]).toMatchObject({ language: 'en', fallback: true });
  });
});

describe('picker keyboard', () => {
  const press = (s: PickerKeyState, ...keys: string[]) => keys.reduce((acc, k) => pickerKey(acc, k).state, s);

  it('arrows move and wrap, pages jump and stop at the ends', () => {
    const s = initialKeyState(5);
    expect(s).toEqual({ phase: 'browse', active: 0, count: 5 });
    expect(press(s, 'ArrowDown', 'ArrowDown').active).toBe(2);
    expect(press(s, 'ArrowUp').active).toBe(4);
    expect(press(s, 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown').active).toBe(0);
    expect(press(initialKeyState(20), 'PageDown', 'PageDown', 'PageDown').active).toBe(19);
    expect(press(initialKeyState(20), 'PageUp').active).toBe(0);
  });

  it('Enter asks to insert; a question is answered by Enter, dropped by Esc or a move; Esc closes', () => {
    const s = initialKeyState(3);
    expect(pickerKey(s, 'Enter')).toMatchObject({ effect: 'request-insert', handled: true });
    const asking: PickerKeyState = { ...s, phase: 'confirm' };
    expect(pickerKey(asking, 'Enter')).toMatchObject({ effect: 'confirm-insert', state: { phase: 'browse' } });
    expect(pickerKey(asking, 'Escape')).toMatchObject({ effect: null, state: { phase: 'browse' } });
    expect(pickerKey(asking, 'ArrowDown')).toMatchObject({ effect: null, state: { phase: 'browse', active: 1 } });
    expect(pickerKey(s, 'Escape').effect).toBe('close');
  });

  it('nothing to choose: Enter does nothing; other keys are left to the search field', () => {
    const empty = initialKeyState(0);
    expect(empty.active).toBe(-1);
    expect(pickerKey(empty, 'Enter')).toMatchObject({ effect: null, handled: true });
    expect(pickerKey(empty, 'ArrowDown').state.active).toBe(-1);
    expect(pickerKey(initialKeyState(3), 'a')).toMatchObject({ handled: false, effect: null });
    expect(pickerKey(initialKeyState(3), 'Home').handled).toBe(false);
  });

  it('a click points at a row', () => {
    expect(pointTo({ phase: 'confirm', active: 0, count: 4 }, 2)).toEqual({ phase: 'browse', active: 2, count: 4 });
    expect(pointTo(initialKeyState(2), 7).active).toBe(0);
  });
});

const finding = (severity: Finding['severity'], start = 0, end = 1, rule = 'x'): Finding => ({ rule, severity, start, end, code: rule });

describe('insertion gate', () => {
  const base = { findings: [] as Finding[], missing: [] as string[], policyOn: true };
  it('block refuses with the first blocking finding; warn and missing values ask; ok inserts; pending waits', () => {
    const block = finding('block', 3, 5, 'email-address');
    expect(insertionGate({ ...base, verdict: 'block', findings: [finding('warn'), block] })).toEqual({ kind: 'refuse', finding: block });
    expect(insertionGate({ ...base, verdict: 'warn', findings: [finding('warn')] })).toMatchObject({ kind: 'confirm', warnings: [{ severity: 'warn' }], missing: [] });
    expect(insertionGate({ ...base, verdict: 'ok', missing: ['order_id'] })).toEqual({ kind: 'confirm', warnings: [], missing: ['order_id'] });
    expect(insertionGate({ ...base, verdict: 'ok' })).toEqual({ kind: 'insert' });
    expect(insertionGate({ ...base, verdict: undefined })).toEqual({ kind: 'wait' });
    expect(insertionGate({ ...base, verdict: 'ok', broken: true })).toEqual({ kind: 'broken' });
  });
  it('with the policy check switched off only missing values ask', () => {
    expect(insertionGate({ ...base, policyOn: false, verdict: undefined, findings: [finding('block')] })).toEqual({ kind: 'insert' });
    expect(insertionGate({ ...base, policyOn: false, verdict: undefined, missing: ['sku'] })).toMatchObject({ kind: 'confirm' });
  });
});

describe('preview runs', () => {
  it('cuts rendered segments at findings and keeps variable and missing marks', () => {
    const r = renderTemplate('Hi {{buyer_first_name}}, mail x@y.com about {{order_id}}', { marketplaceId: US, buyerName: 'Jane Doe', items: [] });
    const at = r.text.indexOf('x@y.com');
    const runs = previewRuns(r.segments, [finding('block', at, at + 7, 'email-address')]);
    expect(runs.map((x) => x.text).join('')).toBe(r.text);
    expect(runs.find((x) => x.variable === 'buyer_first_name')).toMatchObject({ text: 'Jane' });
    expect(runs.find((x) => x.severity === 'block')).toMatchObject({ text: 'x@y.com', rules: ['email-address'] });
    expect(runs.find((x) => x.missing)).toMatchObject({ variable: 'order_id', text: '[order id?]' });
  });
});

describe('thread values', () => {
  const URL_T = 'https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=T-1001&cc=T-1001';

  it('reads the order panel of the thread fixture', () => {
    const doc = loadFixture('thread.html', URL_T);
    expect(readOrderPanel(doc)).toEqual({ orderId: '113-1234567-1234567', items: [{ asin: 'B0TEST1234', title: 'Lumen desk lamp', sku: 'LAMP-1', quantity: 1 }] });
    expect(readOrderPanel(loadFixture('thread-drifted.html', URL_T))).toBeNull();
  });

  it('takes buyer, order, product, store and seller from the page; the unanswered buyer messages to classify', () => {
    const page = readPageValues(loadFixture('thread.html', URL_T), { detected: { kind: 'thread', threadId: 'T', host: '', sellerCentral: true } });
    expect(page).toMatchObject({ marketplaceId: US, threadId: 'T-1001', buyerName: 'Jane Doe', orderIds: ['113-1234567-1234567'],
      storeName: 'Lumen Home Goods', sellerId: 'A1LUMENHOME7Q' });
    expect(page.buyerText).toBe('Hi,\nmy parcel has not arrived yet. <script>x</script>\nAny news?');
    expect(page.threadText).toContain('Where is my order?');
    const { ctx } = mergeThreadValues(page);
    const r = renderTemplate('{{buyer_first_name}} {{order_id}} {{product_name}} {{sku}} {{store_name}}', ctx);
    expect(r).toMatchObject({ text: 'Jane 113-1234567-1234567 Lumen desk lamp LAMP-1 Lumen Home Goods', complete: true });
  });

  it('fills what the page lacks from the stored order of the same id, never from another order', () => {
    const page: PageThreadValues = { marketplaceId: US, orderIds: ['111-0000000-0000001'], buyerName: 'Ana Ruiz',
      panel: { orderId: '111-0000000-0000001', items: [{ asin: 'B01', title: 'Lamp' }] } };
    const stored = { orderId: '111-0000000-0000001', buyerName: 'Someone Else', trackingNumber: '1Z999', deliveryDate: '2026-11-20T12:00:00.000Z',
      items: [{ asin: 'B01', sku: 'SKU-9', title: 'Old title', quantity: 2 }] };
    const { ctx } = mergeThreadValues(page, stored, 'where-is-my-order');
    expect(ctx).toMatchObject({ buyerName: 'Ana Ruiz', orderId: '111-0000000-0000001', trackingNumber: '1Z999', deliveryDate: stored.deliveryDate });
    expect(ctx.items).toEqual([{ asin: 'B01', sku: 'SKU-9', title: 'Lamp', quantity: 1 }]);
    const other = mergeThreadValues(page, { ...stored, orderId: '999-9999999-9999999' }).ctx;
    expect(other.trackingNumber).toBeUndefined();
    expect(other.items).toEqual([{ asin: 'B01', title: 'Lamp', quantity: 1 }]);
    expect(renderTemplate('{{tracking_number}}', other)).toMatchObject({ text: '[tracking number?]', missing: ['tracking_number'] });
  });

  it('the store name the seller typed in Options wins over the page header; without either it is missing (issue 16, item 2)', () => {
    const page: PageThreadValues = { marketplaceId: US, orderIds: [], panel: null };
    expect(mergeThreadValues(page).ctx.storeName).toBeUndefined();
    expect(mergeThreadValues({ ...page, storeName: 'Header name' }).ctx.storeName).toBe('Header name');
    expect(mergeThreadValues({ ...page, storeName: 'Header name' }, undefined, undefined, 'Typed name').ctx.storeName).toBe('Typed name');
  });
});

describe('insertion helper', () => {
  it('splices at a range and finds the first placeholder', () => {
    expect(spliceText('AB', { start: 1, end: 1 }, 'x')).toEqual({ value: 'AxB', replaced: { start: 1, end: 1 }, inserted: { start: 1, end: 2 } });
    expect(spliceText('Hello', { start: 1, end: 4 }, '-')).toMatchObject({ value: 'H-o' });
    expect(spliceText('AB', { start: 9, end: 12 }, 'x').value).toBe('ABx');
    expect(firstPlaceholder('a [sku?] b [order id?]', ['[order id?]', '[sku?]'])).toEqual({ start: 2, end: 8 });
    expect(firstPlaceholder('none', ['[sku?]'])).toBeUndefined();
  });

  it('sets the value with the native setter and a bubbling, composed input event; keeps the caret or selects the placeholder', () => {
    const window = new Window();
    const doc = window.document as unknown as Document;
    const host = doc.createElement('div');
    doc.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const ta = doc.createElement('textarea');
    shadow.append(ta);
    ta.value = 'AB';
    const events: Array<{ composed: boolean; bubbles: boolean; value: string }> = [];
    doc.addEventListener('input', (e) => events.push({ composed: e.composed, bubbles: e.bubbles, value: ta.value }));
    const r = insertIntoTextarea(ta, 'Hi [sku?]!', { start: 1, end: 1 }, { start: 3, end: 9 });
    expect(r.ok).toBe(true);
    expect(ta.value).toBe('AHi [sku?]!B');
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([4, 10]);
    expect(events).toEqual([{ composed: true, bubbles: true, value: 'AHi [sku?]!B' }]);
    insertIntoTextarea(ta, 'x', { start: 0, end: 0 });
    expect([ta.value, ta.selectionStart, ta.selectionEnd]).toEqual(['xAHi [sku?]!B', 1, 1]);
  });
});
