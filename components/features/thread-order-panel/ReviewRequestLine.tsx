/** One line in the order card: whether a review request went out (when), is planned (when), or why not. */
import type { ReviewRequestStatus } from '../../../lib/campaigns/runner/order-status';
import { t } from '../../page/i18n';
import { day } from '../thread-shared/format';

function text(s: ReviewRequestStatus, zone: string): string {
  switch (s.state) {
    case 'logged':
      switch (s.stage) {
        case 'sent': return t('threadReviewSent', 'Review request sent on $1', [day(s.at, zone, true)]);
        case 'failed': return t('threadReviewFailed', 'Review request failed on $1; the Campaigns page says why', [day(s.at, zone, true)]);
        case 'skipped': return t('threadReviewDeclined', 'No review request: Amazon did not accept one for this order ($1)', [day(s.at, zone, true)]);
        default: return t('threadReviewUnclear', 'Review request: outcome unclear since $1; see Needs a look on the Campaigns page', [day(s.at, zone, true)]);
      }
    case 'planned': return t('threadReviewPlanned', 'Review request planned for $1', [day(s.at, zone, true)]);
    case 'left-out': return t('threadReviewLeftOut', 'No review request: $1', [t(`anSkip_${s.reason.replace(/-/g, '_')}`, 'left out by the campaign rules')]);
    case 'test-only': return t('threadReviewTestOnly', 'No review request: your campaigns are in test mode');
    case 'switched-off': return t('threadReviewSwitchedOff', 'No review request: campaigns are switched off');
    case 'no-campaign': return t('threadReviewNoCampaign', 'No review request: no campaign is set up');
  }
}

export function ReviewRequestLine({ status, zone }: { status: ReviewRequestStatus; zone: string }) {
  const reason = status.state === 'left-out' ? status.reason : status.state === 'logged' ? status.stage : status.state;
  return (
    <div className="row small muted" data-si-review-request={status.state} data-si-review-reason={reason}>
      {text(status, zone)}
    </div>
  );
}
