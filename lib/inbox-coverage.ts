/**
 * What the pages read so far do not hold: Amazon's own "Response needed N" (the inbox page's left navigation or
 * metrics card, stored with the counts) against the response-needed cases the extension holds. Pure.
 */
import type { InboxCounts } from './model';

/** Cases Amazon says need a response that no page read holds (0 when Amazon's count is not known). */
export const notReadYet = (c: Pick<InboxCounts, 'pending' | 'responseNeeded' | 'unkept'> | undefined): number =>
  c?.pending === undefined ? 0 : Math.max(0, c.pending - (c.responseNeeded ?? 0) - (c.unkept ?? 0));
