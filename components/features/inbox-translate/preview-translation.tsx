/**
 * The translation of one preview in the v3 list (inbox-translate): the buyer-message translation UI. In the page UI's
 * on-demand part (components/page/on-demand/), loaded when the seller first presses "Translate preview".
 */
import type { ReactNode } from 'react';
import { pageSellerLanguage } from '../translate-shared/page-service';
import { TranslateAllBus } from '../thread-translate/bus';
import { MessageTranslation } from '../thread-translate/MessageTranslation';

export async function previewTranslation(text: string, marketplaceId: string | undefined): Promise<() => ReactNode> {
  const seller = await pageSellerLanguage();
  return () => <MessageTranslation text={text} seller={seller} bus={new TranslateAllBus()} autoStart {...(marketplaceId ? { marketplaceId } : {})} />;
}
