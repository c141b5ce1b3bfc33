/**
 * The quiet notice: one small pill fixed at the bottom-right, in its own shadow root
 * (`data-si="notice"`), created only when there is something to say.
 * - features paused on this page view: "Seller Inbox: 2 features paused on this page: inbox
 *   rows not found", with a details popover listing each feature's problem;
 * - the extension context is gone (extension reloaded or updated): "Seller Inbox was updated —
 *   reload the page to continue".
 * Built on a plain attachShadow (not createShadowRootUi): it must keep working after the extension
 * context is invalidated, when WXT removes its UIs and extension APIs throw. Plain DOM (components/page/dom.ts), like
 * every UI of the page UI's start part: its elements are built once and updated when the state changes.
 */
import { h, keyedList, setAttr, setText, syncChildren } from './dom';
import { t } from './i18n';
import { featureName } from './problem-text';
import { pageCheckDetails, type SaveState } from './notice-page-check';

export interface NoticeProblem {
  featureId: string;
  message: string;
}

/** A feature's non-pausing remark (FeatureContext.notify); message null removes it. */
export interface NoticeRemark {
  featureId: string;
  message: string | null;
}

export interface NoticeState {
  problems: readonly NoticeProblem[];
  /** remarks of features that keep running, shown when nothing is paused */
  remarks: readonly NoticeProblem[];
  invalidated: boolean;
  dismissed: boolean;
}

export interface NoticeOptions {
  /** "Save page sample": saves the file and says its name (throws when it cannot) */
  /** a promise when the sample code must load first (the page UI's on-demand part) */
  saveSample?: () => { fileName: string } | Promise<{ fileName: string }>;
  /** this copy's extension context is alive */
  isAlive?: () => boolean;
  /** our shadow roots' mode (closed, except when a test opens them) */
  mode?: () => ShadowRootMode;
  /**
   * Which bottom corner: 'left' where the bottom right is the page's own work (the inbox v3's reply box and Send);
   * there the pill stays as narrow as the page's navigation column until the seller opens it.
   */
  corner?: () => 'left' | 'right';
}

export interface Notice {
  addProblem(problem: NoticeProblem): void;
  /** A new page view: the paused features run again (only these features' problems and remarks, when named). */
  clearProblems(featureIds?: readonly string[]): void;
  /** Sets or (message null) removes a running feature's remark. */
  setRemark(remark: NoticeRemark): void;
  showInvalidated(): void;
  dismiss(): void;
  getState(): NoticeState;
  destroy(): void;
}

const CSS = `
:host { all: initial !important; }
.wrap { position: fixed; right: 12px; bottom: 12px; z-index: 2147483000; max-width: 420px;
  font: 12px/1.4 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "Noto Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif; color: #1f2937; }
:host([data-si-corner="left"]) .wrap { right: auto; left: 8px; }
/* a narrow pill that never changes size under the pointer (widening it on focus or hover moved the button away from
   a pressed mouse): the summary on its own lines, the actions below it; the details open above at their own width */
:host([data-si-corner="left"]) .pill { max-width: 184px; box-sizing: border-box; border-radius: 12px; flex-wrap: wrap; }
:host([data-si-corner="left"]) .summary { flex: 1 1 100%; }
.pill { display: flex; align-items: center; gap: 4px; background: #fffbeb; border: 1px solid #f59e0b55;
  border-radius: 999px; padding: 3px 4px 3px 10px; box-shadow: 0 1px 4px #0002; opacity: .85; }
.pill:hover, .pill:focus-within { opacity: 1; }
.pill.remark { background: #f8fafc; border-color: #cbd5e1; padding: 3px 4px 3px 12px; }
button { font: inherit; color: inherit; background: none; border: 0; cursor: pointer; padding: 2px 6px; border-radius: 999px; }
button:hover, button:focus-visible { background: #0000000f; outline: none; }
.summary { text-align: left; }
.action { font-weight: 600; color: #92400e; }
.details { margin: 0 0 6px; padding: 8px 12px; list-style: none; background: #fff; border: 1px solid #e5e7eb;
  border-radius: 8px; box-shadow: 0 2px 8px #0002; max-height: 240px; overflow: auto; }
.details li + li { margin-top: 4px; }
.details b { font-weight: 600; }
.details .toggle { padding: 2px 0; font-weight: 600; color: #374151; }
.details .check { color: #374151; }
.details .saved { color: #065f46; }
.details .failed { color: #991b1b; }
`;

/**
 * The notice's view in plain DOM: one element per state (the "reload" pill, a remark, the paused features), each built
 * the first time it shows; `update` sets the texts and the parts that show (details, what was read, the sample's
 * outcome) and shows the state's element. The details' open state and the sample's outcome stay while the notice
 * lives, like the pill's place.
 */
