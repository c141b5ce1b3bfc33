/**
 * The policy check around the page's Send: the synchronous decision in the capture phase, the
 * checker's cache and local placeholder findings, and the background handlers behind it.
 */
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { createHandlers } from '../../lib/protocol/handlers';
import { starterTemplatesLoader } from './helpers/starter-templates';
import { shippedModelLoader } from '../tools/classify/model-file.ts';
import { createRegistry, createRouter, type Router } from '../../lib/protocol/router';
import { afterCheck, decideSend, isSendKey } from '../../components/features/compose-policy/gate';
import { PLACEHOLDER_RULE, PolicyChecker, withoutPlaceholders, type CheckRequest, type CheckResult } from '../../components/features/compose-shared/check';
import { PLACEHOLDER_RULE as HANDLER_PLACEHOLDER_RULE, placeholderFindings } from '../../lib/protocol/handlers/compose';

// the checker's default transport is the extension's messaging; these tests give it their own
vi.mock('webextension-polyfill', () => ({ default: { runtime: {}, i18n: { getMessage: () => '' } } }));

const US = 'ATVPDKIKX0DER';
const result = (text: string, verdict: CheckResult['verdict']): CheckResult =>
  ({ text, verdict, findings: verdict === 'ok' ? [] : [{ rule: 'r', severity: verdict, start: 0, end: 1, code: 'r' }], explain: {} });

describe('Send decision', () => {
  const input = { bypass: undefined, acknowledged: false };
  it('passes empty text and clean text, stops block and warn, holds an unchecked text for a check', () => {
    expect(decideSend({ ...input, text: '  ', cached: undefined })).toEqual({ kind: 'pass' });
    expect(decideSend({ ...input, text: 'hi', cached: result('hi', 'ok') })).toEqual({ kind: 'pass' });
    expect(decideSend({ ...input, text: 'hi', cached: result('hi', 'block') })).toMatchObject({ kind: 'block' });
    expect(decideSend({ ...input, text: 'hi', cached: result('hi', 'warn') })).toMatchObject({ kind: 'warn' });
    expect(decideSend({ ...input, text: 'hi', cached: undefined })).toEqual({ kind: 'check' });
  });
  it('"Send anyway" lets exactly that text through once; a confirmed warning passes; a block never does', () => {
    expect(decideSend({ text: 'hi', cached: result('hi', 'warn'), bypass: 'hi', acknowledged: false })).toEqual({ kind: 'pass', consumeBypass: true });
    expect(decideSend({ text: 'hi!', cached: result('hi!', 'warn'), bypass: 'hi', acknowledged: false })).toMatchObject({ kind: 'warn' });
    expect(decideSend({ text: 'hi', cached: result('hi', 'warn'), bypass: undefined, acknowledged: true })).toEqual({ kind: 'pass' });
    expect(decideSend({ text: 'hi', cached: result('hi', 'block'), bypass: undefined, acknowledged: true })).toMatchObject({ kind: 'block' });
    expect(afterCheck(result('hi', 'ok'), false)).toEqual({ kind: 'pass' });
    expect(afterCheck(result('hi', 'warn'), true)).toEqual({ kind: 'pass' });
    expect(afterCheck(result('hi', 'warn'), false)).toMatchObject({ kind: 'warn' });
    expect(afterCheck(result('hi', 'block'), true)).toMatchObject({ kind: 'block' });
  });
  it('the send key is Ctrl/⌘+Enter; plain Enter is a new line', () => {
    const k = { key: 'Enter', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, isComposing: false };
    expect(isSendKey({ ...k, ctrlKey: true })).toBe(true);
    expect(isSendKey({ ...k, metaKey: true })).toBe(true);
    expect(isSendKey(k)).toBe(false);
    expect(isSendKey({ ...k, ctrlKey: true, isComposing: true })).toBe(false);
  });
});

