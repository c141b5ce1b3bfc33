/**
 * compose-policy: Amazon's messaging rules on the page's own Send. A capture-phase listener on the
 * window (before the page's handlers, through shadow roots via composedPath) sees clicks on the Send
 * button and Ctrl/⌘+Enter in the reply box; `block` stops the event (preventDefault +
 * stopImmediatePropagation) and shows the reason next to Send, `warn` asks ("Send anyway" sends once),
 * `ok` passes untouched. While typing, a debounced check keeps a live verdict next to Send, so that
 * Send usually decides at once; otherwise the event is held, checked, and sent again when clean.
 * Off when the `policyCheckEnabled` setting is off.
 */
import { readSession } from '../../../lib/seller-central/session';
import type { ReplyArea } from '../../../lib/seller-central/thread-page';
import { defineFeature } from '../../page/feature';
import { loadPageSettings } from '../../page/settings';
import { acknowledge, isAcknowledged, pageChecker, type CheckResult } from '../compose-shared/check';
import { watchReplyArea } from '../compose-shared/reply-area';
import { readConversation } from '../thread-shared/conversation';
import { afterCheck, decideSend, isSendKey, type SendDecision } from './gate';
import { PolicyBar, PolicyStore, POLICY_BAR_CSS } from './PolicyBar';

const TYPING_DEBOUNCE_MS = 350;
/** after a Send goes through, how long and how often to look whether the page emptied the box (it fires no input event) */
const CLEARED_WATCH_MS = 5_000;
const CLEARED_POLL_MS = 150;

const stop = (e: Event): void => {
  e.preventDefault();
  e.stopImmediatePropagation();
};

export default defineFeature({
  id: 'compose-policy',
  pages: ['thread'],
  async init(ctx, signal) {
    const settings = await loadPageSettings().catch(() => ({ policyCheckEnabled: true }));
    if (!settings.policyCheckEnabled || signal.aborted) return;

    let marketplace: string | undefined;
    const marketplaceOf = (): string | undefined =>
      (marketplace ??= readConversation(document, ctx.page).marketplaceId ?? readSession(document).marketplaceId);

    /** the reply box we watch (the page re-creates it after each send) and its bar */
    let current: { area: ReplyArea; store: PolicyStore } | undefined;
    let bypass: string | undefined;
    let composer: AbortController | undefined;

    const show = (store: PolicyStore, d: SendDecision): void => {
      if (d.kind === 'block' || d.kind === 'warn') store.set({ stopped: { kind: d.kind, check: d.check }, live: d.check, open: true });
    };
    /** the page empties the box after sending, without an input event: the verdict of the sent text goes with it */
    let clearedTimer: ReturnType<typeof setInterval> | undefined;
    const watchCleared = (area: ReplyArea, store: PolicyStore): void => {
      clearInterval(clearedTimer);
      const until = Date.now() + CLEARED_WATCH_MS;
      clearedTimer = setInterval(ctx.guard(() => {
        if (!area.textarea.value.trim()) {
          store.set({ empty: true, live: undefined, stopped: undefined, open: false });
          clearInterval(clearedTimer);
        } else if (Date.now() > until || signal.aborted) clearInterval(clearedTimer);
      }), CLEARED_POLL_MS);
    };
    signal.addEventListener('abort', () => clearInterval(clearedTimer), { once: true });
    const resend = (area: ReplyArea, text: string): void => {
      bypass = text;
      (area.sendButton as HTMLElement | null)?.click();
      bypass = undefined;
    };

    const onSend = (e: Event): void => {
      if (!current) return;
      const { area, store } = current;
      const path = e.composedPath();
      if (e.type === 'click' ? !area.sendButton || !path.includes(area.sendButton) : !path.includes(area.textarea)) return;
      if (area.sendButton?.hasAttribute('disabled')) return;
      const text = area.textarea.value;
      const mp = marketplaceOf();
      const d = decideSend({ text, cached: pageChecker.cached(text, mp), bypass, acknowledged: isAcknowledged(text) });
      if (d.kind === 'pass') { watchCleared(area, store); return; }
      stop(e);
      if (d.kind !== 'check') {
        show(store, d);
        return;
      }
      store.set({ live: undefined, stopped: undefined });
      pageChecker.check(text, mp).then((r) => {
        if (area.textarea.value !== text || current?.area !== area) return;
        const next = afterCheck(r, isAcknowledged(text));
        store.set({ live: r });
        if (next.kind === 'pass') resend(area, text);
        else show(store, next);
      }, () => store.set({ stopped: { kind: 'error' }, open: true }));
    };
    window.addEventListener('click', ctx.guard(onSend), { capture: true, signal });
    window.addEventListener('keydown', ctx.guard((e: KeyboardEvent) => {
      if (isSendKey(e)) onSend(e);
    }), { capture: true, signal });

    watchReplyArea(ctx, signal, async (area) => {
      const store = new PolicyStore();
      const mine = { area, store };
      current = mine;
      composer?.abort();
      const own = new AbortController();
      composer = own;
      signal.addEventListener('abort', () => own.abort(), { once: true });

      let timer: ReturnType<typeof setTimeout> | undefined;
      const checkNow = (): void => {
        clearTimeout(timer);
        const text = area.textarea.value;
        if (!text.trim()) {
          store.set({ empty: true, live: undefined, stopped: undefined, open: false });
          return;
        }
        const cached = pageChecker.cached(text, marketplaceOf());
        if (cached) {
          store.set({ empty: false, live: cached });
          return;
        }
        store.set({ empty: false, live: undefined });
        pageChecker.check(text, marketplaceOf()).then((r: CheckResult) => {
          if (area.textarea.value === r.text) store.set({ live: r });
        }, () => undefined);
      };
      const onInput = ctx.guard(() => {
        const s = store.get();
        if (s.stopped) store.set({ stopped: undefined, open: false });
        clearTimeout(timer);
        timer = setTimeout(ctx.guard(checkNow), TYPING_DEBOUNCE_MS);
      });
      area.textarea.addEventListener('input', onInput, { signal: own.signal });
      // a press on Send starts the check at once: it is usually back before the click
      area.sendButton?.addEventListener('pointerdown', ctx.guard(checkNow), { signal: own.signal });
      own.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
      if (area.textarea.value.trim()) checkNow();

      const actions = {
        sendAnyway: ctx.guard(() => {
          const s = store.get();
          const text = area.textarea.value;
          store.set({ stopped: undefined, open: false });
          if (s.stopped?.kind === 'warn') acknowledge(text);
          resend(area, text);
        }),
        keepEditing: ctx.guard(() => {
          store.set({ stopped: undefined, open: false });
          area.textarea.focus();
        }),
      };
      if (!area.sendButton) return;
      await ctx.mountUi({
        name: 'compose-policy',
        anchor: area.sendButton,
        append: 'after',
        css: POLICY_BAR_CSS,
        signal: own.signal,
        render: () => <PolicyBar store={store} actions={actions} />,
      });
    });
  },
});
