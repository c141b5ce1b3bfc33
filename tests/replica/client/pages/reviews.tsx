/** Request a Review: eligibility from the solicitation GET, "Yes" POSTs. */
import { useState } from 'react';
import type { SolicitationResponse } from '../../server/api-types';
import { postJson } from '../api';
import { useJson } from '../use-json';

const REASONS: Record<string, string> = {
  REVIEW_REQUEST_ALREADY_SENT: 'A review request has already been sent for this order.',
  REVIEW_REQUEST_OUTSIDE_TIME_WINDOW: 'You can only request a review 5 to 30 days after the order delivery date.',
  ORDER_NOT_FOUND: 'This order could not be found.',
};

export function ReviewsPage({ orderId, marketplaceId }: { orderId: string; marketplaceId: string }) {
  const url = `/messaging/api/solicitations/${encodeURIComponent(orderId)}/productReviewAndSellerFeedback?marketplaceId=${encodeURIComponent(marketplaceId)}&isReturn=false`;
  const [res] = useJson<SolicitationResponse>(orderId ? url : null);
  const [sent, setSent] = useState<'idle' | 'sending' | 'sent' | 'failed'>('idle');
  const [error, setError] = useState('');
  return (
    <div className="sc-page" data-page="request-review" data-order-id={orderId}>
      <h1>Request a Review</h1>
      <kat-box style={{ maxWidth: 640 }}>
        <p>Order ID: <kat-link href={`/orders-v3/order/${orderId}`}>{orderId}</kat-link></p>
        {res.state === 'loading' && <kat-spinner />}
        {res.state === 'error' && <kat-alert variant="danger">{res.message}</kat-alert>}
        {res.state === 'ok' && sent === 'sent' && (
          <kat-alert variant="success" className="review-request-sent">A review request will be sent to the buyer for this order.</kat-alert>
        )}
        {res.state === 'ok' && sent !== 'sent' && (res.data.isSuccess ? (
          <div className="review-request-eligible">
            <p>Would you like to request a product review and seller feedback for this order? Amazon sends the buyer a
              message in their language; you cannot change its text.</p>
            <div style={{ display: 'flex', gap: 10 }}>
              <kat-button variant="primary" className="review-request-yes" disabled={sent === 'sending'} onClick={() => {
                if (sent === 'sending') return;
                setSent('sending');
                postJson<{ isSuccess: boolean; ineligibleReason: string | null }>(url, {}).then(
                  (r) => { if (r.isSuccess) setSent('sent'); else { setSent('failed'); setError(REASONS[r.ineligibleReason ?? ''] ?? 'The request failed.'); } },
                  (e: unknown) => { setSent('failed'); setError(e instanceof Error ? e.message : String(e)); },
                );
              }}>Yes</kat-button>
              <kat-link href={`/orders-v3/order/${orderId}`}>No</kat-link>
            </div>
            {sent === 'failed' && <kat-alert variant="danger">{error}</kat-alert>}
          </div>
        ) : (
          <kat-alert variant="warning" className="review-request-ineligible" data-reason={res.data.ineligibleReason ?? ''}>
            {REASONS[res.data.ineligibleReason ?? ''] ?? 'This order is not eligible for a review request.'}
          </kat-alert>
        ))}
      </kat-box>
    </div>
  );
}
