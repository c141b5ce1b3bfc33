// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNotice, type Notice } from '../../components/page/notice';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

let notice: Notice | undefined;
afterEach(() => {
  act(() => notice?.destroy());
  notice = undefined;
});

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
    await act(async () => notice!.addProblem({ featureId: 'hello', message: 'inbox rows not found' }));
    expect(text()).toContain('Seller Inbox: 1 feature paused — the page changed: inbox rows not found');
    await act(async () => notice!.addProblem({ featureId: 'badges', message: 'thread rows not found' }));
    expect(text()).toContain('Seller Inbox: 2 features paused — the page changed: inbox rows not found');
    expect(host()!.shadowRoot!.querySelector('[data-si-part="details"]')).toBeNull();
    await act(async () => button(/features paused/)!.click());
    const details = host()!.shadowRoot!.querySelector('[data-si-part="details"]')!;
    expect(details.textContent).toContain('hello: inbox rows not found');
    expect(details.textContent).toContain('badges: thread rows not found');
  });

  it('can be dismissed; the same problem stays quiet, a new one shows again', async () => {
    notice = createNotice();
    await act(async () => notice!.addProblem({ featureId: 'hello', message: 'inbox rows not found' }));
    await act(async () => button(/Dismiss/)!.click());
    expect(text()).not.toContain('paused');
    await act(async () => {
      notice!.clearProblems();
      notice!.addProblem({ featureId: 'hello', message: 'inbox rows not found' });
    });
    expect(text()).not.toContain('paused');
    await act(async () => notice!.addProblem({ featureId: 'badges', message: 'other' }));
    expect(text()).toContain('2 features paused');
  });

  it('says "reload" when the extension context is gone', async () => {
    notice = createNotice();
    await act(async () => notice!.showInvalidated());
    expect(text()).toContain('Seller Inbox was updated — reload the page to continue');
    expect(button(/Reload/)).toBeDefined();
  });
});
