// @vitest-environment happy-dom
/**
 * mountUi (components/page/mount-ui.tsx): once the page UI has its stylesheet, a mount waits for no round trip (WXT's
 * createShadowRootUi fetched the stylesheet on every mount: a case opened again showed its saved translations frames
 * after its messages), and an `immediate` UI is rendered in the mounting task.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const fetches: { url: string; resolve: (text: string) => void }[] = [];

// the extension API as wxt/browser finds it (WXT's own code reads it too): set before mount-ui is imported
(globalThis as { chrome?: unknown }).chrome = {
  runtime: { id: 'test', getURL: (path: string) => `chrome-extension://test${path}` },
  storage: { local: { get: async () => ({ siE2eOpenShadowRoots: true }) } },
};

beforeEach(() => {
  vi.stubGlobal('fetch', (url: string) => new Promise((resolve) => {
    fetches.push({ url, resolve: (text) => resolve({ text: async () => text }) });
  }));
});
afterEach(() => vi.unstubAllGlobals());

const wxt = { options: { cssInjectionMode: 'ui' }, onInvalidated: () => () => undefined } as unknown as ContentScriptContext;
const env = (signal: AbortSignal) => ({ wxt, featureId: 'test', signal, onError: (e: unknown) => { throw e; } });
/** settles what is settled: a few rounds of microtasks, no timers (a fetch left pending stays pending) */
const microtasks = async (): Promise<void> => { for (let i = 0; i < 20; i++) await Promise.resolve(); };

describe('mountUi', () => {
  it('reads the stylesheet once; later mounts are in the page after microtasks only, immediate ones rendered', async () => {
    const { mountUi } = await import('../../components/page/mount-ui');
    const controller = new AbortController();
    const anchor = document.createElement('div');
    document.body.append(anchor);

    const first = mountUi(env(controller.signal), { name: 'one', anchor, css: '.a{color:red}', render: () => <p>one</p> });
    await microtasks();
    expect(fetches).toHaveLength(1);
    expect(fetches[0]!.url).toMatch(/^chrome-extension:\/\/test\/content-scripts\/.*\.css$/);
    fetches[0]!.resolve(':root{--x:1}');
    const one = await first;
    expect(one.shadow.innerHTML).toContain(':host{--x:1}');
    expect(one.shadow.innerHTML).toContain('.a{color:red}');

    let second: Awaited<ReturnType<typeof mountUi>> | undefined;
    void mountUi(env(controller.signal), { name: 'two', anchor, immediate: true, render: () => <p>two</p> }).then((m) => { second = m; });
    await microtasks();
    expect(fetches).toHaveLength(1);
    expect(second, 'mounted without a second fetch').toBeDefined();
    expect(anchor.querySelector('[data-si="two"]')).not.toBeNull();
    // rendered in the mounting task: no scheduler task has run yet
    expect(second!.shadow.textContent).toContain('two');
    expect(second!.shadow.innerHTML).toContain(':host{--x:1}');
    controller.abort();
  });
});