describe('checker', () => {
  it('flags template placeholders left in the text as warnings; the picker leaves them out', () => {
    expect(PLACEHOLDER_RULE).toBe(HANDLER_PLACEHOLDER_RULE);
    const f = placeholderFindings('Hello [buyer first name?], order [order id?]. [not a variable?]');
    expect(f.map((x) => [x.rule, x.severity, x.start, x.end])).toEqual([
      [PLACEHOLDER_RULE, 'warn', 6, 25], [PLACEHOLDER_RULE, 'warn', 33, 44],
    ]);
    const r: CheckResult = { text: 'x [sku?]', verdict: 'warn', findings: placeholderFindings('x [sku?]'), explain: {} };
    expect(withoutPlaceholders(r)).toMatchObject({ verdict: 'ok', findings: [] });
    const both: CheckResult = { ...r, verdict: 'block', findings: [...r.findings, { rule: 'html', severity: 'block', start: 0, end: 1, code: 'htmlTag' }] };
    expect(withoutPlaceholders(both)).toMatchObject({ verdict: 'block', findings: [{ rule: 'html' }] });
  });

  it('asks the background once per text and answers later calls synchronously from the cache', async () => {
    const request = vi.fn<CheckRequest>(async (text) => ({ result: { verdict: text.includes('@') ? 'block' : 'ok', findings: [] }, explain: {} }));
    const checker = new PolicyChecker(request);
    expect(checker.cached('hi', US)).toBeUndefined();
    expect(checker.cached('   ', US)).toMatchObject({ verdict: 'ok' });
    const [a, b] = await Promise.all([checker.check('hi', US), checker.check('hi', US)]);
    expect(a).toBe(b);
    expect(request).toHaveBeenCalledTimes(1);
    expect(checker.cached('hi', US)).toMatchObject({ verdict: 'ok', text: 'hi' });
    expect(checker.cached('hi', 'A1PA6795UKMFR9')).toBeUndefined();
    expect((await checker.check('a@b.c', US)).verdict).toBe('block');
  });

  it('a failed check is not cached', async () => {
    let fail = true;
    const checker = new PolicyChecker(async () => {
      if (fail) throw new Error('gone');
      return { result: { verdict: 'ok', findings: [] }, explain: {} };
    });
    await expect(checker.check('hi', US)).rejects.toThrow('gone');
    fail = false;
    expect((await checker.check('hi', US)).verdict).toBe('ok');
  });
});

