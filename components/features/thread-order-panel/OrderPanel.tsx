/** The order panel: the open thread's orders, live from Seller Central, stored, and shown from the store. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Order, Return } from '../../../lib/model';
import type { OrderView } from '../../../lib/protocol/handlers/thread-panels-schemas';
import { ReviewRequestLine } from './ReviewRequestLine';
import type { OrderRefunds } from '../../../lib/seller-central/refund-status';
import { pageUrls } from '../../../lib/seller-central/pages';
import { productLink } from '../../../lib/templates/links';
import { sendRequest } from '../../messaging';
import { t } from '../../page/i18n';
import { emit } from '../thread-shared/bus';
import type { ThreadContext } from '../thread-shared/context';
import { fetchLiveOrders, type FetchFailure } from '../thread-shared/fetch-live';
import { day, dayRange, money, provenanceText, safeHttps, stars, zoneLabel, zoneOf } from '../thread-shared/format';
import { SafeText } from '../../text/SafeText';

type Phase = 'loading' | 'ready';
interface State { phase: Phase; views: OrderView[]; failures: FetchFailure[]; refreshing: boolean; storeError?: string }

const STATUS_TONE: Record<Order['status'], string> = {
  Shipped: 'green', Unshipped: 'amber', PartiallyShipped: 'amber', Pending: 'blue', PendingAvailability: 'blue',
  InvoiceUnconfirmed: 'blue', Canceled: 'slate', Unfulfillable: 'red',
};

export const statusLabel = (s: Order['status']): string => ({
  Shipped: t('threadStatusShipped', 'Shipped'), Unshipped: t('threadStatusUnshipped', 'Unshipped'),
  PartiallyShipped: t('threadStatusPartiallyShipped', 'Partially shipped'), Pending: t('threadStatusPending', 'Pending'),
  PendingAvailability: t('threadStatusPendingAvailability', 'Pending availability'), InvoiceUnconfirmed: t('threadStatusInvoiceUnconfirmed', 'Invoice unconfirmed'),
  Canceled: t('threadStatusCanceled', 'Canceled'), Unfulfillable: t('threadStatusUnfulfillable', 'Unfulfillable'),
})[s];

export function failureText(f: FetchFailure): string {
  switch (f.kind) {
    case 'signed-out': return t('threadFailSignedOut', 'Signed out of Seller Central: sign in again to load order details.');
    case 'not-found': return t('threadFailNotFound', 'Seller Central does not know order $1 (another account?).', [f.what]);
    case 'network': return t('threadFailNetwork', 'Could not reach Seller Central.');
    case 'shape': return t('threadFailShape', 'Seller Central answered in an unexpected format.');
    case 'http': return t('threadFailHttp', 'Seller Central did not answer (error $1). Try again later.', [String(f.status ?? '')]);
  }
}

/** The most telling failure (signed out first), for one quiet line. */
const mainFailure = (fs: FetchFailure[]): FetchFailure | undefined =>
  fs.find((f) => f.kind === 'signed-out') ?? fs.find((f) => f.what !== 'refund-status') ?? fs[0];