function noticeView(container: HTMLElement, store: NoticeStore, options: NoticeOptions, signal: AbortSignal): () => void {
  let open = false;
  let saved: SaveState = null;
  const saveSample = options.saveSample;
  const dismissButton = (): HTMLButtonElement => h('button', { type: 'button' }, ['×'], { click: () => store.dismiss() });
  const labelDismiss = (button: HTMLButtonElement): void => {
    const dismiss = t('noticeDismiss', 'Dismiss');
    setAttr(button, 'aria-label', dismiss);
    setAttr(button, 'title', dismiss);
  };

  let invalidated: { wrap: HTMLElement; update(): void } | undefined;
  const invalidatedView = () => (invalidated ??= (() => {
    const summary = h('span', { class: 'summary' });
    const reload = h('button', { type: 'button', class: 'action' }, [], { click: () => location.reload() });
    const close = dismissButton();
    const wrap = h('div', { class: 'wrap', role: 'status' }, [h('div', { class: 'pill' }, [summary, reload, close])]);
    return {
      wrap,
      update() {
        setText(summary, t('noticeUpdated', 'Seller Inbox was updated — reload the page to continue'));
        setText(reload, t('noticeReload', 'Reload'));
        labelDismiss(close);
      },
    };
  })());

  let remark: { wrap: HTMLElement; update(message: string): void } | undefined;
  const remarkView = () => (remark ??= (() => {
    const summary = h('span', { class: 'summary' });
    const close = dismissButton();
    const wrap = h('div', { class: 'wrap', role: 'status' }, [h('div', { class: 'pill remark', 'data-si-part': 'remark' }, [summary, close])]);
    return {
      wrap,
      update(message: string) {
        setText(summary, t('noticeRemark', 'Seller Inbox: $1', [message]));
        labelDismiss(close);
      },
    };
  })());

  let paused: { wrap: HTMLElement; update(problems: readonly NoticeProblem[]): void } | undefined;
  const pausedView = () => (paused ??= (() => {
    const details = h('ul', { class: 'details', 'data-si-part': 'details' });
    const pageCheck = pageCheckDetails(() => update(), signal);
    const problemLines = keyedList<NoticeProblem>(
      (p) => h('li', {}, [h('b', {}, [featureName(p.featureId)]), ': ', p.message]),
      (el, p) => { if (el.lastChild?.textContent !== p.message) el.replaceChildren(h('b', {}, [featureName(p.featureId)]), ': ', p.message); },
    );
    const summary = h('button', { type: 'button', class: 'summary' }, [], {
      click: () => {
        open = !open;
        if (!open) pageCheck.reset();
        update();
      },
    });
    const save = (): void => {
      if (!saveSample) return;
      const failed = (e: unknown): void => {
        saved = { error: e instanceof Error ? e.message : String(e) };
        update();
      };
      try {
        const result = saveSample();
        if (result instanceof Promise) {
          result.then((r) => {
            saved = { fileName: r.fileName };
            update();
          }, failed);
        } else saved = { fileName: result.fileName };
      } catch (e) {
        saved = { error: e instanceof Error ? e.message : String(e) };
      }
      open = true;
      update();
    };
    const saveButton = saveSample ? h('button', { type: 'button', class: 'action', 'data-si-part': 'save-sample' }, [], { click: save }) : undefined;
    const close = dismissButton();
    const pill = h('div', { class: 'pill' }, [summary, saveButton, close]);
    const wrap = h('div', { class: 'wrap', role: 'status' }, [pill]);
    return {
      wrap,
      update(problems: readonly NoticeProblem[]) {
        const first = problems[0]!;
        setText(summary, problems.length === 1
          ? t('noticePausedOne', 'Seller Inbox: 1 feature paused on this page: $1', [first.message])
          : t('noticePausedMany', 'Seller Inbox: $1 features paused on this page: $2', [String(problems.length), first.message]));
        setAttr(summary, 'aria-expanded', open);
        setAttr(summary, 'title', t('noticeDetails', 'Details'));
        if (saveButton) {
          setAttr(saveButton, 'title', t('pageSampleSaveHint', 'Saves this page\'s structure as a file you can attach to a bug report: every name, message, address, e-mail and order ID is replaced. Nothing is sent.'));
          setText(saveButton, t('pageSampleSave', 'Save page sample'));
        }
        labelDismiss(close);
        if (open) syncChildren(details, [...problemLines(problems, (p) => p.featureId), ...pageCheck.update(saved)]);
        syncChildren(wrap, [open && details, pill]);
      },
    };
  })());

  const render = (): void => {
    const state = store.getState();
    let shown: HTMLElement | undefined;
    if (state.dismissed) shown = undefined;
    else if (state.invalidated) {
      const view = invalidatedView();
      view.update();
      shown = view.wrap;
    } else if (state.problems[0]) {
      const view = pausedView();
      view.update(state.problems);
      shown = view.wrap;
    } else if (state.remarks[0]) {
      const view = remarkView();
      view.update(state.remarks[0].message);
      shown = view.wrap;
    }
    syncChildren(container, [shown]);
  };
  // the notice is how the page UI reports problems: a fault in it is logged, never thrown into whoever changed the state
  const update = (): void => {
    try {
      render();
    } catch (error) {
      console.warn('[seller-inbox] the quiet notice could not be shown:', error);
    }
  };
  return update;
}

