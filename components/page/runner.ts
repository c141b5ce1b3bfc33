/**
 * The feature runner, free of extension APIs (they come in through RunnerDeps; run-features.ts wires
 * the real ones), so that it can be tested in a plain DOM.
 *
 * On start and on every in-app navigation ('wxt:locationchange', popstate): abort the previous page
 * view, detect the page, start every registered feature whose pages match and that is enabled.
 * A feature's failure (sync throw, rejection, error in its observe/mountUi/guard callbacks, or its
 * own reportProblem) is attributed to it: console.warn('[seller-inbox:<id>] ...'), the quiet notice,
 * a 'log/problem' to the background, and the feature is paused for this page view. Nothing is thrown
 * into the page. When the extension context is gone, every feature stops and the notice says so.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Feature, FeatureContext, FeatureSettings, MountedUi, MountUiOptions, PageInfo, ProblemDetails } from './feature';
import type { MountEnv } from './mount-ui';
import type { Notice } from './notice';
import { observe as observeDom } from './observe';

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
  mountUi(env: MountEnv, options: MountUiOptions): Promise<MountedUi>;
  notice: Notice;
  /** false once the extension was reloaded/removed under this page */
  isContextValid(): boolean;
  /**
   * true once a newer copy of the page UI runs in this page (the reloaded or updated extension injected
   * it): this copy then stops quietly, without the "reload" notice; the newer one has taken over.
   */
  isSuperseded?(): boolean;
  isInvalidatedError(error: unknown): boolean;
  /** a new page view begins (after detectPage): e.g. the page check starts empty */
  onPageView?(page: PageInfo): void;
  /** how long to wait for settings before starting with defaults; default 1500 ms */
  settingsTimeoutMs?: number;
}

export interface Runner {
  /** Runs the features for `url` (the runner calls it on start and on navigation). */
  run(url: URL): Promise<void>;
  /** The signal of the current page view. */
  readonly signal: AbortSignal | undefined;
  stop(): void;
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
  let view: { controller: AbortController; href: string } | undefined;
  let stopped = false;
  let settings: Promise<FeatureSettings> | undefined;
  let timer: ReturnType<typeof setInterval> | undefined = undefined;

  const isInvalidatedError = (error: unknown): boolean =>
    deps.isInvalidatedError(error) || INVALIDATED.test(errorMessage(error));

  const contextLost = (): void => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    if (deps.isSuperseded?.()) {
      view?.controller.abort('replaced by a newer page UI');
      return;
    }
    view?.controller.abort('extension context invalidated');
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

    const pause = (message: string, details?: ProblemDetails): void => {
      if (signal.aborted || stopped) return;
      controller.abort('paused: ' + message);
      console.warn(`[seller-inbox:${feature.id}] ${message}`, ...(details ? [details] : []));
      notice.addProblem({ featureId: feature.id, message });
      deps.sendProblem({ type: 'log/problem', feature: feature.id, message, page: page.kind }).catch((error: unknown) => {
        if (isInvalidatedError(error)) contextLost();
      });
    };
    const fail = (error: unknown): void => {
      if (signal.aborted) return; // late errors of a stopped feature (often AbortErrors) say nothing new
      if (isInvalidatedError(error)) contextLost();
      else pause(errorMessage(error), { error });
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
        observeDom(matcher, onElement, { signal: combined, onError: fail });
      },
      mountUi: (options) => {
        const mounted = deps.mountUi({ wxt, featureId: feature.id, signal, onError: fail }, options);
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

  const run = async (url: URL): Promise<void> => {
    if (stopped || view?.href === url.href) return;
    view?.controller.abort('navigation');
    const controller = new AbortController();
    view = { controller, href: url.href };
    notice.clearProblems();
    let page: PageInfo;
    try {
      page = deps.detectPage(url);
    } catch (error) {
      console.warn('[seller-inbox] detectPage failed:', error);
      return;
    }
    deps.onPageView?.(page);
    const matching = deps.features.filter((f) => f.pages.includes(page.kind));
    if (matching.length === 0) return;
    // stale-while-revalidate: this view uses what we have, the next one gets a fresh copy
    const current = await (settings ??= loadSettings());
    settings = loadSettings();
    if (controller.signal.aborted || stopped) return;
    for (const feature of matching) {
      if (current.isEnabled(feature.id)) startFeature(feature, page, current, controller.signal);
    }
  };

  const onNavigate = (url: URL): void => {
    // a download (an `<a download>` of a blob: or data: URL, e.g. "Save page sample") is a navigation for the
    // Navigation API, but the page stays: not a new page view
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    // wxt:locationchange fires before the new URL commits (Navigation API): start on the next task
    setTimeout(() => void run(url), 0);
  };
  wxt.addEventListener(window, 'wxt:locationchange', (event) => onNavigate(new URL(event.newUrl.href)));
  wxt.addEventListener(window, 'popstate', () => onNavigate(new URL(location.href)));
  wxt.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible' && !deps.isContextValid()) contextLost();
  });
  timer = setInterval(() => {
    if (!deps.isContextValid()) contextLost();
  }, CHECK_CONTEXT_MS);
  wxt.onInvalidated(() => {
    clearInterval(timer);
    // invalidated because the extension went away (not because a newer copy of this script started)
    if (!deps.isContextValid()) contextLost();
    else {
      stopped = true;
      view?.controller.abort('content script replaced');
    }
  });

  void run(new URL(location.href));
  return {
    run,
    get signal() {
      return view?.controller.signal;
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      view?.controller.abort('stopped');
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
