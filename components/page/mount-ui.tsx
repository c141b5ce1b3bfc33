/**
 * Mounts a feature's React UI in its own CLOSED shadow root (WXT createShadowRootUi, shadow-mode.ts): the page
 * cannot read it or reach its buttons; our CSS stays inside
 * the shadow root, the page's CSS stays out, key events do not bubble to the page's shortcuts.
 * The host carries `data-si="<name>"` (the observer skips our own nodes). Every UI sits in an error
 * boundary: a render error goes to `onError` (the runner attributes it to the feature). The UI is
 * removed when the feature's signal (or options.signal) aborts, and by WXT on invalidation.
 * Once the first UI has mounted (shadow mode and stylesheet read, ui-css.ts), a mount waits for no round trip: the
 * host is in the page before the next frame, and with `immediate` its content is rendered in the same task.
 */
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { UiErrorBoundary } from './error-boundary';
import type { MountedUi, MountUiOptions } from './feature';
import { loadShadowMode } from './shadow-mode';
import { entryCssFor, uiContext } from './ui-css';

export interface MountEnv {
  wxt: ContentScriptContext;
  featureId: string;
  signal: AbortSignal;
  onError: (error: unknown) => void;
}

const Render = ({ render }: { render: MountUiOptions['render'] }) => render();

export async function mountUi(env: MountEnv, options: MountUiOptions): Promise<MountedUi> {
  const name = options.name.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  const mode = await loadShadowMode();
  const entryCss = await entryCssFor(env.wxt);
  const css = [options.css, entryCss].filter(Boolean).join('\n');
  const ui = await createShadowRootUi<Root>(uiContext(env.wxt), {
    name: `seller-inbox-${name}`,
    mode,
    position: 'inline',
    anchor: options.anchor,
    append: options.append ?? 'last',
    ...(css ? { css } : {}),
    isolateEvents: true,
    onMount(container) {
      const root = createRoot(container, {
        onCaughtError: () => undefined, // reported through the boundary
        onUncaughtError: (error) => env.onError(error),
        onRecoverableError: (error) => console.warn(`[seller-inbox:${env.featureId}] recovered:`, error),
      });
      const tree = (
        <UiErrorBoundary onError={env.onError}>
          <Render render={options.render} />
        </UiErrorBoundary>
      );
      if (options.immediate) flushSync(() => root.render(tree));
      else root.render(tree);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.shadowHost.setAttribute('data-si', name);
  ui.shadowHost.setAttribute('data-si-feature', env.featureId);
  let removed = false;
  const remove = (): void => {
    if (removed) return;
    removed = true;
    ui.remove();
  };
  // deferred: an abort may come from inside a React commit (a render error), where unmounting is not allowed
  const removeSoon = (): void => queueMicrotask(remove);
  const signals = options.signal ? [env.signal, options.signal] : [env.signal];
  if (signals.some((s) => s.aborted)) {
    return { shadowHost: ui.shadowHost, shadow: ui.shadow, remove: () => undefined };
  }
  ui.mount();
  for (const s of signals) s.addEventListener('abort', removeSoon, { once: true });
  return { shadowHost: ui.shadowHost, shadow: ui.shadow, remove };
}
