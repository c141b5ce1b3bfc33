/** Contact buyer about an order: reason, subject, React-controlled message box, Send. */
import { useState } from 'react';
import type { OkResponse, OrderResponse } from '../../server/api-types';
import { postJson } from '../api';
import { useJson } from '../use-json';

const REASONS = [
  'Additional information required', 'Shipping/delivery inquiry', 'Return request', 'Order confirmation',
  'Customized/personalized order', 'Unexpected problem with order', 'Invoice',
];

export function ContactPage({ orderId, marketplaceId }: { orderId: string; marketplaceId: string }) {
  const [order] = useJson<OrderResponse>(orderId ? `/orders-api/order/${encodeURIComponent(orderId)}` : null);
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const [result, setResult] = useState<OkResponse | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const subject = reason ? `${reason} (Order: ${orderId})` : '';
  const send = (): void => {
    if (busy || !reason || !text.trim()) return;
    setBusy(true);
    setError('');
    postJson<OkResponse>('/messaging/api/contact', { orderId, marketplaceId, reason, subject, text }).then(
      (r) => { setBusy(false); if (r.ok) setResult(r); else setError(r.error ?? 'The message could not be sent.'); },
      (e: unknown) => { setBusy(false); setError(e instanceof Error ? e.message : String(e)); },
    );
  };
  const buyer = order.state === 'ok' ? order.data.order.buyerName : '';
  return (
    <div className="sc-page" data-page="contact-buyer" data-order-id={orderId} data-marketplace-id={marketplaceId}>
      <h1>Contact buyer{buyer ? `: ${buyer}` : ''}</h1>
      <p>Order ID: <kat-link href={`/orders-v3/order/${orderId}`}>{orderId}</kat-link></p>
      {result ? (
        <kat-alert variant="success" header="Message sent" className="contact-sent">
          Your message was sent to the buyer.{' '}
          {result.threadId && <kat-link href={`/messaging/thread?threadId=${result.threadId}`}>View conversation</kat-link>}
        </kat-alert>
      ) : (
        <kat-box className="sc-form contact-form" style={{ maxWidth: 680 }}>
          <label>Select a contact reason
            <br />
            <kat-dropdown className="contact-reason">
              <select value={reason} onChange={(e) => setReason(e.currentTarget.value)} aria-label="Contact reason">
                <option value="">Select</option>
                {REASONS.map((r) => <option key={r} value={r}>{r}</option>)}
              </select>
            </kat-dropdown>
          </label>
          <p className="sc-muted sc-small">Subject: {subject || '—'}</p>
          <kat-textarea label="Message">
            <textarea className="contact-text" rows={8} maxLength={4000} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          </kat-textarea>
          <div><kat-button variant="primary" className="contact-send" disabled={busy || !reason || !text.trim()} onClick={send}>Send</kat-button></div>
          {error && <kat-alert variant="danger">{error}</kat-alert>}
        </kat-box>
      )}
    </div>
  );
}
