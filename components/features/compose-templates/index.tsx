/**
 * compose-templates: the template picker in a thread's reply box. A "Templates" button in the reply
 * box's toolbar and a shortcut (setting `templatePickerShortcut`, default Alt+T, while the reply box
 * has focus) open it; the chosen template goes into the React-controlled textarea at the caret
 * (insert.ts), after the policy gate (gate.ts). See Picker.tsx.
 */
import { sendRequest } from '../../messaging';
import { defineFeature } from '../../page/feature';
import { loadPageSettings } from '../../page/settings';
import { t } from '../../page/i18n';
import { hasCommandModifier, matchesShortcut } from '../../ui/shortcut';
import { acknowledge, pageChecker } from '../compose-shared/check';
import { watchReplyArea } from '../compose-shared/reply-area';
import { mergeThreadValues, readPageValues, type ThreadValues } from './context';
import { insertIntoTextarea, spliceText, type TextRange } from './insert';
import { attachTemplateFile } from './attach';
import { ComposeTemplatesUi, PickerStore, type PickerDeps } from './Picker';
import { PICKER_CSS } from './styles';

export default defineFeature({
  id: 'compose-templates',
  pages: ['thread'],
  init(ctx, signal) {
    const prefs = { shortcut: 'Alt+T', policyOn: true };
    loadPageSettings().then((settings) => {
      prefs.shortcut = settings.templatePickerShortcut;
      prefs.policyOn = settings.policyCheckEnabled;
    }, () => undefined);

    let composer: AbortController | undefined;
    watchReplyArea(ctx, signal, async (area) => {
      composer?.abort();
      const own = new AbortController();
      composer = own;
      signal.addEventListener('abort', () => own.abort(), { once: true });
      const ta = area.textarea;
      let saved: TextRange = { start: ta.value.length, end: ta.value.length };
      const store = new PickerStore(() => {
        saved = { start: ta.selectionStart, end: ta.selectionEnd };
      });
      const returnFocus = (): void => {
        ta.focus();
        ta.setSelectionRange(saved.start, saved.end);
      };

      const raw = () => readPageValues(document, ctx.page);
      const deps: PickerDeps = {
        store,
        shortcut: () => prefs.shortcut,
        policyOn: () => prefs.policyOn,
        pageValues: () => mergeThreadValues(raw()),
        loadThread: async (): Promise<ThreadValues> => {
          const page = raw();
          const res = await sendRequest({
            type: 'templates/context', orderIds: page.orderIds.slice(0, 20), ...(page.sellerId ? { accountId: page.sellerId } : {}),
            ...(page.buyerText ? { buyerText: page.buyerText } : {}),
            ...(page.threadText ? { threadText: page.threadText } : {}),
          });
          return mergeThreadValues(page, res.order, res.category, res.storeName);
        },
        search: (session, query, marketplaceId, category) => sendRequest({
          type: 'templates/pick', session, query: query.slice(0, 200), limit: 100,
          ...(marketplaceId ? { marketplaceId } : {}), ...(category ? { category } : {}),
        }),
        preview: async (session, templateId, tctx) => {
          const { preview } = await sendRequest({ type: 'templates/preview', session, templateId, ctx: tctx });
          // a complete preview's check serves Send when exactly this text goes out
          if (preview && preview.render.missing.length === 0) {
            pageChecker.seed({ ...preview.check, text: preview.render.text }, tctx.marketplaceId || undefined);
          }
          return preview;
        },
        insert: (text, select, acknowledged) => {
          if (!ta.isConnected) return { ok: false, error: t('composeBoxGone', 'The reply box is gone: reload the page.') };
          if (ta.maxLength > 0 && spliceText(ta.value, saved, text).value.length > ta.maxLength) {
            return { ok: false, error: t('composeTooLong', 'Too long for the reply box ($1 characters at most).', [String(ta.maxLength)]) };
          }
          const r = insertIntoTextarea(ta, text, saved, select);
          if (r.ok && acknowledged) acknowledge(ta.value);
          return { ok: r.ok };
        },
        attach: (templateId) => attachTemplateFile(templateId, area.root),
        returnFocus,
        width: () => Math.round(Math.min(820, Math.max(560, ta.getBoundingClientRect().width))),
        guard: ctx.guard,
      };

      ta.addEventListener('keydown', ctx.guard((e: KeyboardEvent) => {
        // a shortcut without Ctrl/Alt/Meta would be typing: it only works with one here
        if (e.isComposing || !hasCommandModifier(prefs.shortcut) || !matchesShortcut(e, prefs.shortcut)) return;
        e.preventDefault();
        e.stopPropagation();
        if (store.get().open) store.close();
        else store.open();
      }), { signal: own.signal });

      await ctx.mountUi({
        name: 'compose-templates',
        anchor: area.templateArea ?? ta,
        append: area.templateArea ? 'first' : 'before',
        css: PICKER_CSS,
        signal: own.signal,
        render: () => <ComposeTemplatesUi deps={deps} />,
      });
    });
  },
});
