// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Feature, FeatureContext, PageInfo } from '../../components/page/feature';
import type { MountEnv } from '../../components/page/mount-ui';
import type { Notice, NoticeProblem } from '../../components/page/notice';
import { startRunner, type ProblemReportInput, type Runner, type RunnerDeps } from '../../components/page/runner';
import { detectPage, viewKeys } from '../../lib/seller-central/pages';

const ORIGIN = 'https://sellercentral.amazon.com';
const settle = async () => {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  }
};

type Kind = PageInfo['kind'];
const kindOf = (url: URL): Kind =>
  (!url.pathname.startsWith('/messaging/inbox') ? 'other'
    : url.pathname === '/messaging/inbox' && url.searchParams.get('fi') === 'caseId' ? 'thread' : 'inbox') as Kind;

/** The parts of WXT's ContentScriptContext the runner uses. */
function fakeWxt() {
  const controller = new AbortController();
  const wxt = {
    signal: controller.signal,
    onInvalidated(cb: () => void) {
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
    addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) {
      target.addEventListener(type === 'wxt:locationchange' ? 'test:locationchange' : type, handler, { ...options, signal: controller.signal });
    },
    notifyInvalidated: () => controller.abort(),
  };
  return wxt;
}

function fakeNotice() {
  const problems: NoticeProblem[] = [];
  const notice = {
    problems,
    invalidated: false,
    addProblem: vi.fn((p: NoticeProblem) => void problems.push(p)),
    clearProblems: vi.fn((ids?: readonly string[]) => {
      const keep = problems.filter((p) => ids !== undefined && !ids.includes(p.featureId));
      problems.splice(0, problems.length, ...keep);
    }),
    showInvalidated: vi.fn(() => void (notice.invalidated = true)),
    dismiss: vi.fn(),
    getState: () => ({ problems, invalidated: notice.invalidated, dismissed: false }),
    destroy: vi.fn(),
  };
  return notice;
}

class FakeInvalidated extends Error {}

let wxt: ReturnType<typeof fakeWxt>;
let notice: ReturnType<typeof fakeNotice>;
let sent: ProblemReportInput[];
let runner: Runner | undefined;
let warn: ReturnType<typeof vi.spyOn>;
let error: ReturnType<typeof vi.spyOn>;
let pageErrors: unknown[];
const onPageError = (e: Event) => pageErrors.push(e);

function start(features: Feature[], extra: Partial<RunnerDeps> = {}): Runner {
  runner = startRunner({
    wxt: wxt as unknown as ContentScriptContext,
    features,
    detectPage: (url) => ({ url, kind: kindOf(url), detected: { kind: kindOf(url), host: url.host, sellerCentral: true } as PageInfo['detected'], params: {} }),
    loadSettings: async () => ({}),
    sendProblem: async (report) => void sent.push(report),
    mountUi: async (env: MountEnv) => {
      const host = document.createElement('seller-inbox-test');
      host.setAttribute('data-si', env.featureId);
      document.body.append(host);
      env.signal.addEventListener('abort', () => host.remove());
      return { shadowHost: host, shadow: host.attachShadow({ mode: 'open' }), remove: () => host.remove() };
    },
    mountDom: async (env: MountEnv, options) => {
      const host = document.createElement('seller-inbox-test');
      host.setAttribute('data-si', env.featureId);
      document.body.append(host);
      const removed = new AbortController();
      env.signal.addEventListener('abort', () => { removed.abort(); host.remove(); });
      const container = document.createElement('div');
      host.attachShadow({ mode: 'open' }).append(container);
      try {
        options.render(container, removed.signal);
      } catch (error) {
        env.onError(error);
      }
      return { shadowHost: host, shadow: host.shadowRoot!, container, remove: () => host.remove() };
    },
    notice: notice as unknown as Notice,
    isContextValid: () => true,
    isInvalidatedError: (e) => e instanceof FakeInvalidated,
    ...extra,
  });
  return runner;
}

const navigate = (path: string, via: 'popstate' | 'wxt' = 'popstate') => {
  history.pushState(null, '', path);
  if (via === 'popstate') window.dispatchEvent(new PopStateEvent('popstate'));
  else window.dispatchEvent(Object.assign(new Event('test:locationchange'), { newUrl: new URL(path, ORIGIN) }));
};

/** A feature that records its runs: signals and contexts. */
function recording(id: string, pages: Kind[], init?: (ctx: FeatureContext, signal: AbortSignal) => void | Promise<void>) {
  const runs: { ctx: FeatureContext; signal: AbortSignal }[] = [];
  const feature: Feature = {
    id,
    pages,
    init(ctx, signal) {
      runs.push({ ctx, signal });
      return init?.(ctx, signal);
    },
  };
  return { feature, runs };
}

beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${ORIGIN}/messaging/inbox?fi=RESPONSE_NEEDED&pn=1`);
  wxt = fakeWxt();
  notice = fakeNotice();
  sent = [];
  pageErrors = [];
  window.addEventListener('error', onPageError);
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  error = vi.spyOn(console, 'error');
});

afterEach(async () => {
  runner?.stop();
  runner = undefined;
  wxt.notifyInvalidated();
  await settle();
  window.removeEventListener('error', onPageError);
  document.body.replaceChildren();
  expect(error).not.toHaveBeenCalled();
  expect(pageErrors).toEqual([]);
  vi.restoreAllMocks();
});

describe('runner', () => {
  it('isolates a feature that throws: others run, the problem is reported, the feature is off', async () => {
    const bad = recording('bad', ['inbox'], () => {
      throw new Error('boom');
    });
    const good = recording('good', ['inbox']);
    start([bad.feature, good.feature]);
    await settle();
    expect(good.runs).toHaveLength(1);
    expect(good.runs[0]!.signal.aborted).toBe(false);
    expect(bad.runs[0]!.signal.aborted).toBe(true);
    expect(warn).toHaveBeenCalledWith('[seller-inbox:bad] boom', expect.objectContaining({ error: expect.any(Error) }));
    // the notice says it in the catalog's words (the error's own text may be English in a Chinese UI); the log keeps it
    expect(notice.problems).toEqual([{ featureId: 'bad', message: 'stopped after an unexpected error' }]);
    expect(sent).toEqual([{ type: 'log/problem', feature: 'bad', message: 'boom', page: 'inbox' }]);
  });

  it('attributes async rejections and errors thrown later in observer callbacks', async () => {
    const rejecting = recording('rejecting', ['inbox'], async () => {
      await Promise.resolve();
      throw new Error('async boom');
    });
    const later = recording('later', ['inbox'], (ctx) => {
      ctx.observe('.row', () => {
        throw new Error('row boom');
      });
    });
    const good = recording('good', ['inbox'], (ctx) => ctx.observe('.row', () => undefined));
    start([rejecting.feature, later.feature, good.feature]);
    await settle();
    expect(rejecting.runs[0]!.signal.aborted).toBe(true);
    expect(later.runs[0]!.signal.aborted).toBe(false);

    document.body.append(Object.assign(document.createElement('div'), { className: 'row' }));
    await settle();
    expect(later.runs[0]!.signal.aborted).toBe(true);
    expect(good.runs[0]!.signal.aborted).toBe(false);
    expect(sent.map((s) => [s.feature, s.message])).toEqual([['rejecting', 'async boom'], ['later', 'row boom']]);
    expect(warn).toHaveBeenCalledWith('[seller-inbox:later] row boom', expect.anything());
  });

  it('a plain-DOM UI (mountDom): a throwing render or guarded listener pauses that feature only and removes its UI', async () => {
    const rendering = recording('rendering', ['inbox'], async (ctx) => {
      await ctx.mountDom({ name: 'r', anchor: document.body, render: () => { throw new Error('render boom'); } });
    });
    let button: HTMLButtonElement | undefined;
    const clicking = recording('clicking', ['inbox'], async (ctx) => {
      await ctx.mountDom({
        name: 'c', anchor: document.body, render: (container) => {
          button = document.createElement('button');
          button.addEventListener('click', ctx.guard(() => { throw new Error('click boom'); }));
          container.append(button);
        },
      });
    });
    const good = recording('good', ['inbox'], async (ctx) => {
      await ctx.mountDom({ name: 'g', anchor: document.body, render: (container) => container.append('fine') });
    });
    start([rendering.feature, clicking.feature, good.feature]);
    await settle();
    expect(rendering.runs[0]!.signal.aborted).toBe(true);
    expect(document.querySelector('[data-si="rendering"]')).toBeNull();
    expect(clicking.runs[0]!.signal.aborted).toBe(false);
    button!.click();
    await settle();
    expect(clicking.runs[0]!.signal.aborted).toBe(true);
    expect(document.querySelector('[data-si="clicking"]')).toBeNull();
    expect(good.runs[0]!.signal.aborted).toBe(false);
    expect(document.querySelector('[data-si="good"]')!.shadowRoot!.textContent).toBe('fine');
    expect(notice.problems.map((p) => [p.featureId, p.message])).toEqual([['rendering', 'stopped after an unexpected error'], ['clicking', 'stopped after an unexpected error']]);
    expect(sent.map((p) => p.message)).toEqual(['render boom', 'click boom']);
  });

  it('reportProblem pauses the feature and removes its UI; guard attributes callbacks', async () => {
    const reporter = recording('reporter', ['inbox'], async (ctx) => {
      await ctx.mountUi({ name: 'x', anchor: document.body, render: () => null });
      ctx.reportProblem('inbox rows not found');
    });
    const guarded = recording('guarded', ['inbox'], (ctx) => {
      setTimeout(ctx.guard(() => {
        throw new Error('timer boom');
      }), 0);
    });
    start([reporter.feature, guarded.feature]);
    await settle();
    expect(reporter.runs[0]!.signal.aborted).toBe(true);
    expect(document.querySelector('[data-si="reporter"]')).toBeNull();
    expect(guarded.runs[0]!.signal.aborted).toBe(true);
    expect(notice.problems.map((p) => p.message)).toEqual(['inbox rows not found', 'stopped after an unexpected error']);
    expect(sent.map((p) => p.message)).toEqual(['inbox rows not found', 'timer boom']);
    expect(warn).toHaveBeenCalledWith('[seller-inbox:reporter] inbox rows not found');
  });

  it('starts only features for the page kind, and re-runs on navigation, aborting the previous view', async () => {
    const inbox = recording('inbox-only', ['inbox']);
    const thread = recording('thread-only', ['thread']);
    const both = recording('both', ['inbox', 'thread']);
    start([inbox.feature, thread.feature, both.feature]);
    await settle();
    expect([inbox.runs.length, thread.runs.length, both.runs.length]).toEqual([1, 0, 1]);

    navigate('/messaging/inbox?fi=caseId&ss=T1&cc=T1');
    await settle();
    expect(inbox.runs[0]!.signal.aborted).toBe(true);
    expect(both.runs[0]!.signal.aborted).toBe(true);
    expect([inbox.runs.length, thread.runs.length, both.runs.length]).toEqual([1, 1, 2]);
    expect(thread.runs[0]!.ctx.page.kind).toBe('thread');

    // WXT's location event (Navigation API) and popstate for the same URL run once
    navigate('/messaging/inbox?fi=ALL', 'wxt');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(thread.runs[0]!.signal.aborted).toBe(true);
    expect(both.runs[1]!.signal.aborted).toBe(true);
    expect([inbox.runs.length, thread.runs.length, both.runs.length]).toEqual([2, 1, 3]);
    expect(inbox.runs[1]!.ctx.page.url.search).toBe('?fi=ALL');
  });

  it('clears the previous view\'s problems on navigation and runs the paused feature again', async () => {
    const flaky = recording('flaky', ['inbox'], (ctx) => ctx.reportProblem('nope'));
    start([flaky.feature]);
    await settle();
    expect(notice.problems).toHaveLength(1);
    navigate('/messaging/inbox?pn=2');
    await settle();
    expect(notice.clearProblems).toHaveBeenCalled();
    expect(flaky.runs).toHaveLength(2);
  });

  it('a download (blob: link) is no navigation: the features keep running, the problems stay', async () => {
    const flaky = recording('flaky', ['inbox'], (ctx) => ctx.reportProblem('nope'));
    const steady = recording('steady', ['inbox']);
    start([flaky.feature, steady.feature]);
    await settle();
    const cleared = notice.clearProblems.mock.calls.length;
    // what WXT's location watcher sends when our "Save page sample" clicks its <a download href="blob:...">
    window.dispatchEvent(Object.assign(new Event('test:locationchange'), { newUrl: new URL(`blob:${ORIGIN}/3f2c1a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b`) }));
    await settle();
    expect(notice.clearProblems).toHaveBeenCalledTimes(cleared);
    expect(notice.problems).toHaveLength(1);
    expect(steady.runs).toHaveLength(1);
    expect(steady.runs[0]!.signal.aborted).toBe(false);
  });

  it('respects feature switches; a failing settings call means all on', async () => {
    const off = recording('off', ['inbox']);
    const on = recording('on', ['inbox']);
    start([off.feature, on.feature], { loadSettings: async () => ({ off: false }) });
    await settle();
    expect([off.runs.length, on.runs.length]).toEqual([0, 1]);
    expect(on.runs[0]!.ctx.settings.isEnabled('off')).toBe(false);
    runner!.stop();

    const again = recording('off', ['inbox']);
    start([again.feature], { loadSettings: () => Promise.reject(new Error('background asleep')) });
    await settle();
    expect(again.runs).toHaveLength(1);
  });

  it('stops everything and says "reload" when the extension context is invalidated', async () => {
    const a = recording('a', ['inbox'], () => {
      throw new Error('boom');
    });
    const b = recording('b', ['inbox']);
    start([a.feature, b.feature], {
      sendProblem: () => Promise.reject(new FakeInvalidated('Extension context invalidated.')),
    });
    await settle();
    expect(notice.showInvalidated).toHaveBeenCalledTimes(1);
    expect(b.runs[0]!.signal.aborted).toBe(true);
    navigate('/messaging/inbox?fi=caseId&ss=T2&cc=T2');
    await settle();
    expect(b.runs).toHaveLength(1); // nothing starts again
  });

  it('on WXT invalidation, whatever caused it: everything stops and the notice says so (never a silent stop)', async () => {
    let valid = true;
    const f = recording('f', ['inbox']);
    start([f.feature], { isContextValid: () => valid });
    await settle();
    wxt.notifyInvalidated();
    expect(f.runs[0]!.signal.aborted).toBe(true);
    expect(notice.showInvalidated).toHaveBeenCalledTimes(1);

    wxt = fakeWxt();
    const g = recording('g', ['inbox']);
    start([g.feature], { isContextValid: () => valid });
    await settle();
    valid = false;
    wxt.notifyInvalidated();
    expect(g.runs[0]!.signal.aborted).toBe(true);
    expect(notice.showInvalidated).toHaveBeenCalledTimes(2);
  });
  it('checkContext (a newer copy started): a live copy goes on, one whose extension is gone stops and says so', async () => {
    let valid = true;
    const f = recording('f', ['inbox']);
    const runner = start([f.feature], { isContextValid: () => valid });
    await settle();
    runner.checkContext();
    expect(f.runs[0]!.signal.aborted).toBe(false);
    expect(notice.showInvalidated).not.toHaveBeenCalled();
    valid = false;
    runner.checkContext();
    expect(f.runs[0]!.signal.aborted).toBe(true);
    expect(notice.showInvalidated).toHaveBeenCalledTimes(1);
  });
  it('inbox v3: a case opens beside the list; the list features keep running, the case features follow the case', async () => {
    const realDetect = (url: URL): PageInfo => {
      const detected = detectPage(url.href);
      return { url, kind: detected.kind, detected, params: {}, views: viewKeys(detected) };
    };
    const list = recording('list', ['inbox']);
    const conversation = recording('conversation', ['thread']);
    const both = recording('both', ['inbox', 'thread']);
    navigate('/messaging/inbox-v3?fi=responseNeeded');
    start([list.feature, conversation.feature, both.feature], { detectPage: realDetect });
    await settle();
    expect([list.runs.length, conversation.runs.length, both.runs.length]).toEqual([1, 0, 1]);

    // the app rewrites its own query: nothing restarts
    history.replaceState(null, '', '/messaging/inbox-v3?fi=responseNeeded&ref=sc_bsm');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect([list.runs.length, conversation.runs.length, both.runs.length]).toEqual([1, 0, 1]);

    const A = '3f2a9c4e-1b7d-4e2a-9f3c-0a1b2c3d4e5f';
    const B = '9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e';
    navigate(`/messaging/inbox-v3?fi=caseId&ss=${A}&cc=${A}`);
    await settle();
    // the list view is the same (a case is open); the case features start
    expect(list.runs[0]!.signal.aborted).toBe(false);
    expect([list.runs.length, conversation.runs.length, both.runs.length]).toEqual([1, 1, 2]);
    expect(conversation.runs[0]!.ctx.page.detected).toMatchObject({ caseId: A });

    navigate(`/messaging/inbox-v3?fi=caseId&ss=${B}&cc=${B}`);
    await settle();
    expect(conversation.runs[0]!.signal.aborted).toBe(true);
    expect(list.runs[0]!.signal.aborted).toBe(false);
    expect([list.runs.length, conversation.runs.length, both.runs.length]).toEqual([1, 2, 3]);
    // a problem of the list's feature stays on screen while only the case changes
    list.runs[0]!.ctx.reportProblem('case list not found');
    navigate(`/messaging/inbox-v3?fi=caseId&ss=${A}&cc=${A}`);
    await settle();
    expect(notice.clearProblems).toHaveBeenLastCalledWith(['conversation', 'both']);
    expect(notice.problems.map((p) => p.featureId)).toEqual(['list']);

    // another filter: the case closes, the list changes in place (its features follow the content)
    navigate('/messaging/inbox-v3?fi=all');
    await settle();
    expect(conversation.runs.at(-1)!.signal.aborted).toBe(true);
    expect(list.runs).toHaveLength(1); // (paused by its problem above: it stays paused for the list's view)
    // another page kind altogether ends the list view; back on the app the list feature runs again
    navigate(`/messaging/inbox?fi=caseId&ss=${A}&cc=${A}`);
    await settle();
    navigate('/messaging/inbox-v3?fi=responseNeeded');
    await settle();
    expect(list.runs).toHaveLength(2);
    expect(list.runs[1]!.signal.aborted).toBe(false);
  });
});
