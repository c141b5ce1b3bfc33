/** The reply area around one textarea (the composer host sits outside the textarea's shadow root). */
import { findReplyArea, type ReplyArea } from '../../../lib/seller-central/thread-page';

export function replyAreaOf(textarea: Element): ReplyArea | null {
  const root = textarea.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : null;
  const area = (host?.parentNode ? findReplyArea(host.parentNode) : null) ?? findReplyArea(textarea.ownerDocument);
  return area?.textarea === textarea ? area : null;
}