class NoticeStore {
  constructor(private readonly onDismiss: () => void = () => undefined) {}
  private state: NoticeState = { problems: [], remarks: [], invalidated: false, dismissed: false };
  private readonly listeners = new Set<() => void>();
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getState = (): NoticeState => this.state;
  set(patch: Partial<NoticeState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
  dismiss(): void {
    this.onDismiss();
    this.set({ dismissed: true });
  }
}

const keyOf = (p: NoticeProblem): string => `${p.featureId}|${p.message}`;

/**
 * `options.isAlive`: this copy's extension context. While it lives, a notice another copy of the page UI leaves (one
 * whose extension was reloaded or updated: it is gone and cannot take it back) is removed; this copy runs in its place.
 */
export function createNotice(doc: Document = document, options: NoticeOptions = {}): Notice {
  const isAlive = options.isAlive ?? (() => true);
  const mode = options.mode ?? ((): ShadowRootMode => 'open');
  const dismissedKeys = new Set<string>();
  const store = new NoticeStore(() => {
    for (const p of [...store.getState().problems, ...store.getState().remarks]) dismissedKeys.add(keyOf(p));
  });
  let host: HTMLElement | undefined;
  let view: AbortController | undefined;
  // a notice left by an earlier page UI whose extension was reloaded or updated: that script is gone and
  // cannot remove it; this one (injected by the new extension) takes over
  // an older copy may show its notice after this one started (its own context check comes later)
  let sweeper: MutationObserver | undefined;
  const sweep = (): void => {
    if (!isAlive()) { sweeper?.disconnect(); return; }
    for (const stale of doc.querySelectorAll('seller-inbox-notice[data-si="notice"]')) if (stale !== host) stale.remove();
  };
  sweep();
  if (typeof MutationObserver !== 'undefined') {
    sweeper = new MutationObserver(sweep);
    sweeper.observe(doc.documentElement, { childList: true });
  }

  const ensureMounted = (): void => {
    if (host?.isConnected) return;
    if (!host) {
      host = doc.createElement('seller-inbox-notice');
      host.setAttribute('data-si', 'notice');
      const shadow = host.attachShadow({ mode: mode() });
      const style = doc.createElement('style');
      style.textContent = CSS;
      const container = doc.createElement('div');
      shadow.append(style, container);
      view = new AbortController();
      const update = noticeView(container, store, options, view.signal);
      view.signal.addEventListener('abort', store.subscribe(update), { once: true });
      update();
    }
    host.setAttribute('data-si-corner', options.corner?.() ?? 'right');
    // documentElement, not body: survives the app replacing <body> content
    doc.documentElement.append(host);
  };

  return {
    addProblem(problem) {
      const { problems, dismissed } = store.getState();
      if (problems.some((p) => p.featureId === problem.featureId)) return;
      // a problem the seller already dismissed (same feature, same message) stays quiet; a new one shows
      const seen = dismissedKeys.has(keyOf(problem));
      store.set({ problems: [...problems, problem], dismissed: seen ? dismissed : false });
      ensureMounted();
    },
    clearProblems(featureIds) {
      const { problems, remarks } = store.getState();
      const keep = (p: NoticeProblem): boolean => featureIds !== undefined && !featureIds.includes(p.featureId);
      const next = { problems: problems.filter(keep), remarks: remarks.filter(keep) };
      if (next.problems.length !== problems.length || next.remarks.length !== remarks.length) store.set(next);
    },
    setRemark({ featureId, message }) {
      const { remarks, dismissed } = store.getState();
      const others = remarks.filter((r) => r.featureId !== featureId);
      if (message === null) {
        if (others.length !== remarks.length) store.set({ remarks: others });
        return;
      }
      if (remarks.some((r) => r.featureId === featureId && r.message === message)) return;
      const seen = dismissedKeys.has(keyOf({ featureId, message }));
      store.set({ remarks: [...others, { featureId, message }], dismissed: seen ? dismissed : false });
      ensureMounted();
    },
    showInvalidated() {
      // gone: from now on a newer copy's notice is the one that counts
      sweeper?.disconnect();
      if (store.getState().invalidated) return;
      store.set({ invalidated: true, dismissed: false });
      ensureMounted();
    },
    dismiss: () => store.dismiss(),
    getState: store.getState,
    destroy() {
      sweeper?.disconnect();
      view?.abort();
      host?.remove();
      host = undefined;
      view = undefined;
    },
  };
}
