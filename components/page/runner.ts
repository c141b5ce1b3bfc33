/**
 * The feature runner, free of extension APIs (they come in through RunnerDeps; run-features.ts wires
 * the real ones), so that it can be tested in a plain DOM.
 *
 * On start and on every in-app navigation ('wxt:locationchange', popstate): detect the page, stop the features
 * whose view ended (their page kinds' view keys changed, PageInfo.views), start every enabled feature whose pages
 * match and that is not running for the same view already (the v3 app rewriting its query, or opening another
 * case, leaves the list's features running).
 * A feature's failure (sync throw, rejection, error in its observe/mountUi/mountDom/guard callbacks, or its
 * own reportProblem) is attributed to it: console.warn('[seller-inbox:<id>] ...'), the quiet notice,
 * a 'log/problem' to the background, and the feature is paused for this page view. Nothing is thrown
 * into the page. When the extension context is gone, every feature stops and the notice says so: the page UI
 * never stops without a word (a newer copy removes the notice of the one it replaced, notice.ts), and nothing the
 * page does can stop it (components/page/page-context.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Feature, FeatureContext, FeatureSettings, MountDomOptions, MountedDom, MountedUi, MountUiOptions, PageInfo, ProblemDetails } from './feature';
import type { MountEnv } from './mount-ui';
import type { Notice } from './notice';
import { observe as observeDom } from './observe';
import { t } from './i18n';

export interface ProblemReportInput {
  type: 'log/problem';
  feature: string;
  message: string;
  page: string;
}

export interface RunnerDeps {
  wxt: ContentScriptContext;
  features: readonly Feature[];
  detectPage(url: URL): PageInfo;
  /** feature id -> enabled; a rejection or a slow answer means "all on" */
  loadSettings(): Promise<Readonly<Record<string, boolean>>>;
  sendProblem(report: ProblemReportInput): Promise<unknown>;
  /** a React UI (the on-demand part's features; mount-ui.ts) */
  mountUi(env: MountEnv, options: MountUiOptions): Promise<MountedUi>;
  /** a plain-DOM UI (the start part's features; mount-ui.ts) */
  mountDom(env: MountEnv, options: MountDomOptions): Promise<MountedDom>;
  notice: Notice;
  /** false once the extension was reloaded/removed under this page */
  isContextValid(): boolean;
  isInvalidatedError(error: unknown): boolean;
  /** a new page view begins (after detectPage): e.g. the page check starts empty */
  onPageView?(page: PageInfo): void;
  /** how long to wait for settings before starting with defaults; default 1500 ms */
  settingsTimeoutMs?: number;
}

export interface Runner {
  /** Runs the features for `url` (the runner calls it on start and on navigation). */
  run(url: URL): Promise<void>;
  /** Aborts when the runner stops (the extension went away, a newer copy took over, stop()). */
  readonly signal: AbortSignal | undefined;
  stop(): void;
  /** Checks the extension context now (a newer copy started): gone, everything stops and the notice says so. */
  checkContext(): void;
  /** Stops every feature and starts them again on this page (the UI language changed: every text anew). */
  restart(): void;
}

const INVALIDATED = /extension context invalidated/i;
const CHECK_CONTEXT_MS = 3000;

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : 'unknown error';
}

function settingsFrom(enabled: Readonly<Record<string, boolean>>): FeatureSettings {
  return { enabled, isEnabled: (id) => enabled[id] !== false };
}

