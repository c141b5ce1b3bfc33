/** Feedback Manager: one kat-table-row per feedback, rating in kat-star-rating[value], order id in a kat-link. */
import type { FeedbackListResponse } from '../../server/api-types';
import { localDate } from '../format';
import { navigate } from '../router';
import { useJson } from '../use-json';

export function FeedbackPage({ params }: { params: URLSearchParams }) {
  const pn = Math.max(1, Number(params.get('pn') ?? 1) || 1);
  const ps = Math.max(1, Number(params.get('ps') ?? 25) || 25);
  const [res] = useJson<FeedbackListResponse>(`/feedback-manager/api/feedback?pn=${pn}&ps=${ps}`);
  const pages = res.state === 'ok' ? Math.max(1, Math.ceil(res.data.total / ps)) : 1;
  return (
    <div className="sc-page" data-page="feedback-manager">
      <h1>Feedback Manager</h1>
      {res.state === 'loading' && <kat-spinner />}
      {res.state === 'error' && <kat-alert variant="danger">{res.message}</kat-alert>}
      {res.state === 'ok' && (
        <>
          <kat-table className="feedback-table">
            <kat-table-head><kat-table-row>
              <kat-table-cell>Date</kat-table-cell><kat-table-cell>Rating</kat-table-cell><kat-table-cell>Comments</kat-table-cell>
              <kat-table-cell>Order ID</kat-table-cell><kat-table-cell>Rater e-mail</kat-table-cell>
            </kat-table-row></kat-table-head>
            <kat-table-body>
              {res.data.feedback.map((f) => (
                <kat-table-row key={f.orderId} data-marketplace-id={f.marketplaceId}>
                  <kat-table-cell className="feedback-date"><time dateTime={f.date}>{localDate(f.date)}</time></kat-table-cell>
                  <kat-table-cell className="feedback-rating"><kat-star-rating value={f.rating} /></kat-table-cell>
                  <kat-table-cell className="feedback-comment">{f.comment}</kat-table-cell>
                  <kat-table-cell className="feedback-order-id"><kat-link href={`/orders-v3/order/${f.orderId}`}>{f.orderId}</kat-link></kat-table-cell>
                  <kat-table-cell className="feedback-rater sc-small">{f.raterEmail}</kat-table-cell>
                </kat-table-row>
              ))}
            </kat-table-body>
          </kat-table>
          <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 10 }}>
            <kat-button disabled={pn <= 1} onClick={() => pn > 1 && navigate(`/feedback-manager/index.html?pn=${pn - 1}&ps=${ps}`)}>Previous</kat-button>
            <span>Page {pn} of {pages} ({res.data.total} ratings)</span>
            <kat-button disabled={pn >= pages} onClick={() => pn < pages && navigate(`/feedback-manager/index.html?pn=${pn + 1}&ps=${ps}`)}>Next</kat-button>
          </div>
        </>
      )}
    </div>
  );
}