describe('background handlers', () => {
  const EXT = 'abcdefghijklmnopabcdefghijklmnop';
  const own = { id: EXT, url: 'https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=T1&cc=T1', tab: { id: 1 } };
  let repos: Repositories;
  let router: Router;
  beforeEach(async () => {
    repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`));
    router = createRouter(createRegistry(createHandlers({ repos, now: () => new Date('2026-11-23T12:00:00Z'), version: '1', classifierModel: shippedModelLoader, starterTemplates: starterTemplatesLoader })), { extensionId: () => EXT, warn: () => undefined });
  });
  afterEach(() => repos.db.close());

  it('compose/check: the verdict, findings and an explanation per rule found', async () => {
    const r = await router({ type: 'compose/check', text: 'Leave us 5 stars and get a $10 gift card, email me at x@gmail.com', marketplace: US }, own) as {
      result: { verdict: string; findings: Array<{ rule: string }> }; explain: Record<string, string>;
    };
    expect(r.result.verdict).toBe('block');
    const rules = r.result.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['review-manipulation', 'email-address']));
    // each rule's reason as its catalog key (the UI words it: components/i18n/policy-text.ts)
    for (const rule of rules) expect(r.explain[rule]).toBe(`polExplain_${rule.replace(/-/g, '_')}`);
    expect(await router({ type: 'compose/check', text: 'Your order ships today.' }, own)).toMatchObject({ result: { verdict: 'ok', findings: [] }, explain: {} });
    const left = await router({ type: 'compose/check', text: 'Your order [order id?] ships today.' }, own);
    expect(left).toMatchObject({ result: { verdict: 'warn', findings: [{ rule: PLACEHOLDER_RULE, start: 11, end: 22 }] }, explain: { [PLACEHOLDER_RULE]: expect.any(String) } });
    expect(await router({ type: 'compose/check', text: 'x'.repeat(20_001) }, own)).toMatchObject({ error: { code: 'invalid-request' } });
  });

  it('templates/context: the stored order’s values and the category of the buyer’s messages', async () => {
    const at = '2026-11-20T00:00:00.000Z';
    await repos.orders.upsert([{
      order: { orderId: '111-0000000-0000001', status: 'Shipped', fulfillment: 'FBM', purchaseDate: at, buyerName: 'Ana Ruiz',
        trackingNumber: '1Z999', latestDeliveryDate: '2026-11-25T00:00:00.000Z', provenance: { source: 'import', at } },
      items: [{ key: '111-0000000-0000001|B01', orderId: '111-0000000-0000001', asin: 'B01', sku: 'S1', title: 'Lamp', quantity: 2, provenance: { source: 'import', at } }],
    }]);
    const r = await router({ type: 'templates/context', orderIds: ['999-0000000-0000000', '111-0000000-0000001'],
      buyerText: 'Any news?', threadText: 'Where is my order? It has not arrived yet and the tracking does not move.' }, own);
    expect(r).toEqual({
      order: { orderId: '111-0000000-0000001', buyerName: 'Ana Ruiz', trackingNumber: '1Z999', deliveryDate: '2026-11-25T00:00:00.000Z',
        items: [{ asin: 'B01', sku: 'S1', title: 'Lamp', quantity: 2 }] },
      category: 'where-is-my-order', confidence: expect.any(Number),
    });
    expect(await router({ type: 'templates/context' }, own)).toEqual({});
  });

  it('templates/pick and templates/preview: the ranked list for a session, and a rendered, checked template', async () => {
    const pick = await router({ type: 'templates/pick', session: 's1', query: '', marketplaceId: US, category: 'invoice' }, own) as {
      rows: Array<{ id: string; name: string; inCategory: boolean }>; total: number; templates: number };
    expect(pick.templates).toBeGreaterThan(5); // the starters went in on first use
    expect(pick.rows[0]).toMatchObject({ name: 'Invoice', inCategory: true });
    const found = await router({ type: 'templates/pick', session: 's1', query: 'retrn' }, own) as { rows: Array<{ id: string; name: string }> };
    expect(found.rows[0]?.name).toBe('Return and refund');
    const ctx = { marketplaceId: US, buyerName: 'Jane Doe', orderId: '113-1234567-1234567', items: [{ asin: 'B01', title: 'Lamp', quantity: 1 }] };
    const r = await router({ type: 'templates/preview', session: 's1', templateId: found.rows[0]!.id, ctx }, own) as {
      preview: { render: { text: string; missing: string[] }; placeholders: string[]; check: { verdict: string }; language: string } };
    expect(r.preview.render.text).toContain('Hello Jane,');
    expect(r.preview.render.text).toContain('"Lamp"');
    expect(r.preview.render.missing).toEqual(['store_name']);
    expect(r.preview.placeholders).toEqual(['[store name?]']);
    // the placeholder is the picker's own question: no policy finding for it here
    expect(r.preview.check.verdict).toBe('ok');
    expect(r.preview.language).toBe('en');
    // an unknown session (the worker slept) loads the templates again; an unknown template has no preview
    expect(await router({ type: 'templates/preview', session: 'other', templateId: 'nope', ctx }, own)).toEqual({});
    await router({ type: 'templates/save', template: { name: 'Zz mail', bodies: { en: 'Write to a@b.com' } } }, own);
    const fresh = await router({ type: 'templates/pick', session: 's2', query: 'zz mail' }, own) as { rows: Array<{ id: string }> };
    const bad = await router({ type: 'templates/preview', session: 's2', templateId: fresh.rows[0]!.id, ctx }, own) as { preview: { check: { verdict: string; explain: Record<string, string> } } };
    expect(bad.preview.check.verdict).toBe('block');
    expect(bad.preview.check.explain['email-address']).toBe('polExplain_email_address');
  });
});
