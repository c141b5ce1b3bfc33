// The start part's loader of the page UI's on-demand part (components/page/on-demand/load.ts) and the registry's
// stand-ins for the on-demand features.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Feature, FeatureContext } from '../../components/page/feature';
import type { OnDemandPart } from '../../components/page/on-demand/part';

vi.mock('webextension-polyfill', () => ({ default: { runtime: {}, i18n: { getMessage: () => '' } } }));

const sendRequest = vi.fn<(request: { type: string }) => Promise<unknown>>();
vi.mock('../../components/messaging', async (original) => ({
  ...(await original<typeof import('../../components/messaging')>()),
  sendRequest: (request: { type: string }) => sendRequest(request),
}));

const { exposeSharedModules, sharedRuntime } = await import('../../components/page/on-demand/expose');
const { loadOnDemandPart, onDemandFeature, watchThreadOnDemand } = await import('../../components/page/on-demand/load');
const { ExtensionContextInvalidatedError } = await import('../../components/messaging');
const { ON_DEMAND_FEATURES, PAGE_UI_SHARED } = await import('../../components/page/on-demand/shared-keys');

function fakeCtx() {
  const problems: string[] = [];
  const ctx = {
    reportProblem: (message: string) => { problems.push(message); },
    notify: (message: string) => { problems.push(`remark: ${message}`); },
    guard: (fn: () => void) => () => { try { fn(); } catch (e) { problems.push(`thrown: ${String(e)}`); } },
  };
  return { problems, ctx: ctx as unknown as FeatureContext };
}

/** what the background's injection does: the on-demand script registers its features on the shared global */
function registerOnInject(init: Feature['init'], watchThread: OnDemandPart['watchThread'] = () => undefined): void {
  sendRequest.mockImplementation(async () => {
    const runtime = sharedRuntime()!;
    const features = Object.fromEntries(ON_DEMAND_FEATURES.map((id) => [id, { id, pages: ['thread'], init } as Feature]));
    runtime.onDemand = { features: features as never, previewTranslation: async () => () => null, savePageSample: () => ({ fileName: 'f.html', elements: 1 }), watchThread, mountReact: () => () => undefined };
    return { ok: true };
  });
}

beforeEach(() => {
  sendRequest.mockReset();
  exposeSharedModules();
});
afterEach(() => { delete (globalThis as Record<string, unknown>)[PAGE_UI_SHARED]; });

describe('page UI on demand', () => {
  it('puts the shared modules on one global for the on-demand part; React is not among them (it ships on demand)', () => {
    const runtime = (globalThis as Record<string, unknown>)[PAGE_UI_SHARED] as { modules: Record<string, unknown> };
    expect(Object.keys((runtime.modules['components/page/i18n.ts'] as object))).toContain('t');
    expect(Object.keys(runtime.modules).filter((key) => !key.startsWith('components/'))).toEqual([]);
  });

  it('asks the background once for concurrent features, then runs the real feature', async () => {
    const init = vi.fn();
    registerOnInject(init);
    const a = onDemandFeature('thread-order-panel', ['thread']);
    const b = onDemandFeature('compose-templates', ['thread']);
    const { ctx, problems } = fakeCtx();
    const signal = new AbortController().signal;
    await Promise.all([a.init(ctx, signal), b.init(ctx, signal)]);
    expect(sendRequest).toHaveBeenCalledTimes(1);
    expect(sendRequest).toHaveBeenCalledWith({ type: 'page-ui/on-demand' });
    expect(init).toHaveBeenCalledTimes(2);
    expect(init).toHaveBeenCalledWith(ctx, signal);
    expect(problems).toEqual([]);
    // loaded: no more asking
    await a.init(ctx, signal);
    expect(sendRequest).toHaveBeenCalledTimes(1);
  });

  it('a failed load is the feature\'s problem (the notice says it could not be loaded); the next view tries again', async () => {
    sendRequest.mockRejectedValue(new Error('Could not load file'));
    const feature = onDemandFeature('compose-policy', ['thread']);
    const { ctx, problems } = fakeCtx();
    await feature.init(ctx, new AbortController().signal);
    expect(problems).toEqual(['could not be loaded (reload the page to try again)']);
    const init = vi.fn();
    registerOnInject(init);
    await feature.init(ctx, new AbortController().signal);
    expect(init).toHaveBeenCalledTimes(1);
  });

  it('an injection that ran but did not register is a failed load', async () => {
    sendRequest.mockResolvedValue({ ok: true });
    await expect(loadOnDemandPart()).rejects.toThrow(/did not register/);
    const { ctx, problems } = fakeCtx();
    await onDemandFeature('thread-translate', ['thread']).init(ctx, new AbortController().signal);
    expect(problems).toHaveLength(1);
  });

  it('the extension gone is not a problem of the feature: the runner\'s "reload" notice handles it', async () => {
    sendRequest.mockRejectedValue(new ExtensionContextInvalidatedError());
    const { ctx, problems } = fakeCtx();
    await expect(onDemandFeature('thread-blacklist', ['thread']).init(ctx, new AbortController().signal)).rejects.toBeInstanceOf(ExtensionContextInvalidatedError);
    expect(problems).toEqual([]);
  });

  it('the list features watch an open conversation through the on-demand part; a failed load is a remark, not a pause', async () => {
    const watched: unknown[] = [];
    registerOnInject(vi.fn(), (ctx, signal, options) => { watched.push([ctx, signal, options]); });
    const { ctx, problems } = fakeCtx();
    const signal = new AbortController().signal;
    const options = { needs: ['conversation' as const], onRead: () => undefined };
    watchThreadOnDemand(ctx, signal, options);
    await expect.poll(() => watched.length).toBe(1);
    expect(watched[0]).toEqual([ctx, signal, options]);
    expect(problems).toEqual([]);

    exposeSharedModules();
    sendRequest.mockRejectedValue(new Error('Could not load file'));
    const failing = fakeCtx();
    watchThreadOnDemand(failing.ctx, new AbortController().signal, options);
    await expect.poll(() => failing.problems).toEqual(['remark: could not be loaded (reload the page to try again)']);
  });

  it('the registry lists every on-demand feature with the page kinds of the real one', async () => {
    const { FEATURES } = await import('../../components/features/registry');
    const real: Record<string, Feature> = {
      'compose-templates': (await import('../../components/features/compose-templates')).default,
      'compose-policy': (await import('../../components/features/compose-policy')).default,
      'thread-order-panel': (await import('../../components/features/thread-order-panel')).default,
      'thread-buyer-panel': (await import('../../components/features/thread-buyer-panel')).default,
      'thread-blacklist': (await import('../../components/features/thread-blacklist')).default,
      'thread-translate': (await import('../../components/features/thread-translate')).default,
      'compose-translate': (await import('../../components/features/compose-translate')).default,
    };
    expect(Object.keys(real).sort()).toEqual([...ON_DEMAND_FEATURES].sort());
    for (const id of ON_DEMAND_FEATURES) {
      const listed = FEATURES.find((f) => f.id === id);
      expect(listed, id).toBeDefined();
      expect(listed!.init, id).not.toBe(real[id]!.init);
      expect([...listed!.pages], id).toEqual([...real[id]!.pages]);
      expect(real[id]!.id).toBe(id);
    }
  });
});
