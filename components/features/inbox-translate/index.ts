/**
 * inbox-translate: a case's preview in the inbox v3 list translated on demand (never the whole list): ONE shared
 * control, in our own shadow root outside the list, shows beside the row the seller points at or focuses; pressed,
 * the translation of that row's preview shows under it (the buyer-message translation UI, thread-translate), and
 * only then is anything added to that row. Saved translations are reused (the same cache as the case's messages).
 */
import { readSession } from '../../../lib/seller-central/session';
import { defineFeature } from '../../page/feature';
import { t } from '../../page/i18n';
import { trusted } from '../../page/trusted';
import { h, setAttr, syncChildren } from '../../page/dom';
import { translatorPresent } from '../translate-shared/present';
import { TRANSLATE_CSS } from '../thread-translate/styles';
import { onDemandPartFor } from '../../page/on-demand/load';
import { HoverStore, previewOf, rowOfEvent, type HoveredRow } from './hover';
import { controlKeydown, keyboardReach } from './keyboard';

const CONTROL_CSS = `${TRANSLATE_CSS}
.float { position: fixed; z-index: 2147483000; transform: translate(-100%, -50%); }
.float button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
`;

/**
 * The one shared control: built once, shown (in the container) for the row the store holds, at its preview's middle
 * right; hidden (taken out) when there is none. Its button is what keyboard.ts moves the focus to.
 */
function renderControl(container: HTMLElement, removed: AbortSignal, store: HoverStore, onTranslate: (row: HoveredRow) => void, button: HTMLButtonElement): void {
  const float = h('div', { class: 'float' }, [button]);
  button.addEventListener('keydown', controlKeydown(store));
  button.addEventListener('click', trusted(() => {
    const row = store.get();
    if (row) onTranslate(row);
  }));
  const update = (): void => {
    const row = store.get();
    if (!row) {
      syncChildren(container, []);
      return;
    }
    const present = translatorPresent();
    float.style.top = `${(row.rect.top + row.rect.bottom) / 2}px`;
    float.style.left = `${row.rect.right}px`;
    setAttr(button, 'disabled', !present);
    setAttr(button, 'title', present ? '' : t('pageTrAbsent', 'Not available in this browser: on-device translation needs Chrome 138 or later on a computer'));
    syncChildren(container, [float]);
  };
  update();
  removed.addEventListener('abort', store.subscribe(update), { once: true });
}

export default defineFeature({
  id: 'inbox-translate',
  pages: ['inbox'],
  init(ctx, signal) {
    const d = ctx.page.detected;
    if (d.kind !== 'inbox' || d.layout !== 'v3') return;
    const store = new HoverStore();
    const button = h('button', { type: 'button' }, [t('pageTrPreview', 'Translate preview')]);
    // Tab from the row reaches the control, which sits outside the list (keyboard.ts)
    keyboardReach({ store, button: () => (button.isConnected ? button : null), signal });
    const done = new WeakSet<Element>();
    let control: Promise<unknown> | undefined;

    const translate = ctx.guard(async (h: HoveredRow) => {
      store.set(undefined);
      if (done.has(h.row) || !h.preview.isConnected) return;
      done.add(h.row);
      const text = (h.preview.textContent ?? '').trim();
      const marketplaceId = readSession(document).marketplaceId;
      // the translation UI is in the page UI's on-demand part (components/page/on-demand/)
      const part = await onDemandPartFor(ctx);
      if (!part) return;
      const render = await part.previewTranslation(text, marketplaceId);
      if (signal.aborted || !h.preview.isConnected) return;
      const ui = await ctx.mountUi({ name: 'translate-preview', anchor: h.preview, append: 'after', css: TRANSLATE_CSS, immediate: true, render });
      // inside the row: a press on our buttons is not a click on the row (it would open the case)
      ui.shadowHost.addEventListener('click', (e) => { e.stopPropagation(); e.preventDefault(); });
    });

    const enter = ctx.guard((event: Event) => {
      const row = rowOfEvent(event);
      if (!row || row === store.get()?.row) return;
      const preview = previewOf(row);
      if (!preview || done.has(row)) {
        store.set(undefined);
        return;
      }
      const r = preview.getBoundingClientRect();
      store.set({ row, preview, rect: { top: r.top, right: r.right, bottom: r.bottom } });
      control ??= ctx.mountDom({
        name: 'translate-preview-control', anchor: document.body, append: 'last', css: CONTROL_CSS,
        render: (container, removed) => renderControl(container, removed, store, translate, button),
      });
    });
    const hide = ctx.guard(() => store.set(undefined));
    document.addEventListener('pointerover', enter, { signal, passive: true });
    document.addEventListener('focusin', enter, { signal });
    // the control sits where the row was: gone when the list moves
    document.addEventListener('scroll', hide, { signal, capture: true, passive: true });
  },
});
