// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createNotice, type Notice } from '../../components/page/notice';
import { reportPageCheck, resetPageChecks } from '../../components/page/page-check';

let notice: Notice | undefined;
afterEach(() => {
  notice?.destroy();
  notice = undefined;
});

/** the action, then the promises it started (a sample whose code loads first) */
const settle = async (action: () => void): Promise<void> => {
  action();
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
const host = () => document.querySelector('[data-si="notice"]');
const text = () => host()?.shadowRoot?.textContent ?? '';
const button = (label: RegExp) =>
  [...(host()?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => label.test(b.textContent ?? '') || label.test(b.getAttribute('aria-label') ?? ''));

describe('quiet notice', () => {
  it('is not in the page until there is something to say', () => {
    notice = createNotice();
    expect(host()).toBeNull();
  });

  it('summarises paused features (English fallback) and lists them in details', async () => {
    notice = createNotice();
    await settle(() => notice!.addProblem({ featureId: 'hello', message: 'inbox rows not found' }));
    expect(text()).toContain('Seller Inbox: 1 feature paused on this page: inbox rows not found');
    await settle(() => notice!.addProblem({ featureId: 'badges', message: 'thread rows not found' }));
    expect(text()).toContain('Seller Inbox: 2 features paused on this page: inbox rows not found');
    expect(host()!.shadowRoot!.querySelector('[data-si-part="details"]')).toBeNull();
    await settle(() => button(/features paused/)!.click());
    const details = host()!.shadowRoot!.querySelector('[data-si-part="details"]')!;
    expect(details.textContent).toContain('hello: inbox rows not found');
    expect(details.textContent).toContain('badges: thread rows not found');
  });

  it('can be dismissed; the same problem stays quiet, a new one shows again', async () => {
    notice = createNotice();
    await settle(() => notice!.addProblem({ featureId: 'hello', message: 'inbox rows not found' }));
    await settle(() => button(/Dismiss/)!.click());
    expect(text()).not.toContain('paused');
    await settle(() => {
      notice!.clearProblems();
      notice!.addProblem({ featureId: 'hello', message: 'inbox rows not found' });
    });
    expect(text()).not.toContain('paused');
    await settle(() => notice!.addProblem({ featureId: 'badges', message: 'other' }));
    expect(text()).toContain('2 features paused');
  });

  it('says "reload" when the extension context is gone', async () => {
    notice = createNotice();
    await settle(() => notice!.showInvalidated());
    expect(text()).toContain('Seller Inbox was updated — reload the page to continue');
    expect(button(/Reload/)).toBeDefined();
  });

  it('offers "Save page sample" with a problem, and says where the file went', async () => {
    let saves = 0;
    notice = createNotice(document, { saveSample: () => { saves += 1; return { fileName: 'seller-inbox-page-sample-inbox-20261123-1800.html' }; } });
    await settle(() => notice!.addProblem({ featureId: 'hello', message: 'inbox rows not found' }));
    await settle(() => button(/Save page sample/)!.click());
    expect(saves).toBe(1);
    const saved = host()!.shadowRoot!.querySelector('[data-si-part="sample-saved"]')!;
    expect(saved.textContent).toBe('Page sample saved as seller-inbox-page-sample-inbox-20261123-1800.html (in your downloads). Nothing was sent.');
  });

  it('says when the sample could not be saved', async () => {
    notice = createNotice(document, { saveSample: () => { throw new Error('no room'); } });
    await settle(() => notice!.addProblem({ featureId: 'hello', message: 'inbox rows not found' }));
    await settle(() => button(/Save page sample/)!.click());
    expect(host()!.shadowRoot!.querySelector('[data-si-part="sample-failed"]')!.textContent).toBe('The page sample could not be saved: no room');
  });

  it('waits for a sample whose code loads first (the on-demand part), and says when that failed', async () => {
    notice = createNotice(document, { saveSample: async () => ({ fileName: 'later.html' }) });
    await settle(() => notice!.addProblem({ featureId: 'hello', message: 'inbox rows not found' }));
    await settle(() => button(/Save page sample/)!.click());
    expect(host()!.shadowRoot!.querySelector('[data-si-part="sample-saved"]')!.textContent).toContain('later.html');
    notice?.destroy();
    notice = createNotice(document, { saveSample: () => Promise.reject(new Error('could not load')) });
    await settle(() => notice!.addProblem({ featureId: 'hello', message: 'inbox rows not found' }));
    await settle(() => button(/Save page sample/)!.click());
    expect(host()!.shadowRoot!.querySelector('[data-si-part="sample-failed"]')!.textContent).toBe('The page sample could not be saved: could not load');
  });

  it('shows what was read on demand, and follows new reports', async () => {
    resetPageChecks('inbox');
    notice = createNotice(document, { saveSample: () => ({ fileName: 'f.html' }) });
    await settle(() => notice!.addProblem({ featureId: 'hello', message: 'inbox rows not found' }));
    await settle(() => button(/features? paused/)!.click());
    expect(host()!.shadowRoot!.querySelector('[data-si-part="page-check-line"]')).toBeNull();
    await settle(() => button(/What was read/)!.click());
    expect(text()).toContain('Nothing read on this page yet');
    await settle(() => reportPageCheck('inbox', { layout: 'none', items: 0, parts: { list: false, toolbar: true } }));
    const lines = [...host()!.shadowRoot!.querySelectorAll('[data-si-part="page-check-line"]')].map((l) => l.textContent);
    expect(lines).toEqual(['Inbox list: not recognised · 0 rows read · not found: list']);
  });

  it('is updated, not built again: the focused summary stays the same element as problems come', async () => {
    notice = createNotice();
    await settle(() => notice!.addProblem({ featureId: 'hello', message: 'inbox rows not found' }));
    const summary = button(/features? paused/)!;
    summary.focus();
    await settle(() => notice!.addProblem({ featureId: 'badges', message: 'thread rows not found' }));
    expect(button(/features? paused/)).toBe(summary);
    expect(summary.textContent).toContain('2 features paused');
    expect(host()!.shadowRoot!.activeElement).toBe(summary);
  });

  it('has no save action without a problem to show', async () => {
    notice = createNotice(document, { saveSample: () => ({ fileName: 'f.html' }) });
    await settle(() => notice!.setRemark({ featureId: 'hello', message: '2 rows could not be read' }));
    expect(button(/Save page sample/)).toBeUndefined();
  });
});
