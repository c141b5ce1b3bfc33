/**
 * Request a Review, in the markup public tools read (reference notes, "Request a Review"): the app under
 * `#ayb-app` / `#ayb-reviews`, "Yes" as `.ayb-reviews-button-container kat-button[label="Yes"]` (its real
 * <button> in the shadow root), success `#ayb-app kat-alert > span[slot=header]` "…review will be requested…",
 * errors in `.ayb-request-review-error-description`. Like the real page it offers "Yes" even when a request
 * went out already: the POST's answer decides.
 */
import { useState } from 'react';
import type { SolicitationResponse, SolicitationResponseChanged } from '../../server/api-types';
import { postJson } from '../api';
import { navigate } from '../router';

const ERRORS: Record<string, string> = {
  REVIEW_REQUEST_ALREADY_SENT: "You've already requested a review for this order.",
  REVIEW_REQUEST_OUTSIDE_TIME_WINDOW: 'You can only request a review within the 5-30 day range after the order delivery date.',
};
const CANNOT = "You can't use this feature for this order.";

export function ReviewsPage({ orderId, marketplaceId }: { orderId: string; marketplaceId: string }) {
  const url = `/messaging/api/solicitations/${encodeURIComponent(orderId)}/productReviewAndSellerFeedback?marketplaceId=${encodeURIComponent(marketplaceId)}&isReturn=false`;
  const [state, setState] = useState<'idle' | 'sending' | 'sent' | 'failed'>('idle');
  const [error, setError] = useState('');
  const ask = (): void => {
    if (state === 'sending' || !orderId) return;
    setState('sending');
    // the page's own code reads the JSON in either shape (the `reviewJson: 'unrecognised'` switch changes it)
    postJson<Partial<SolicitationResponse & SolicitationResponseChanged>>(url, {}).then(
      (r) => {
        if (r.isSuccess ?? r.status === 'SUCCESS') setState('sent');
        else { setState('failed'); setError(ERRORS[r.ineligibleReason ?? r.reasonCode ?? ''] ?? CANNOT); }
      },
      () => { setState('failed'); setError(CANNOT); },
    );
  };
  return (
    <div id="ayb-app" className="sc-page" data-page="request-review" data-order-id={orderId}>
      <div id="ayb-reviews">
        <h1>Request a Review</h1>
        <kat-box style={{ maxWidth: 640 }}>
          <p>Order ID: <kat-link href={`/orders-v3/order/${orderId}`}>{orderId}</kat-link></p>
          {state === 'sent' ? (
            <kat-alert variant="success">
              <span slot="header">A review will be requested for this order.</span>
              Amazon sends the buyer a message in their language asking for a product review and seller feedback.
            </kat-alert>
          ) : (
            <>
              <p>Would you like to request a product review and seller feedback for this order? Amazon sends the buyer a
                message in their language; you cannot change its text.</p>
              <div className="ayb-reviews-button-container" style={{ display: 'flex', gap: 10 }}>
                <kat-button variant="primary" label="Yes" disabled={state === 'sending'} onClick={ask} />
                <kat-button label="No" onClick={() => navigate(`/orders-v3/order/${orderId}`)} />
              </div>
              {state === 'failed' && (
                <kat-alert variant="danger"><div className="ayb-request-review-error-description">{error}</div></kat-alert>
              )}
            </>
          )}
        </kat-box>
      </div>
    </div>
  );
}
