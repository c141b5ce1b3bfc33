/**
 * thread-translate: on-device translation of the buyer's messages in the case open on the inbox v3 (nothing is
 * translated until the seller asks). Under each buyer message, in our own shadow root, a Translate button and then
 * the translation into the seller's language; in the case's header, "Translate the conversation". Translations are kept
 * (the background's `translations` table): a case opened again shows them at once.
 */
import { readCaseView } from '../../../lib/seller-central/case-view';
import { readSession } from '../../../lib/seller-central/session';
import { defineFeature } from '../../page/feature';
import { t } from '../../page/i18n';
import { trusted } from '../../page/trusted';
import { browserZone, openCaseId } from '../thread-shared/conversation';
import { watchThread } from '../thread-shared/watch-thread';
import { pageSellerLanguage, peekAny, translatorPresent, warmCache } from '../translate-shared/page-service';
import { TranslateAllBus } from './bus';
import { MessageTranslation } from './MessageTranslation';
import { TRANSLATE_CSS } from './styles';

export default defineFeature({
  id: 'thread-translate',
  pages: ['thread'],
  async init(ctx, signal) {
    const caseId = openCaseId(ctx.page);
    if (!caseId) return;
    const seller = await pageSellerLanguage();
    const bus = new TranslateAllBus();
    const handled = new WeakSet<Element>();
    let toolbar = false;

    watchThread(ctx, signal, {
      needs: [],
      onRead: ctx.guard(async (read) => {
        if (read.isSystem) return;
        const view = readCaseView(document, { caseId, now: Date.now(), zone: browserZone() });
        const marketplaceId = read.marketplaceId ?? readSession(document).marketplaceId;
        const fresh = view.messages
          .map((m, i) => ({ m, body: view.parts.bodies?.[i] }))
          .filter((x): x is { m: typeof x.m; body: Element } => x.m.sender === 'buyer' && x.m.text.trim() !== '' && x.body !== undefined && !handled.has(x.body));
        if (fresh.length === 0) return;
        for (const x of fresh) handled.add(x.body);
        // the saved translations of these messages, in one message to the background, before anything is shown
        // (texts this page already translated or loaded are in memory: no round trip; mounted and rendered in this task,
        // so a case opened again shows them in the frame that shows its messages)
        const unknown = fresh.map((x) => x.m.text).filter((text) => !peekAny(text, seller));
        if (unknown.length) await warmCache(unknown, seller).catch(() => undefined);
        if (signal.aborted) return;
        for (const { m, body } of fresh) {
          const saved = peekAny(m.text, seller);
          void ctx.mountUi({
            name: 'translate-message', anchor: body, append: 'after', css: TRANSLATE_CSS, immediate: true,
            render: () => (
              <MessageTranslation text={m.text} seller={seller} bus={bus} {...(marketplaceId ? { marketplaceId } : {})}
                {...(saved ? { initial: { text: saved.entry.translation, lost: saved.entry.lost, pair: saved.pair } } : {})} />
            ),
          });
        }
        // at the end of the case's header (never between the buyer's name or the subject and the features anchored to them)
        const anchor = view.parts.header ?? view.parts.messages;
        if (!toolbar && anchor) {
          toolbar = true;
          void ctx.mountUi({
            name: 'translate-all', anchor, append: view.parts.header ? 'last' : 'before', css: TRANSLATE_CSS, immediate: true,
            render: () => (
              <div className="tr bar">
                <button type="button" disabled={!translatorPresent()} title={translatorPresent() ? '' : t('pageTrAbsent', 'Not available in this browser: on-device translation needs Chrome 138 or later on a computer')}
                  onClick={trusted(() => bus.all())}>{t('pageTrTranslateAll', 'Translate the conversation')}</button>
              </div>
            ),
          });
        }
      }),
    });
  },
});
