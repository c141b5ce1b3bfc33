/** One conversation: messages, buyer, order link, product panel and the reply area. */
import { useState } from 'react';
import type { OrderResponse, ThreadResponse, WireMessage } from '../../server/api-types';
import { localDateTime, money } from '../format';
import { L } from '../labels';
import { N, threadIdProp, V } from '../markup';
import { ShadowHost } from '../shadow-host';
import { PAGE_CSS } from '../styles';
import { useJson } from '../use-json';
import { ReplyBox } from './reply-box';

const SENDER_LABEL = { BUYER: L.senderBuyer, SELLER: L.senderSeller, AMAZON: L.senderAmazon } as const;

function Message({ m }: { m: WireMessage }) {
  return (
    <article className={N.message} data-message-id={m.messageId} data-sender-type={m.senderType}>
      <div className="bsm-msg-head">
        <span className={N.sender}>{m.senderName || SENDER_LABEL[m.senderType]} <span className="sc-muted">({SENDER_LABEL[m.senderType]})</span></span>
        {N.times ? <time dateTime={m.sentAt}>{localDateTime(m.sentAt)}</time> : <span>{localDateTime(m.sentAt)}</span>}
      </div>
      <div className={N.messageText}>{m.text}</div>
      {m.attachments.length > 0 && (
        <ul className="bsm-attachments">{m.attachments.map((a) => <li key={a.name}>{`${L.attachment} `}{a.name}</li>)}</ul>
      )}
    </article>
  );
}

function OrderPanel({ orderId }: { orderId: string | undefined }) {
  const [order] = useJson<OrderResponse>(orderId ? `/orders-api/order/${encodeURIComponent(orderId)}` : null);
  if (!orderId) return <kat-box className={N.orderPanel}><span className="sc-muted">{L.noOrderLinked}</span></kat-box>;
  if (order.state !== 'ok') return <kat-box className={N.orderPanel}>{order.state === 'loading' ? <kat-spinner /> : L.orderUnavailable}</kat-box>;
  const o = order.data.order;
  return (
    <kat-box className={N.orderPanel} data-order-id={o.amazonOrderId}>
      <h2>{L.orderDetails}</h2>
      <dl className="sc-dl">
        <dt>{L.orderStatus}</dt><dd>{o.orderStatus}</dd>
        <dt>{L.purchased}</dt><dd>{localDateTime(o.purchaseDate)}</dd>
        <dt>{L.total}</dt><dd>{money(o.orderTotal)}</dd>
        <dt>{L.channel}</dt><dd>{o.fulfillmentChannel === 'AFN' ? L.channelAfn : L.channelMfn}</dd>
      </dl>
      {o.orderItems.map((it) => (
        <div key={it.asin} className="sc-product bsm-product" data-asin={it.asin} style={{ marginTop: 10 }}>
          <img src={it.imageUrl} alt="" />
          <div>
            <div className="bsm-product-title">{it.title}</div>
            <div className="sc-small sc-muted">ASIN: <span className="bsm-asin">{it.asin}</span> · SKU: {it.sku}{` · ${L.qty}: `}{it.quantityOrdered}</div>
          </div>
        </div>
      ))}
    </kat-box>
  );
}

export function ThreadPage({ threadId }: { threadId: string }) {
  const [res, reload] = useJson<ThreadResponse>(threadId ? `/messaging/api/threads/${encodeURIComponent(threadId)}` : null);
  const [notice, setNotice] = useState('');
  if (!threadId) return <div className="sc-page"><kat-alert variant="danger">{L.noConversation}</kat-alert></div>;
  if (res.state === 'loading') return <div className="sc-page" data-page="messaging-thread"><kat-spinner />{` ${L.loadingConversation}`}</div>;
  if (res.state === 'error') {
    return <div className="sc-page" data-page="messaging-thread"><kat-alert variant="danger" header={L.conversationUnavailable}>{res.message}</kat-alert></div>;
  }
  const { thread: t, messages } = res.data;
  const panel = <OrderPanel orderId={t.orderIds[0]} />;
  const thread = (
    <div id={N.thread} className={N.thread} {...threadIdProp(t.threadId)} data-marketplace-id={t.marketplaceId}
      data-status={t.status} data-buyer-id={t.buyerId ?? undefined}
      style={V.panelFirst ? { marginTop: 10, gridTemplateColumns: '300px 1fr' } : { marginTop: 10 }}>
      {V.panelFirst && panel}
      <div>
        <div className="bsm-thread-head" style={{ marginBottom: 12 }}>
          <h1 className="bsm-thread-subject">{t.subject}</h1>
          <div>{`${L.buyer} `}<strong className={N.buyerName}>{t.buyerName}</strong></div>
          {t.orderIds.length > 0 && (
            <div>{`${L.orderId} `}{t.orderIds.map((id) => (
              <kat-link key={id} className={N.orderLink} data-order-id={id} href={`/orders-v3/order/${id}`}>{id} </kat-link>
            ))}</div>
          )}
        </div>
        {notice && <kat-alert variant="success">{notice}</kat-alert>}
        <section className={N.conversation} aria-label={L.conversation}>
          {messages.map((m) => <Message key={m.messageId} m={m} />)}
        </section>
        <ReplyBox threadId={t.threadId} onSent={(what) => {
          setNotice(what === 'reply' ? L.sent : L.markedNoResponse);
          reload();
        }} />
      </div>
      {!V.panelFirst && panel}
    </div>
  );
  return (
    <div className="sc-page" data-page="messaging-thread">
      <kat-link href="/messaging/inbox">{L.backToInbox}</kat-link>
      {V.extraWrappers
        ? <ShadowHost tag="bsm-thread-frame" css={`${PAGE_CSS}\n:host{display:block}`}><div className="bsm-thread-frame">{thread}</div></ShadowHost>
        : thread}
    </div>
  );
}
