/**
 * Mounts a feature's UI in its own CLOSED shadow root (shadow-mode.ts): the page cannot read it or reach its
 * buttons; our CSS stays inside the shadow root, the page's CSS stays out (`:host{all:initial}`), key events do not
 * bubble to the page's shortcuts. The host carries `data-si="<name>"` (the observer skips our own nodes). The UI is
 * removed when the feature's signal (or options.signal) aborts, and when WXT invalidates the page UI.
 * The same structure as WXT's createShadowRootUi with position 'inline' (host > shadow > html > head/body), written
 * here because that helper and its dependencies (auto-mount, element waiting) weigh 4 KB gzip in the start part.
 * Once the first UI has mounted (shadow mode and stylesheet read, ui-css.ts), a mount waits for no round trip: the
 * host is in the page before the next frame, and its content is there in the same task.
 *
 * Two kinds of content (README, "Architecture"): mountDom, plain DOM (components/page/dom.ts) for the start part's
 * small UIs; mountUi, React, for the on-demand part's panels: React and its mounter (react-mount.tsx, with the error
 * boundary) come with that part, which registers them when it loads (on-demand/part.ts, `mountReact`).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MountDomOptions, MountedDom, MountedUi, MountHostOptions, MountUiOptions } from './feature';
import { sharedRuntime } from './on-demand/expose';
import { loadShadowMode } from './shadow-mode';
import { entryCssFor } from './ui-css';

export interface MountEnv {
  wxt: ContentScriptContext;
  featureId: string;
  signal: AbortSignal;
  onError: (error: unknown) => void;
}

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

function place(host: HTMLElement, anchor: Element, append: MountHostOptions['append']): void {
  if (append === 'first') anchor.prepend(host);
  else if (append === 'before') anchor.before(host);
  else if (append === 'after') anchor.after(host);
  else anchor.append(host);
}

interface Placed {
  mounted: MountedUi;
  body: HTMLElement;
  /** aborts when the UI is removed; undefined: the feature had already stopped (nothing was placed) */
  removed: AbortSignal | undefined;
}

/** The shadow host in the page, removed (`removed` aborts first) with the feature's signal, options.signal or WXT. */
async function placeHost(env: MountEnv, options: MountHostOptions): Promise<Placed> {
  const name = options.name.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  const mode = await loadShadowMode();
  const entryCss = await entryCssFor(env.wxt);
  const css = [':host{all:initial !important;}', options.css, entryCss].filter(Boolean).join('\n');
  const { host, shadow, body } = createHost(name, mode, css);
  host.setAttribute('data-si', name);
  host.setAttribute('data-si-feature', env.featureId);
  const signals = options.signal ? [env.signal, options.signal] : [env.signal];
  if (signals.some((s) => s.aborted)) return { mounted: { shadowHost: host, shadow, remove: () => undefined }, body, removed: undefined };
  if (!options.anchor) throw new Error('Failed to mount content script UI: could not find anchor element');
  place(host, options.anchor, options.append);
  const removing = new AbortController();
  const remove = (): void => {
    if (removing.signal.aborted) return;
    removing.abort('removed');
    host.remove();
  };
  // deferred: an abort may come from inside a React commit (a render error), where unmounting is not allowed
  const removeSoon = (): void => queueMicrotask(remove);
  for (const s of signals) s.addEventListener('abort', removeSoon, { once: true, signal: removing.signal });
  env.wxt.onInvalidated(remove);
  return { mounted: { shadowHost: host, shadow, remove }, body, removed: removing.signal };
}

/** A plain-DOM UI: `render` fills the shadow root's body in this task; what it throws is the feature's problem. */
export async function mountDom(env: MountEnv, options: MountDomOptions): Promise<MountedDom> {
  const { mounted, body, removed } = await placeHost(env, options);
  if (removed) {
    try {
      options.render(body, removed);
    } catch (error) {
      env.onError(error);
    }
  }
  return { ...mounted, container: body };
}

/** A React UI, through the on-demand part's mounter (rejects while that part is not loaded). */
export async function mountUi(env: MountEnv, options: MountUiOptions): Promise<MountedUi> {
  const mountReact = sharedRuntime()?.onDemand?.mountReact;
  if (!mountReact) throw new Error('a React UI needs the on-demand page UI, which is not loaded');
  const { mounted, body, removed } = await placeHost(env, options);
  if (!removed) return mounted;
  const unmount = mountReact(body, { featureId: env.featureId, onError: env.onError, render: options.render, immediate: options.immediate === true });
  // unmounted before the host goes (removed aborts first)
  removed.addEventListener('abort', unmount, { once: true });
  return mounted;
}
