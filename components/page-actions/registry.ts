/**
 * Every page action the work tab can run (lib/protocol/page-actions.ts declares their args and answers), by name.
 * One file per action: components/page-actions/<name>.ts.
 */
import type { PageActionName } from '../../lib/protocol/page-actions';
import type { PageAction } from './types';
import { caseRead } from './case-read';
import { caseReply } from './case-reply';
import { requestReview } from './request-review';
import { contactBuyer } from './contact-buyer';

export const PAGE_ACTION_REGISTRY: { readonly [N in PageActionName]: PageAction<N> } = {
  'case-read': caseRead,
  'case-reply': caseReply,
  'request-review': requestReview,
  'contact-buyer': contactBuyer,
};