export function startRunner(deps: RunnerDeps): Runner {
  const { wxt, notice } = deps;
  /** every feature running now, with the view key it runs for */
  const running = new Map<string, { key: string; controller: AbortController }>();
  const lifetime = new AbortController();
  let lastHref: string | undefined;
  let stopped = false;
  const abortAll = (reason: string): void => {
    for (const r of running.values()) r.controller.abort(reason);
    running.clear();
    lifetime.abort(reason);
  };
  let settings: Promise<FeatureSettings> | undefined;
  let timer: ReturnType<typeof setInterval> | undefined = undefined;

  const isInvalidatedError = (error: unknown): boolean =>
    deps.isInvalidatedError(error) || INVALIDATED.test(errorMessage(error));

  const contextLost = (): void => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    abortAll('extension context invalidated');
    // our listeners go too: events a newer copy (another world) dispatches under the same names are not ours
    wxt.abort?.('extension context invalidated');
    notice.showInvalidated();
  };

  const loadSettings = (): Promise<FeatureSettings> =>
    new Promise<FeatureSettings>((resolve) => {
      const fallback = settingsFrom({});
      const timer = setTimeout(() => resolve(fallback), deps.settingsTimeoutMs ?? 1500);
      deps.loadSettings().then(
        (enabled) => resolve(settingsFrom(enabled)),
        (error: unknown) => {
          if (isInvalidatedError(error)) contextLost();
          resolve(fallback);
        },
      ).finally(() => clearTimeout(timer));
    });

  const startFeature = (feature: Feature, page: PageInfo, current: FeatureSettings, viewSignal: AbortSignal): void => {
    const controller = new AbortController();
    const { signal } = controller;
    const stop = (): void => controller.abort('page view ended');
    viewSignal.addEventListener('abort', stop, { once: true });
    signal.addEventListener('abort', () => viewSignal.removeEventListener('abort', stop), { once: true });

    /** `shown`: what the notice says when it is not `message` (an unexpected error's own text is not in the catalog) */
    const pause = (message: string, details?: ProblemDetails, shown = message): void => {
      if (signal.aborted || stopped) return;
      controller.abort('paused: ' + message);
      console.warn(`[seller-inbox:${feature.id}] ${message}`, ...(details ? [details] : []));
      notice.addProblem({ featureId: feature.id, message: shown });
      deps.sendProblem({ type: 'log/problem', feature: feature.id, message, page: page.kind }).catch((error: unknown) => {
        if (isInvalidatedError(error)) contextLost();
      });
    };
    const fail = (error: unknown): void => {
      if (signal.aborted) return; // late errors of a stopped feature (often AbortErrors) say nothing new
      if (isInvalidatedError(error)) contextLost();
      // the notice speaks the seller's language: an error's own text (often English, from a library or the
      // background) goes to the console and the problem log only
      else pause(errorMessage(error), { error }, t('problemUnexpected', 'stopped after an unexpected error'));
    };
    const settle = (result: unknown): void => {
      if (typeof (result as PromiseLike<unknown> | undefined)?.then === 'function') {
        (result as PromiseLike<unknown>).then(undefined, fail);
      }
    };

    let notified = false;
    const ctx: FeatureContext = {
      page,
      settings: current,
      wxt,
      observe(matcher, onElement, options) {
        const signals = options?.signal ? [signal, options.signal] : [signal];
        const combined = signals.length === 1 ? signal : anySignal(signals);
        observeDom(matcher, onElement, { signal: combined, onError: fail, ...(options?.lightDomOnly ? { lightDomOnly: true } : {}) });
      },
      mountUi: (options) => {
        const mounted = deps.mountUi({ wxt, featureId: feature.id, signal, onError: fail }, options);
        mounted.catch(fail);
        return mounted;
      },
      mountDom: (options) => {
        const mounted = deps.mountDom({ wxt, featureId: feature.id, signal, onError: fail }, options);
        mounted.catch(fail);
        return mounted;
      },
      reportProblem: pause,
      notify: (message) => {
        if (signal.aborted || stopped) return;
        if (!notified) {
          notified = true;
          signal.addEventListener('abort', () => notice.setRemark({ featureId: feature.id, message: null }), { once: true });
        }
        notice.setRemark({ featureId: feature.id, message });
      },
      guard: (fn) => (...args) => {
        if (signal.aborted) return;
        try {
          settle(fn(...args));
        } catch (error) {
          fail(error);
        }
      },
    };
    try {
      settle(feature.init(ctx, signal));
    } catch (error) {
      fail(error);
    }
  };

  /** A feature's view: the keys of its page kinds on this page joined ('' when none of its kinds is here). */
  const keyOf = (feature: Feature, page: PageInfo): string => {
    const views = page.views ?? { [page.kind]: page.url.href };
    return feature.pages.map((kind) => views[kind] ?? '').filter(Boolean).join('||');
  };

  const run = async (url: URL): Promise<void> => {
    if (stopped || lastHref === url.href) return;
    lastHref = url.href;
    let page: PageInfo;
    try {
      page = deps.detectPage(url);
    } catch (error) {
      console.warn('[seller-inbox] detectPage failed:', error);
      return;
    }
    const starting: { feature: Feature; key: string }[] = [];
    const ended: string[] = [];
    for (const feature of deps.features) {
      const key = keyOf(feature, page);
      const current = running.get(feature.id);
      if (current && current.key === key) continue;
      if (current) {
        current.controller.abort('navigation');
        running.delete(feature.id);
      }
      ended.push(feature.id);
      if (key) starting.push({ feature, key });
    }
    notice.clearProblems(ended);
    // a new view for some features: what was read is read anew
    if (ended.length > 0) deps.onPageView?.(page);
    if (starting.length === 0) return;
    // stale-while-revalidate: this view uses what we have, the next one gets a fresh copy
    const current = await (settings ??= loadSettings());
    settings = loadSettings();
    if (stopped || lastHref !== url.href) return;
    for (const { feature, key } of starting) {
      if (running.has(feature.id) || !current.isEnabled(feature.id)) continue;
      const controller = new AbortController();
      running.set(feature.id, { key, controller });
      startFeature(feature, page, current, controller.signal);
    }
  };

  const onNavigate = (url: URL): void => {
    // a download (an `<a download>` of a blob: or data: URL, e.g. "Save page sample") is a navigation for the
    // Navigation API, but the page stays: not a new page view
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    // wxt:locationchange fires before the new URL commits (Navigation API): start on the next task
    setTimeout(() => void run(url), 0);
  };
  // an event another world (a newer copy) dispatched under this name carries no `newUrl` we can read: then the
  // URL is read from location, on the next task
  wxt.addEventListener(window, 'wxt:locationchange', (event) => {
    const href = (event as { newUrl?: URL }).newUrl?.href;
    if (href) onNavigate(new URL(href));
    else setTimeout(() => void run(new URL(location.href)), 0);
  });
  wxt.addEventListener(window, 'popstate', () => onNavigate(new URL(location.href)));
  wxt.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible' && !deps.isContextValid()) contextLost();
  });
  timer = setInterval(() => {
    if (!deps.isContextValid()) contextLost();
  }, CHECK_CONTEXT_MS);
  // the page UI's context ends only when the extension goes away (page-context.ts); whatever ended it, the seller
  // is told (never a silent stop)
  wxt.onInvalidated(() => contextLost());

  void run(new URL(location.href));
  return {
    run,
    get signal() {
      return lifetime.signal;
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      abortAll('stopped');
    },
    checkContext() {
      if (!deps.isContextValid()) contextLost();
    },
    restart() {
      if (stopped) return;
      for (const r of running.values()) r.controller.abort('restart');
      running.clear();
      lastHref = undefined;
      void run(new URL(location.href));
    },
  };
}

/** AbortSignal.any, for engines without it. */
export function anySignal(signals: readonly AbortSignal[]): AbortSignal {
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => controller.abort(s.reason), { once: true, signal: controller.signal });
  }
  return controller.signal;
}
