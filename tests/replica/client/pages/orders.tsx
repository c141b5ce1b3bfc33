/** Manage Orders (in-app list) and the order details page. */
import type { OrderResponse, OrderSearchResponse } from '../../server/api-types';
import { BOOT } from '../boot';
import { localDate, localDateTime, money } from '../format';
import { useJson } from '../use-json';

export function OrderPage({ orderId }: { orderId: string }) {
  const [res] = useJson<OrderResponse>(`/orders-api/order/${encodeURIComponent(orderId)}`);
  if (res.state === 'loading') return <div className="sc-page" data-page="order"><kat-spinner /> Loading order…</div>;
  if (res.state === 'error') return <div className="sc-page" data-page="order"><kat-alert variant="danger" header="Order not found">{res.message}</kat-alert></div>;
  const o = res.data.order;
  const mp = encodeURIComponent(o.marketplaceId || BOOT.marketplaceId || '');
  const review = o.pluginActions.requestAReview;
  return (
    <div className="sc-page" data-page="order" data-order-id={o.amazonOrderId}>
      <h1>Order details <span className="sc-muted" style={{ fontSize: 15 }}>Order ID: <span className="order-id">{o.amazonOrderId}</span></span></h1>
      <div style={{ display: 'flex', gap: 10, marginBottom: 12 }}>
        <kat-link href={`/messaging/contact?orderID=${o.amazonOrderId}&marketplaceID=${mp}`}>Contact buyer</kat-link>
        <span className="sc-muted">|</span>
        {review.isAvailable
          ? <kat-link href={`/messaging/reviews?orderId=${o.amazonOrderId}&marketplaceId=${mp}`}>Request a Review</kat-link>
          : <span className="sc-muted" title={review.reason ?? ''}>Request a Review (unavailable)</span>}
      </div>
      <div className="sc-grid">
        <kat-box>
          <h2>Order summary</h2>
          <dl className="sc-dl">
            <dt>Status</dt><dd className="order-status">{o.orderStatus}</dd>
            <dt>Purchase date</dt><dd>{localDateTime(o.purchaseDate)}</dd>
            <dt>Ship by</dt><dd>{localDate(o.earliestShipDate)} – {localDate(o.latestShipDate)}</dd>
            <dt>Deliver by</dt><dd>{o.earliestDeliveryDate ? `${localDate(o.earliestDeliveryDate)} – ${localDate(o.latestDeliveryDate ?? o.earliestDeliveryDate)}` : '—'}</dd>
            <dt>Fulfillment</dt><dd>{o.fulfillmentChannel === 'AFN' ? 'Amazon' : 'Seller'}</dd>
            <dt>Sales channel</dt><dd>{o.salesChannel}</dd>
            <dt>Order total</dt><dd>{money(o.orderTotal)}</dd>
          </dl>
        </kat-box>
        <kat-box>
          <h2>Buyer</h2>
          <dl className="sc-dl">
            <dt>Name</dt><dd className="buyer-name">{o.buyerName}</dd>
            <dt>E-mail</dt><dd className="buyer-email">{o.buyerProxyEmail}</dd>
            <dt>Type</dt><dd>{o.isBusinessOrder ? 'Business' : 'Consumer'}{o.isPrime ? ' · Prime' : ''}</dd>
          </dl>
        </kat-box>
      </div>
      <h2 style={{ marginTop: 16 }}>Items</h2>
      <kat-table className="order-items">
        <kat-table-head><kat-table-row>
          <kat-table-cell>Image</kat-table-cell><kat-table-cell>Product</kat-table-cell><kat-table-cell>Quantity</kat-table-cell>
          <kat-table-cell>Item subtotal</kat-table-cell>
        </kat-table-row></kat-table-head>
        <kat-table-body>
          {o.orderItems.map((it) => (
            <kat-table-row key={it.asin + it.sku} data-asin={it.asin}>
              <kat-table-cell><img src={it.imageUrl} alt="" width={56} height={56} /></kat-table-cell>
              <kat-table-cell><div>{it.title}</div><div className="sc-small sc-muted">ASIN: {it.asin} · SKU: {it.sku}</div></kat-table-cell>
              <kat-table-cell>{it.quantityOrdered} ({it.quantityShipped} shipped)</kat-table-cell>
              <kat-table-cell>{money(it.itemPrice)}</kat-table-cell>
            </kat-table-row>
          ))}
        </kat-table-body>
      </kat-table>
    </div>
  );
}

export function OrdersPage({ params }: { params: URLSearchParams }) {
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const [res] = useJson<OrderSearchResponse>(`/orders-api/search?limit=100&offset=${offset}&sort=order_date_desc`);
  return (
    <div className="sc-page" data-page="orders">
      <h1>Manage Orders</h1>
      {res.state === 'loading' && <kat-spinner />}
      {res.state === 'error' && <kat-alert variant="danger">{res.message}</kat-alert>}
      {res.state === 'ok' && (
        <kat-table className="orders-list">
          <kat-table-head><kat-table-row>
            <kat-table-cell>Order date</kat-table-cell><kat-table-cell>Order ID</kat-table-cell><kat-table-cell>Product</kat-table-cell>
            <kat-table-cell>Buyer</kat-table-cell><kat-table-cell>Total</kat-table-cell><kat-table-cell>Status</kat-table-cell>
          </kat-table-row></kat-table-head>
          <kat-table-body>
            {res.data.orders.map((o) => (
              <kat-table-row key={o.amazonOrderId} data-order-id={o.amazonOrderId}>
                <kat-table-cell>{localDateTime(o.purchaseDate)}</kat-table-cell>
                <kat-table-cell><kat-link href={`/orders-v3/order/${o.amazonOrderId}`}>{o.amazonOrderId}</kat-link></kat-table-cell>
                <kat-table-cell>{o.orderItems.map((it) => <div key={it.asin} className="sc-product">
                  <img src={it.image} alt="" style={{ width: 40, height: 40 }} /><span>{it.title}</span></div>)}</kat-table-cell>
                <kat-table-cell>{o.buyerName}</kat-table-cell>
                <kat-table-cell>{money(o.orderTotal)}</kat-table-cell>
                <kat-table-cell>{o.orderStatus}</kat-table-cell>
              </kat-table-row>
            ))}
          </kat-table-body>
        </kat-table>
      )}
    </div>
  );
}
