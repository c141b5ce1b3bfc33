/**
 * Contact buyer about an order, in the markup public tools read (reference notes, "Contact a buyer"):
 * `#ayb-contact-buyer`, `.ayb-contact-buyer-header h2` "Send message to <name>", reasons as
 * `kat-radiobutton[value]` each with its `input[type=radio]` in its open shadow root, the message in
 * `.contact-buyer-text-area kat-textarea` (real <textarea> in its open shadow root, React-controlled),
 * attachments `div.contact-buyer-file-input input[type=file]` with chips `.file-attachment-list li`, Send
 * `kat-button.ayb-contact-form-send-button`; with `contact-review-dialog` a `div[role=dialog]` "Review message"
 * confirms with its own `kat-button[label="Send"]`. Success: `div.kat-alert-success-content`.
 * Replica only: the reasons' values and labels ("Feedback request" is what guides to the older page describe, L), and
 * the page's own request (`POST /messaging/api/contact` with the files' content as base64; the real page's call is
 * unknown). The server records what it received (`server.sent`: reason, text, files with size and SHA-256).
 */
import { useRef, useState } from 'react';
import { legacyCaseHref } from '../case-link';
import { createPortal } from 'react-dom';
import type { ContactRequest, OkResponse, OrderResponse } from '../../server/api-types';
import { postJson } from '../api';
import { MARKUP } from '../boot';
import { useKatShadow } from '../kat-shadow';
import { useJson } from '../use-json';

const REASONS = [
  { value: 'additional-information-required', label: 'Additional information required' },
  { value: 'shipping-delivery-inquiry', label: 'Shipping/delivery inquiry' },
  { value: 'feedback-request', label: 'Feedback request' },
  { value: 'return-request', label: 'Return request' },
  { value: 'order-confirmation', label: 'Order confirmation' },
  { value: 'customized-order', label: 'Customized/personalized order' },
  { value: 'unexpected-problem', label: 'Unexpected problem with order' },
  { value: 'invoice', label: 'Invoice' },
];

const FIELD_CSS = `textarea{box-sizing:border-box;display:block;width:100%;min-height:150px;font:inherit;font-size:13px;padding:8px;
  border:1px solid #a6a6a6;border-radius:3px;resize:vertical} textarea:focus{outline:none;border-color:#008296;box-shadow:0 0 0 3px rgba(0,130,150,.2)}`;

/** A picked file with its content (base64), as the page's request carries it. */
async function readFile(f: File): Promise<NonNullable<ContactRequest['attachments']>[number]> {
  const bytes = new Uint8Array(await f.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: f.name, type: f.type, size: f.size, base64: btoa(bin) };
}

function Reason({ value, label, checked, onPick }: { value: string; label: string; checked: boolean; onPick: (value: string) => void }) {
  const [ref, root] = useKatShadow('kat-radiobutton');
  return (
    <kat-radiobutton ref={ref} name="contact-reason" value={value} label={label} checked={checked} onClick={() => onPick(value)}>
      {root && createPortal(
        <label><input type="radio" name="contact-reason" value={value} checked={checked} onChange={() => onPick(value)} />{label}</label>, root)}
    </kat-radiobutton>
  );
}

function MessageBox({ text, onText }: { text: string; onText: (text: string) => void }) {
  const [ref, root] = useKatShadow('kat-textarea');
  return (
    <div className="contact-buyer-text-area">
      <kat-textarea ref={ref} label="Message">
        {root && createPortal(<>
          <style>{FIELD_CSS}</style>
          <textarea aria-label="Message" maxLength={4000} value={text} onChange={(e) => onText(e.currentTarget.value)} />
        </>, root)}
      </kat-textarea>
    </div>
  );
}

