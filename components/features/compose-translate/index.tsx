/**
 * compose-translate: "write in 中文 / English" beside the case's reply box (inbox v3). Closed until the seller opens
 * it; then WritePanel.tsx. The buyer's language: the one their last message is in (detected), else the marketplace's.
 */
import { useState } from 'react';
import { buyerLanguage, writingPair, type LanguageCode, type LanguagePair } from '../../../lib/translate';
import { readSession } from '../../../lib/seller-central/session';
import { defineFeature } from '../../page/feature';
import { t } from '../../page/i18n';
import { trusted } from '../../page/trusted';
import { pageChecker } from '../compose-shared/check';
import { watchReplyArea } from '../compose-shared/reply-area';
import { insertIntoTextarea } from '../compose-templates/insert';
import { openCaseId, readConversation } from '../thread-shared/conversation';
import { AUTONYM, languageName, pageProvider, pageSellerLanguage, translatorPresent } from '../translate-shared/page-service';
import { WRITE_CSS } from './styles';
import { WritePanel, type WritePanelProps } from './WritePanel';

function WriteToggle({ seller, pairOf, check, insert }: { seller: LanguageCode; pairOf: () => Promise<LanguagePair | undefined> } & Omit<WritePanelProps, 'pair'>) {
  const [pair, setPair] = useState<LanguagePair | null | undefined>();
  const present = translatorPresent();
  const label = t('pageTrWriteIn', 'Write in $1', [AUTONYM[seller] ?? languageName(seller)]);
  return (
    <div className="w">
      <div className="bar">
        {pair ? (
          <button type="button" onClick={trusted(() => setPair(undefined))}>{t('pageTrWriteClose', 'Close')}</button>
        ) : (
          <button type="button" disabled={!present} data-si-write-open="" onClick={trusted(() => void pairOf().then((p) => setPair(p ?? null)))}>{label}</button>
        )}
        {!present ? <span className="why">{t('pageTrAbsent', 'Not available in this browser: on-device translation needs Chrome 138 or later on a computer')}</span> : null}
        {pair === null ? <span className="why">{t('pageTrSame', 'Already in your language ($1)', [languageName(seller)])}</span> : null}
      </div>
      {pair ? <WritePanel pair={pair} check={check} insert={insert} /> : null}
    </div>
  );
}

export default defineFeature({
  id: 'compose-translate',
  pages: ['thread'],
  async init(ctx, signal) {
    if (!openCaseId(ctx.page)) return;
    const seller = await pageSellerLanguage();
    watchReplyArea(ctx, signal, async (area) => {
      const ta = area.textarea as HTMLTextAreaElement;
      const host = (ta.getRootNode() as ShadowRoot).host ?? ta;
      const read = () => readConversation(document, ctx.page);
      const marketplace = (): string | undefined => read().marketplaceId ?? readSession(document).marketplaceId;
      const pairOf = async (): Promise<LanguagePair | undefined> => {
        const last = read().messages.filter((m) => m.sender === 'buyer' && m.text.trim()).at(-1);
        const detected = last ? await pageProvider.detect(last.text).catch(() => undefined) : undefined;
        const mp = marketplace();
        const buyer = buyerLanguage({ ...(detected ? { detected } : {}), ...(mp ? { marketplaceId: mp } : {}) });
        return writingPair(seller, buyer?.language);
      };
      const check = (text: string) => pageChecker.check(text, marketplace());
      const insert = (text: string): boolean => insertIntoTextarea(ta, text, { start: 0, end: ta.value.length }).ok;
      await ctx.mountUi({
        name: 'compose-translate', anchor: host, append: 'before', css: WRITE_CSS,
        render: () => <WriteToggle seller={seller} pairOf={pairOf} check={check} insert={insert} />,
      });
    });
  },
});
