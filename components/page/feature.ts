/**
 * The contract between the content-script framework and one in-page feature
 * (model: refined-github, one file per feature, all listed in components/features/registry.ts).
 *
 * A feature never touches the page beyond its own nodes; everything it starts is tied to `signal`.
 * Whatever it throws (synchronously, as a rejection, or later inside observe/mountUi/mountDom callbacks) is
 * attributed to it: the framework logs it, shows the quiet notice, tells the background and pauses
 * the feature for this page view (its signal aborts, its UI is removed). Other features keep running.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReactNode } from 'react';
import type { DetectedPage, PageKind } from '../../lib/seller-central/pages';
import type { Matcher } from './observe';

export type { DetectedPage, PageKind };

/** The page the features run on, for one page view (a load or an in-app navigation). */
export interface PageInfo {
  url: URL;
  kind: PageKind;
  /** detectPage()'s typed answer: narrow on `kind` for threadId, filter, orderId ... */
  detected: DetectedPage;
  /** the query parameters plus detectPage()'s string fields, e.g. { fi: 'RESPONSE_NEEDED', threadId: 'T1' } */
  params: Readonly<Record<string, string>>;
  /**
   * What a page view is for each kind of feature (viewKeys in lib/seller-central/pages.ts): a feature runs when
   * one of its page kinds has a key, and restarts only when its keys change (the v3 app shows the list and a case
   * on one page; choosing a case restarts the case features, not the list's). Absent: the URL is the view.
   */
  views?: Readonly<Partial<Record<PageKind, string>>>;
}

/** Feature on/off switches from the background; a feature absent from the map is on. */
export interface FeatureSettings {
  readonly enabled: Readonly<Record<string, boolean>>;
  isEnabled(featureId: string): boolean;
}

export type UiAppend = 'first' | 'last' | 'before' | 'after';

/** Where a UI goes and how its shadow host is marked (mountUi and mountDom). */
export interface MountHostOptions {
  /** Where the UI goes; when it is missing the call rejects (an attributed problem). */
  anchor: Element;
  /** Relative to `anchor`; default 'last' (last child). */
  append?: UiAppend;
  /** Marks our own host element: `data-si="<name>"`, and names the custom element `seller-inbox-<name>`. */
  name: string;
  /** Extra CSS for this UI, inside its shadow root only. */
  css?: string;
  /** Stops the UI early (it is removed at the latest when the feature's signal aborts). */
  signal?: AbortSignal;
}

/** A React UI: for the features of the page UI's on-demand part (React ships there only). */
export interface MountUiOptions extends MountHostOptions {
  render: () => ReactNode;
  /** Render the content in the mounting task (flushSync), not in a later one: for what must show in the same frame as
   * what it belongs to (a saved translation under its message). */
  immediate?: boolean;
}

export interface MountedUi {
  shadowHost: HTMLElement;
  shadow: ShadowRoot;
  remove(): void;
}

/**
 * A plain-DOM UI (the start part's: components/page/dom.ts): `render` fills the container in the shadow root, once,
 * in the mounting task; what it throws is the feature's problem. `signal` aborts when the UI is removed (unsubscribe
 * there).
 */
export interface MountDomOptions extends MountHostOptions {
  render: (container: HTMLElement, signal: AbortSignal) => void;
}

export interface MountedDom extends MountedUi {
  /** the element `render` filled (the shadow root's body) */
  container: HTMLElement;
}

export interface ObserveOptions {
  /** Stops observing early; observing stops at the latest when the feature's signal aborts. */
  signal?: AbortSignal;
  /** The elements are in the page's own tree, never inside a shadow root (the watcher need not look into those). */
  lightDomOnly?: boolean;
}

export interface ProblemDetails {
  error?: unknown;
  [key: string]: unknown;
}

export interface FeatureContext {
  page: PageInfo;
  /** Calls onElement once per element matching, as elements appear (open shadow roots included), batched per frame. */
  observe(matcher: Matcher, onElement: (element: Element) => void | Promise<void>, options?: ObserveOptions): void;
  /**
   * Mounts a React UI in its own shadow root; errors in it are attributed to this feature. For the on-demand part's
   * features (React and its mounter come with that part: it rejects before the part is loaded).
   */
  mountUi(options: MountUiOptions): Promise<MountedUi>;
  /** Mounts a plain-DOM UI in its own shadow root (the start part's features); errors in `render` are attributed. */
  mountDom(options: MountDomOptions): Promise<MountedDom>;
  /**
   * The feature cannot work on this page view (e.g. "inbox rows not found"): logged, shown in the
   * quiet notice, sent to the background; the feature is paused (its signal aborts, its UI is removed).
   */
  reportProblem(message: string, details?: ProblemDetails): void;
  /**
   * A quiet, non-pausing remark in the notice (e.g. "2 rows could not be read"); the feature keeps
   * running. A later call replaces this feature's remark; `null` removes it. Gone with the page view.
   */
  notify(message: string | null): void;
  /** Wraps a callback (timer, event listener) so that what it throws is attributed to this feature. */
  guard<A extends unknown[]>(fn: (...args: A) => void | Promise<void>): (...args: A) => void;
  settings: FeatureSettings;
  /** WXT's content-script context: ctx.setTimeout, ctx.addEventListener, invalidation. */
  wxt: ContentScriptContext;
}

export interface Feature {
  /** kebab-case, unique; used in logs (`[seller-inbox:<id>]`), settings and the data-si marker of its UI */
  id: string;
  /** page kinds it runs on */
  pages: readonly PageKind[];
  init(ctx: FeatureContext, signal: AbortSignal): void | Promise<void>;
}

/** Identity helper that keeps the literal types of a feature definition checked. */
export const defineFeature = (feature: Feature): Feature => feature;