export function ContactPage({ orderId, marketplaceId }: { orderId: string; marketplaceId: string }) {
  const [order] = useJson<OrderResponse>(orderId ? `/orders-api/order/${encodeURIComponent(orderId)}` : null);
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<NonNullable<ContactRequest['attachments']>>([]);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<OkResponse | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const reasonLabel = REASONS.find((r) => r.value === reason)?.label ?? '';
  const subject = reasonLabel ? `${reasonLabel} (Order: ${orderId})` : '';
  const ready = !busy && Boolean(reason) && Boolean(text.trim());
  const send = (): void => {
    if (!ready) return;
    setBusy(true);
    setError('');
    setConfirming(false);
    const body: ContactRequest = { orderId, marketplaceId, reason, subject, text, ...(files.length ? { attachments: files } : {}) };
    postJson<OkResponse>('/messaging/api/contact', body).then(
      (r) => { setBusy(false); if (r.ok) setResult(r); else setError(r.error ?? 'The message could not be sent.'); },
      (e: unknown) => { setBusy(false); setError(e instanceof Error ? e.message : String(e)); },
    );
  };
  const buyer = order.state === 'ok' ? order.data.order.buyerName : '';
  return (
    <div id="ayb-contact-buyer" className="sc-page" data-page="contact-buyer" data-order-id={orderId} data-marketplace-id={marketplaceId}>
      <div className="ayb-contact-buyer-header">
        <h2>Send message to {buyer || 'buyer'}</h2>
        <p>Order ID: <kat-link href={`/orders-v3/order/${orderId}`}>{orderId}</kat-link></p>
      </div>
      {result ? (
        <kat-alert variant="success">
          <div className="kat-alert-success-content">Your message has been sent</div>
          {result.threadId && <kat-link href={legacyCaseHref(result.threadId)}>View conversation</kat-link>}
        </kat-alert>
      ) : (
        <kat-box className="sc-form ayb-contact-buyer-form" style={{ maxWidth: 680 }}>
          <h3 style={{ margin: 0 }}>Select a contact reason</h3>
          <div className="ayb-contact-buyer-reasons" role="radiogroup" aria-label="Contact reason">
            {REASONS.map((r) => <Reason key={r.value} value={r.value} label={r.label} checked={reason === r.value} onPick={setReason} />)}
          </div>
          <p className="sc-muted sc-small">Subject: {subject || '—'}</p>
          <MessageBox text={text} onText={setText} />
          <div className="contact-buyer-file-input">
            <input ref={fileInput} type="file" multiple aria-label="Add attachment" onChange={(e) => {
              const input = e.currentTarget;
              void Promise.all([...(input.files ?? [])].map(readFile)).then((picked) => {
                setFiles((all) => [...all, ...picked]);
                input.value = '';
              });
            }} />
          </div>
          {files.length > 0 && (
            <ul className="file-attachment-list">
              {files.map((f) => <li key={f.name}><span className="file-attachment-chip-file-name">{f.name}</span></li>)}
            </ul>
          )}
          <div><kat-button variant="primary" className="ayb-contact-form-send-button" label="Send" disabled={!ready}
            onClick={() => { if (ready) { if (MARKUP === 'contact-review-dialog') setConfirming(true); else send(); } }} /></div>
          {error && <kat-alert variant="danger">{error}</kat-alert>}
        </kat-box>
      )}
      {confirming && !result && (
        <div role="dialog" aria-modal="true" aria-labelledby="ayb-review-message-title" className="ayb-review-message-dialog"
          style={{ position: 'fixed', inset: '20% 30% auto', background: '#fff', border: '1px solid #d5d9d9', borderRadius: 8, padding: 18, boxShadow: '0 4px 24px rgba(0,0,0,.25)' }}>
          <h3 id="ayb-review-message-title" style={{ marginTop: 0 }}>Review message</h3>
          <p className="sc-muted sc-small">Subject: {subject}</p>
          <p style={{ whiteSpace: 'pre-wrap' }}>{text}</p>
          <div style={{ display: 'flex', gap: 10, justifyContent: 'flex-end' }}>
            <kat-button label="Cancel" onClick={() => setConfirming(false)} />
            <kat-button variant="primary" label="Send" onClick={send} />
          </div>
        </div>
      )}
    </div>
  );
}
