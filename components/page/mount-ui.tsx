/**
 * Mounts a feature's React UI in its own CLOSED shadow root (shadow-mode.ts): the page cannot read it or reach its
 * buttons; our CSS stays inside the shadow root, the page's CSS stays out (`:host{all:initial}`), key events do not
 * bubble to the page's shortcuts. The host carries `data-si="<name>"` (the observer skips our own nodes). Every UI
 * sits in an error boundary: a render error goes to `onError` (the runner attributes it to the feature). The UI is
 * removed when the feature's signal (or options.signal) aborts, and when WXT invalidates the page UI.
 * The same structure as WXT's createShadowRootUi with position 'inline' (host > shadow > html > head/body), written
 * here because that helper and its dependencies (auto-mount, element waiting) weigh 4 KB gzip in the start part.
 * Once the first UI has mounted (shadow mode and stylesheet read, ui-css.ts), a mount waits for no round trip: the
 * host is in the page before the next frame, and with `immediate` its content is rendered in the same task.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { UiErrorBoundary } from './error-boundary';
import type { MountedUi, MountUiOptions } from './feature';
import { loadShadowMode } from './shadow-mode';
import { entryCssFor } from './ui-css';

export interface MountEnv {
  wxt: ContentScriptContext;
  featureId: string;
  signal: AbortSignal;
  onError: (error: unknown) => void;
}

const Render = ({ render }: { render: MountUiOptions['render'] }) => render();

/** The host element with its shadow root: `<html><head><style/></head><body/></html>`; key events stop at body. */
function createHost(name: string, mode: ShadowRootMode, css: string): { host: HTMLElement; shadow: ShadowRoot; body: HTMLElement } {
  const host = document.createElement(`seller-inbox-${name}`);
  const shadow = host.attachShadow({ mode });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  const style = document.createElement('style');
  style.textContent = css;
  head.append(style);
  html.append(head, body);
  shadow.append(html);
  for (const type of ['keydown', 'keyup', 'keypress']) body.addEventListener(type, (e) => e.stopPropagation());
  return { host, shadow, body };
}

function place(host: HTMLElement, anchor: Element, append: MountUiOptions['append']): void {
  if (append === 'first') anchor.prepend(host);
  else if (append === 'before') anchor.before(host);
  else if (append === 'after') anchor.after(host);
  else anchor.append(host);
}

export async function mountUi(env: MountEnv, options: MountUiOptions): Promise<MountedUi> {
  const name = options.name.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  const mode = await loadShadowMode();
  const entryCss = await entryCssFor(env.wxt);
  const css = [':host{all:initial !important;}', options.css, entryCss].filter(Boolean).join('\n');
  const { host, shadow, body } = createHost(name, mode, css);
  host.setAttribute('data-si', name);
  host.setAttribute('data-si-feature', env.featureId);
  const signals = options.signal ? [env.signal, options.signal] : [env.signal];
  if (signals.some((s) => s.aborted)) return { shadowHost: host, shadow, remove: () => undefined };
  if (!options.anchor) throw new Error('Failed to mount content script UI: could not find anchor element');
  place(host, options.anchor, options.append);
  const root = createRoot(body, {
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
  let removed = false;
  const remove = (): void => {
    if (removed) return;
    removed = true;
    root.unmount();
    host.remove();
  };
  // deferred: an abort may come from inside a React commit (a render error), where unmounting is not allowed
  const removeSoon = (): void => queueMicrotask(remove);
  for (const s of signals) s.addEventListener('abort', removeSoon, { once: true });
  env.wxt.onInvalidated(remove);
  return { shadowHost: host, shadow, remove };
}
