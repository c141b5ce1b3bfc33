/**
 * Whether the page shows a conversation, from the page's URL only (no DOM read): in its own file so that the inbox
 * list features can ask without the conversation readers (those are in the page UI's on-demand part,
 * components/page/on-demand/). conversation.ts re-exports these.
 */
import type { PageInfo } from '../../page/feature';

type PageLike = Pick<PageInfo, 'detected'>;

/** The case open in the v3 app's right pane, when this page is one. */
export function openCaseId(page: PageLike): string | undefined {
  const d = page.detected;
  return d.kind === 'inbox' && d.layout === 'v3' ? d.caseId : undefined;
}

/** True when the page shows a conversation (a thread page, or a v3 page with a case open). */
export const showsConversation = (page: PageLike): boolean => page.detected.kind === 'thread' || openCaseId(page) !== undefined;
