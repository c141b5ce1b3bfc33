// @vitest-environment happy-dom
/**
 * mountUi and mountDom (components/page/mount-ui.ts): once the page UI has its stylesheet, a mount waits for no round
 * trip (WXT's createShadowRootUi fetched the stylesheet on every mount: a case opened again showed its saved
 * translations frames after its messages), and an `immediate` UI is rendered in the mounting task. React UIs render
 * through the on-demand part's mounter (react-mount.tsx), registered when that part loads; DOM UIs need no React.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OnDemandPart } from '../../components/page/on-demand/part';

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
  it('a React UI waits for the on-demand part: before it registered its mounter, the mount rejects', async () => {
    const { mountUi } = await import('../../components/page/mount-ui');
    const { exposeSharedModules } = await import('../../components/page/on-demand/expose');
    exposeSharedModules();
    const anchor = document.createElement('div');
    await expect(mountUi(env(new AbortController().signal), { name: 'early', anchor, render: () => <p>early</p> })).rejects.toThrow(/on-demand page UI, which is not loaded/);
    expect(anchor.children).toHaveLength(0);
  });

  it('reads the stylesheet once; later mounts are in the page after microtasks only, immediate ones rendered', async () => {
    const { mountUi } = await import('../../components/page/mount-ui');
    const { exposeSharedModules } = await import('../../components/page/on-demand/expose');
    const { mountReact } = await import('../../components/page/react-mount');
    // what the on-demand part does when it loads (entrypoints/page-ui-on-demand.ts)
    exposeSharedModules().onDemand = { mountReact } as unknown as OnDemandPart;
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

  it('a DOM UI is filled in the mounting task; a throw in it is the feature\'s; its signal aborts when it is removed', async () => {
    const { mountDom } = await import('../../components/page/mount-ui');
    const controller = new AbortController();
    const anchor = document.createElement('div');
    document.body.append(anchor);
    let removed: AbortSignal | undefined;
    const ui = await mountDom(env(controller.signal), {
      name: 'plain', anchor, css: '.b{color:blue}', render: (container, signal) => {
        removed = signal;
        container.append(Object.assign(document.createElement('p'), { textContent: 'plain' }));
      },
    });
    expect(anchor.querySelector('[data-si="plain"]')).toBe(ui.shadowHost);
    expect(ui.container.textContent).toBe('plain');
    expect(ui.shadow.innerHTML).toContain('.b{color:blue}');

    const errors: unknown[] = [];
    await mountDom({ ...env(controller.signal), onError: (e) => errors.push(e) }, { name: 'broken', anchor, render: () => { throw new Error('boom'); } });
    expect(errors).toEqual([new Error('boom')]);

    controller.abort();
    await microtasks();
    expect(removed!.aborted).toBe(true);
    expect(anchor.querySelector('[data-si]')).toBeNull();
  });
});
