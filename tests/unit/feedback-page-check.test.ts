// @vitest-environment happy-dom
/**
 * The Feedback Manager reader in the page (components/features/thread-buyer-panel/feedback-page.ts): a page whose
 * feedback list it does not recognise is said in the quiet notice and the page check, naming what is missing, once the
 * page had its time; an empty list is no problem; the rows of a known list are stored.
 */
import { vi } from 'vitest';
import type { FeatureContext } from '../../components/page/feature';
import { getPageChecks, resetPageChecks } from '../../components/page/page-check';
import { describeCheck } from '../../components/page/page-check-text';

const sent: unknown[] = [];
vi.mock('../../components/messaging', () => ({ sendRequest: (m: unknown) => { sent.push(m); return Promise.resolve({ ok: true }); } }));
const { readFeedbackPage, FEEDBACK_WAIT_MS } = await import('../../components/features/thread-buyer-panel/feedback-page');

const HEAD = '<kat-table-head><kat-table-row><kat-table-cell>Date</kat-table-cell><kat-table-cell>Rating</kat-table-cell><kat-table-cell>Comments</kat-table-cell><kat-table-cell>Order ID</kat-table-cell></kat-table-row></kat-table-head>';
const list = (body: string) => `<kat-tab class="tab-selected"><feedback-list><kat-table>${HEAD}<kat-table-body>${body}</kat-table-body></kat-table></feedback-list></kat-tab>`;
const ROW = '<kat-table-row><kat-table-cell>Nov 3, 2026</kat-table-cell><kat-table-cell><kat-star-rating value="2"></kat-star-rating></kat-table-cell><kat-table-cell>late</kat-table-cell><kat-table-cell><kat-link>111-1111111-1111111</kat-link></kat-table-cell></kat-table-row>';

const controllers: AbortController[] = [];
function run(html: string): { notes: (string | null)[]; check: () => string | undefined } {
  document.body.replaceChildren(...new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes);
  resetPageChecks('feedback');
  const notes: (string | null)[] = [];
  const ctx = { guard: (fn: () => unknown) => fn, observe: () => undefined, notify: (m: string | null) => notes.push(m) } as unknown as FeatureContext;
  controllers.forEach((c) => c.abort());
  controllers.push(new AbortController());
  readFeedbackPage(ctx, controllers.at(-1)!.signal);
  const check = () => {
    const c = getPageChecks().checks.find((x) => x.id === 'feedback');
    return c && describeCheck(c, (_k, fallback, subs = []) => fallback.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? ''));
  };
  return { notes, check };
}

describe('Feedback Manager reader in the page', () => {
  beforeEach(() => { vi.useFakeTimers(); sent.length = 0; });
  afterEach(() => { vi.useRealTimers(); });

  it('unrecognised markup: after the wait, the notice and the page check say the feedback list was not found', async () => {
    const { notes, check } = run('<div class="feedback"><table><tr><th>Date</th><th>Comments</th></tr><tr><td>Nov 3</td><td>late</td></tr></table></div>');
    await vi.advanceTimersByTimeAsync(FEEDBACK_WAIT_MS - 1_000);
    expect(notes.filter(Boolean)).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(notes.at(-1)).toBe('Feedback Manager: feedback not read, not found: feedback list');
    expect(check()).toBe('Feedback list: not recognised · 0 feedback rows read · not found: feedback list');
    expect(sent).toEqual([]);
  });

  it('rows without star ratings: says the ratings are missing', async () => {
    const { notes, check } = run(list(ROW.replace('<kat-star-rating value="2"></kat-star-rating>', '★★')));
    await vi.advanceTimersByTimeAsync(FEEDBACK_WAIT_MS + 1_000);
    expect(notes.at(-1)).toBe('Feedback Manager: feedback not read, not found: star ratings');
    expect(check()).toContain('not found: star ratings');
  });

  it('an empty list is no problem; a list with rows is read and stored', async () => {
    const empty = run(list(''));
    await vi.advanceTimersByTimeAsync(FEEDBACK_WAIT_MS + 1_000);
    expect(empty.notes.filter(Boolean)).toEqual([]);
    expect(empty.check()).toBe('Feedback list: recognised · 0 feedback rows read · everything found');

    const full = run(list(ROW));
    await vi.advanceTimersByTimeAsync(FEEDBACK_WAIT_MS + 1_000);
    expect(full.notes.filter(Boolean)).toEqual([]);
    expect(full.check()).toBe('Feedback list: recognised · 1 feedback rows read · everything found');
    expect(sent).toHaveLength(1);
  });
});