export function OrderPanel({ context, signal }: { context: ThreadContext; signal: AbortSignal }) {
  const [state, setState] = useState<State>({ phase: 'loading', views: [], failures: [], refreshing: true });
  const [selected, setSelected] = useState(context.orderIds[0]);
  const [collapsed, setCollapsed] = useState(false);
  const [, tick] = useState(0);
  const running = useRef(false);

  const readStore = useCallback(async (): Promise<OrderView[] | string> => {
    try {
      return (await sendRequest({ type: 'orders/get', orderIds: context.orderIds })).orders;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, [context.orderIds]);

  const load = useCallback(async () => {
    if (running.current || context.orderIds.length === 0) return;
    running.current = true;
    setState((s) => ({ ...s, refreshing: true }));
    try {
      const cached = await readStore();
      if (signal.aborted) return;
      if (typeof cached !== 'string' && cached.length > 0) setState((s) => ({ ...s, phase: 'ready', views: cached }));
      const live = await fetchLiveOrders(context.orderIds, {
        signal, ...(context.csrfToken ? { csrfToken: context.csrfToken } : {}),
        ...(context.accountId ? { accountId: context.accountId } : {}), ...(context.marketplaceId ? { marketplaceId: context.marketplaceId } : {}),
      });
      if (signal.aborted) return;
      let storeError: string | undefined;
      if (live.details.length > 0 || live.refunds.length > 0) {
        try {
          await sendRequest({
            type: 'orders/upsert',
            orders: live.details.map((d) => ({ order: d.order, items: d.items })),
            refunds: live.refunds,
          });
          emit('orders-stored');
        } catch (e) {
          storeError = e instanceof Error ? e.message : String(e);
        }
      }
      const fresh = await readStore();
      if (signal.aborted) return;
      setState({
        phase: 'ready',
        views: typeof fresh === 'string' ? [] : fresh,
        failures: live.failures,
        refreshing: false,
        ...(typeof fresh === 'string' ? { storeError: fresh } : storeError ? { storeError } : {}),
      });
    } finally {
      running.current = false;
    }
  }, [context, readStore, signal]);

  useEffect(() => {
    void load();
    // ages ("2 min ago") move on
    const timer = setInterval(() => tick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, [load]);

  const views = state.views;
  const current = views.find((v) => v.order.orderId === selected) ?? views[0];
  const failure = mainFailure(state.failures);
  const currentFailed = selected !== undefined && !views.some((v) => v.order.orderId === selected);

  return (
    <section className="card" aria-label={t('threadOrderPanelTitle', 'Order')} data-state={state.phase}>
      <header className="head">
        <h2>{context.orderIds.length > 1 ? t('threadOrdersTitle', 'Orders ($1)', [String(context.orderIds.length)]) : t('threadOrderPanelTitle', 'Order')}</h2>
        <span className="grow" />
        {state.refreshing && state.phase === 'ready' && <span className="small muted">{t('threadRefreshing', 'refreshing…')}</span>}
        <button type="button" className="icon-btn" aria-expanded={!collapsed} title={collapsed ? t('threadExpand', 'Expand') : t('threadCollapse', 'Collapse')}
          onClick={() => setCollapsed((c) => !c)}>{collapsed ? '▸' : '▾'}</button>
      </header>
      {!collapsed && (
        <div className="body">
          {context.orderIds.length === 0 ? (
            <div className="note" data-si-empty="no-order">{t('threadNoOrder', 'No order linked to this conversation.')}</div>
          ) : (
            <>
              {context.orderIds.length > 1 && (
                <div className="tabs" role="tablist">
                  {context.orderIds.map((id) => (
                    <button key={id} type="button" role="tab" className="tab mono" aria-selected={id === (current?.order.orderId ?? selected)}
                      onClick={() => setSelected(id)}>{id}</button>
                  ))}
                </div>
              )}
              {failure && !state.refreshing && (
                <div className={`note ${views.length ? 'warn' : ''}`} role="status" data-si-failure={failure.kind}>
                  {failureText(failure)}
                  {views.length > 0 && <> {t('threadShowingStored', 'Showing what Seller Inbox stored earlier.')}</>}
                  {' '}<button type="button" className="btn" onClick={() => void load()}>{t('threadRetry', 'Retry')}</button>
                </div>
              )}
              {state.storeError && <div className="note warn">{t('threadStoreError', 'Could not read stored orders: $1', [state.storeError])}</div>}
              {state.phase === 'loading' && <Skeleton />}
              {state.phase === 'ready' && current && !(currentFailed && context.orderIds.length > 1) && (
                <OrderCard view={current} context={context} />
              )}
              {state.phase === 'ready' && currentFailed && context.orderIds.length > 1 && !failure && (
                <div className="note">{t('threadOrderNotLoaded', 'Order $1 could not be loaded.', [selected ?? ''])}</div>
              )}
              {state.phase === 'ready' && !current && !failure && !state.refreshing && (
                <div className="note">{t('threadOrderUnavailable', 'Order details are not available.')}</div>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}

function Skeleton() {
  return (
    <div className="section" aria-busy="true" aria-label={t('threadLoading', 'Loading…')}>
      <div className="skeleton" style={{ width: '60%' }} />
      <div className="skeleton" style={{ width: '90%' }} />
      <div className="skeleton" style={{ width: '75%' }} />
    </div>
  );
}

function OrderCard({ view, context }: { view: OrderView; context: ThreadContext }) {
  const { order, items } = view;
  const marketplaceId = order.marketplaceId ?? context.marketplaceId;
  const zone = zoneOf(marketplaceId);
  const orderHref = pageUrls.order(order.orderId);
  return (
    <div className="section" data-si-order={order.orderId} data-fulfillment={order.fulfillment}>
      <div className="spread">
        <a className="mono" href={orderHref} target="_blank" rel="noopener noreferrer" title={t('threadOpenOrder', 'Open the order in Seller Central')}><SafeText value={order.orderId} orderId warning={t('suspiciousText', 'Look-alike or direction-changing characters: check this before you trust it')} /></a>
        {order.total && <span className="money">{money(order.total)}</span>}
      </div>
      <div className="row">
        <span className={`chip ${STATUS_TONE[order.status]}`} data-si-status={order.status}>{statusLabel(order.status)}</span>
        <span className={`chip ${order.fulfillment === 'FBA' ? 'violet' : 'slate'}`} data-si-channel={order.fulfillment}
          title={order.fulfillment === 'FBA' ? t('threadFbaTitle', 'Fulfilled by Amazon') : t('threadFbmTitle', 'Fulfilled by you (merchant)')}>{order.fulfillment}</span>
        {order.isPrime && <span className="chip blue">Prime</span>}
        {order.isBusinessOrder && <span className="chip slate">{t('threadBusiness', 'Business')}</span>}
        {order.salesChannel && <span className="small muted">{order.salesChannel}</span>}
      </div>
      <dl className="dl">
        <dt>{t('threadPurchased', 'Purchased')}</dt><dd data-si-date="purchase">{day(order.purchaseDate, zone, true) || '—'}</dd>
        {order.shipDate
          ? <><dt>{t('threadShipped', 'Shipped')}</dt><dd data-si-date="ship">{day(order.shipDate, zone)}</dd></>
          : (order.earliestShipDate || order.latestShipDate) && <><dt>{t('threadShipBy', 'Ship by')}</dt><dd data-si-date="ship">{dayRange(order.earliestShipDate, order.latestShipDate, zone)}</dd></>}
        {(order.earliestDeliveryDate || order.latestDeliveryDate)
          ? <><dt>{t('threadDeliverBy', 'Delivery')}</dt><dd data-si-date="delivery">{dayRange(order.earliestDeliveryDate, order.latestDeliveryDate, zone)}</dd></>
          : <><dt>{t('threadDeliverBy', 'Delivery')}</dt><dd className="muted">{t('threadNoDeliveryDate', 'not set yet')}</dd></>}
      </dl>
      <ul className="list" aria-label={t('threadItems', 'Items')}>
        {items.map((it) => {
          const href = marketplaceId ? productLink({ marketplaceId, asin: it.asin }) : undefined;
          const img = safeHttps(it.imageUrl);
          return (
            <li key={it.key} className="item" data-asin={it.asin}>
              {img ? <img src={img} alt="" loading="lazy" /> : <span className="noimg" />}
              <div>
                <div className="title">{href ? <a href={href} target="_blank" rel="noopener noreferrer"><SafeText value={it.title ?? it.asin} warning={t('suspiciousText', 'Look-alike or direction-changing characters: check this before you trust it')} /></a> : <SafeText value={it.title ?? it.asin} warning={t('suspiciousText', 'Look-alike or direction-changing characters: check this before you trust it')} />}</div>
                <div className="small muted">
                  <span className="mono">{it.asin}</span>{it.sku && <> · {t('threadSku', 'SKU')} <span className="mono"><SafeText value={it.sku} warning={t('suspiciousText', 'Look-alike or direction-changing characters: check this before you trust it')} /></span></>}
                </div>
                <div className="small">
                  <span className={it.quantity >= 2 ? 'money' : ''}>{t('threadQty', 'Qty $1', [String(it.quantity)])}</span>
                  {it.price && <> · {money(it.price)}</>}
                  {it.quantityShipped !== undefined && it.quantityShipped < it.quantity && order.status !== 'Canceled' &&
                    <span className="muted"> · {t('threadShippedOf', '$1 shipped', [String(it.quantityShipped)])}</span>}
                </div>
              </div>
            </li>
          );
        })}
        {items.length === 0 && <li className="muted small">{t('threadNoItems', 'No items known for this order.')}</li>}
      </ul>
      <ReturnsAndRefunds returns={view.returns} refunds={view.refunds} zone={zone} />
      {view.feedback && (
        <div className="row small" data-si-order-feedback={view.feedback.rating}>
          <span className={`stars ${view.feedback.rating <= 2 ? 'neg' : ''}`} aria-label={t('threadStarsLabel', '$1 of 5 stars', [String(view.feedback.rating)])}>{stars(view.feedback.rating)}</span>
          <span className="muted">{t('threadSellerFeedback', 'seller feedback')} · {day(view.feedback.date, zone)}</span>
        </div>
      )}
      {view.reviewRequest && <ReviewRequestLine status={view.reviewRequest} zone={zone} />}
      <div className="prov" data-si-provenance={order.provenance.source}>
        {t('threadOrderProv', 'Order $1', [provenanceText(order.provenance)])} · {t('threadZoneNote', 'dates in $1 time', [zoneLabel(marketplaceId)])}
      </div>
    </div>
  );
}

const REFUND_LABEL = (s: OrderRefunds['state']): string => ({
  none: t('threadRefundNone', 'No refund'), partial: t('threadRefundPartial', 'Partly refunded'), full: t('threadRefundFull', 'Fully refunded'),
  unknown: t('threadRefundUnknown', 'Refund state unknown'),
})[s];

function ReturnsAndRefunds({ returns, refunds, zone }: { returns: Return[]; refunds?: OrderRefunds; zone: string }) {
  const hasRefunds = refunds && refunds.refunds.length > 0;
  if (returns.length === 0 && !hasRefunds) {
    return refunds
      ? <div className="small muted" data-si-returns="none">{t('threadNoReturns', 'No returns or refunds.')} <span className="prov">{provenanceText(refunds.provenance)}</span></div>
      : null;
  }
  return (
    <div className="section" data-si-returns={returns.length} data-si-refunds={refunds?.state ?? 'unknown'}>
      <h3>{t('threadReturnsRefunds', 'Returns & refunds')}{refunds && refunds.state !== 'none' && <span className={`chip ${refunds.state === 'full' ? 'red' : 'amber'}`}>{REFUND_LABEL(refunds.state)}</span>}</h3>
      <ul className="list">
        {returns.map((r) => (
          <li key={r.key} data-si-return={r.kind}>
            <div className="row">
              <span className="chip amber">{r.kind === 'fba' ? t('threadReturnFba', 'FBA return') : t('threadReturnSf', 'Return')}</span>
              {r.status && <span className="small">{r.status}</span>}
              <span className="small muted">· {t('threadRequested', 'requested $1', [day(r.requestDate, zone)])}</span>
            </div>
            <div className="small">
              {r.reason && <span className="mono">{r.reason}</span>}
              {r.quantity > 0 && <span className="muted"> · {t('threadQty', 'Qty $1', [String(r.quantity)])}</span>}
              {r.rma && <span className="muted"> · RMA <span className="mono">{r.rma}</span></span>}
              {r.refundedAmount && <span className="muted"> · {t('threadRefunded', 'refunded $1', [money(r.refundedAmount)])}</span>}
            </div>
            {r.comments && <div className="small comment">“{r.comments}”</div>}
            <div className="prov">{provenanceText(r.provenance)}</div>
          </li>
        ))}
        {refunds?.refunds.map((f, i) => (
          <li key={f.refundId ?? i} data-si-refund={f.refundId ?? i}>
            <div className="row">
              <span className="chip red">{t('threadRefund', 'Refund')}</span>
              {f.amount && <span className="money">{money(f.amount)}</span>}
              {f.reason && <span className="small">{f.reason}</span>}
              {f.date && <span className="small muted">· {day(f.date, zone)}</span>}
            </div>
            <div className="prov">{provenanceText(refunds.provenance)}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}

