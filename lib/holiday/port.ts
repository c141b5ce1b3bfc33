/** What the holiday auto-reply asks of Seller Central (components/background/holiday-page-port.ts). */
import type { Thread } from '../model';
import type { Outcome } from '../campaigns/runner/types';

export interface HolidayPort {
  /**
   * The reply through the case's own reply box (components/background/holiday-page-port.ts); the outcome as the
   * campaign runner's machine knows them. `since`: the idempotency record's creation time: a reply with this text
   * already in the conversation since then is not sent again (`sent`). `pauseMs`: the kill tests' stage pauses.
   */
  sendReply(thread: Pick<Thread, 'threadId' | 'marketplaceId' | 'orderIds'>, text: string, opts: { since: string; pauseMs?: number }): Promise<Outcome>;
  /** Only reads the conversation: is the text among the seller's messages since `since`? (undefined: cannot tell) */
  checkReply(thread: Pick<Thread, 'threadId' | 'marketplaceId' | 'orderIds'>, text: string, opts: { since: string }): Promise<boolean | undefined>;
}
