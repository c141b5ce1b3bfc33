/** The buyer panel: what we know about the open thread's buyer, and how each record was matched. */
import { useCallback, useEffect, useState } from 'react';
import type { BlacklistEntry } from '../../../lib/model';
import type { BuyerProfile, MatchKind } from '../../../lib/buyers';
import { detectPage, pageUrls } from '../../../lib/seller-central/pages';
import { conversationUrl } from '../../../lib/seller-central/conversation-url';
import { productLink } from '../../../lib/templates/links';
import { sendRequest } from '../../messaging';
import { t } from '../../page/i18n';
import { on } from '../thread-shared/bus';
import type { ThreadContext } from '../thread-shared/context';
import { day, money, provenanceText, stars, zoneOf } from '../thread-shared/format';
import { statusLabel } from '../thread-order-panel/OrderPanel';
import { SafeText } from '../../text/SafeText';

interface State { profile?: BuyerProfile; bulkMin: number; error?: string; blacklist: BlacklistEntry[] }

export const matchLabel = (m: MatchKind): string => ({
  'buyer-id': t('threadMatchBuyerId', 'by buyer id'),
  'relay-email': t('threadMatchRelay', 'by relay e-mail'),
  'name-marketplace': t('threadMatchName', 'by name + marketplace'),
})[m];

const Matched = ({ by }: { by: MatchKind }) => <span className="matched" data-si-matched={by} title={t('threadMatchedTitle', 'How Seller Inbox tied this to the buyer')}>{matchLabel(by)}</span>;

export function BuyerPanel({ context, signal }: { context: ThreadContext; signal: AbortSignal }) {
  const [state, setState] = useState<State>({ bulkMin: 5, blacklist: [] });
  const [collapsed, setCollapsed] = useState(false);

  const loadProfile = useCallback(async () => {
    try {
      const { profile, bulkMinQuantity } = await sendRequest({
        type: 'buyers/profile',
        orderIds: context.orderIds,
        ...(context.accountId ? { accountId: context.accountId } : {}),
        ...(context.marketplaceId ? { marketplaceId: context.marketplaceId } : {}),
        ...(context.threadId ? { threadId: context.threadId } : {}),
        ...(context.buyerId ? { buyerId: context.buyerId } : {}),
        ...(context.buyerName ? { buyerName: context.buyerName } : {}),
      });
      if (!signal.aborted) setState((s) => ({ ...s, profile, bulkMin: bulkMinQuantity, error: undefined }));
    } catch (e) {
      if (!signal.aborted) setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
    }
  }, [context, signal]);

  const loadBlacklist = useCallback(async () => {
    try {
      const { entries } = await sendRequest({
        type: 'blacklist/status', orderIds: context.orderIds,
        ...(context.buyerKey ? { buyerKey: context.buyerKey } : {}),
        ...(context.buyerName ? { buyerName: context.buyerName } : {}),
        ...(context.marketplaceId ? { marketplaceId: context.marketplaceId } : {}),
      });
      if (!signal.aborted) setState((s) => ({ ...s, blacklist: entries }));
    } catch {
      // the toggle shows the blacklist state itself; this chip is a courtesy
    }
  }, [context, signal]);

  useEffect(() => {
    void loadProfile();
    void loadBlacklist();
    on('orders-stored', () => void loadProfile(), signal);
    on('feedback-stored', () => void loadProfile(), signal);
    on('blacklist-changed', () => void loadBlacklist(), signal);
  }, [context, loadBlacklist, loadProfile, signal]);

  const p = state.profile;
  const zone = zoneOf(context.marketplaceId);
  const name = p?.identity.name ?? context.buyerName;
  const negatives = p?.feedback.filter((f) => f.negative) ?? [];
  const earlierThreads = p?.threads ?? [];
  const otherOrders = p?.orders ?? [];

  return (
    <section className="card" aria-label={t('threadBuyerPanelTitle', 'Buyer')} data-state={p ? 'ready' : 'loading'}>
      <header className="head">
        <h2>{t('threadBuyerPanelTitle', 'Buyer')}</h2>
        <span className="grow" />
        <button type="button" className="icon-btn" aria-expanded={!collapsed} title={collapsed ? t('threadExpand', 'Expand') : t('threadCollapse', 'Collapse')}
          onClick={() => setCollapsed((c) => !c)}>{collapsed ? '▸' : '▾'}</button>
      </header>
      {!collapsed && (
        <div className="body">
          <div className="section">
            <div className="spread">
              <strong style={{ fontSize: 13 }}>{name ? <SafeText value={name} warning={t('suspiciousText', 'Look-alike or direction-changing characters: check this before you trust it')} /> : t('threadUnknownBuyer', 'Unknown buyer')}</strong>
            </div>
            {p && (
              <div className="small muted" data-si-identity>
                {p.identity.buyerId && <>{t('threadBuyerId', 'Buyer id')} <span className="mono">{p.identity.buyerId}</span></>}
                {p.identity.buyerId && p.identity.relayEmail && ' · '}
                {p.identity.relayEmail && <span className="mono" title={t('threadRelayTitle', 'Amazon relay e-mail')}>{p.identity.relayEmail}</span>}
              </div>
            )}
            {p && (
              <div className="row" data-si-flags>
                {state.blacklist.length > 0 && <span className="chip red" data-si-flag="blacklisted">{t('threadFlagBlacklisted', 'Blacklisted')}</span>}
                {p.flags.repeat && <span className="chip blue" data-si-flag="repeat">{t('threadFlagRepeat', 'Repeat buyer · $1 orders', [String(p.flags.orderCount)])}</span>}
                {p.flags.bulk && <span className="chip violet" data-si-flag="bulk" title={t('threadFlagBulkTitle', 'An order with $1 or more units', [String(state.bulkMin)])}>{t('threadFlagBulk', 'Bulk buyer · up to $1 units', [String(p.flags.maxQuantity)])}</span>}
                {negatives.length > 0 && <span className="chip red" data-si-flag="negative">{t('threadFlagNegative', 'Negative feedback')}</span>}
                {!p.flags.repeat && !p.flags.bulk && negatives.length === 0 && state.blacklist.length === 0 &&
                  <span className="chip slate" data-si-flag="first">{p.flags.orderCount <= 1 ? t('threadFlagFirst', 'First order known') : t('threadFlagNone', 'No flags')}</span>}
              </div>
            )}
          </div>
          {state.error && !p && <div className="note" role="status">{t('threadProfileError', 'Buyer history unavailable: $1', [state.error])}</div>}
          {!p && !state.error && <div className="skeleton" style={{ width: '70%' }} />}
          {p && (
            <>
              <div className="section" data-si-section="feedback">
                <h3>{t('threadSellerFeedbackTitle', 'Seller feedback')}<span className="count">{p.feedback.length}</span></h3>
                {p.feedback.length === 0 && <div className="small muted">{t('threadNoFeedback', 'No feedback from this buyer.')}</div>}
                <div className="small muted" data-si-part="feedback-source">
                  {t('threadFeedbackSource', 'Feedback comes from the Feedback Manager pages you open and from imported reports.')}{' '}
                  <a href={pageUrls.feedback()} target="_blank" rel="noopener noreferrer">{t('threadOpenFeedbackManager', 'Open Feedback Manager')}</a>
                </div>
                <ul className="list">
                  {p.feedback.map((f) => (
                    <li key={f.feedback.orderId} data-si-feedback={f.feedback.rating}>
                      <div className="row">
                        <span className={`stars ${f.negative ? 'neg' : ''}`} aria-label={t('threadStarsLabel', '$1 of 5 stars', [String(f.feedback.rating)])}>{stars(f.feedback.rating)}</span>
                        <span className="small muted">{day(f.feedback.date, zone)}</span>
                        <Matched by={f.matchedBy} />
                      </div>
                      {f.feedback.comment && <div className="comment">“<SafeText value={f.feedback.comment} warning={t('suspiciousText', 'Look-alike or direction-changing characters: check this before you trust it')} />”</div>}
                      {f.negative && f.removal && (
                        f.removal.open
                          ? <span className="chip red" data-si-removal={f.removal.daysLeft} title={t('threadRemovalTitle', 'Buyers can remove feedback within 60 days (until $1)', [day(f.removal.deadline, zone)])}>
                            {f.removal.daysLeft === 1 ? t('threadRemovalOne', '1 day left to be removed') : t('threadRemovalDays', '$1 days left to be removed', [String(f.removal.daysLeft)])}
                          </span>
                          : <span className="chip slate" data-si-removal="closed">{t('threadRemovalClosed', 'Removal window closed')}</span>
                      )}
                      <div className="small muted">
                        {t('threadOnOrder', 'order')} <a className="mono" href={pageUrls.order(f.feedback.orderId)} target="_blank" rel="noopener noreferrer">{f.feedback.orderId}</a>
                        <span className="prov"> · {provenanceText(f.feedback.provenance)}</span>
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
              {p.reviews.length > 0 && (
                <div className="section" data-si-section="reviews">
                  <h3>{t('threadReviewsTitle', 'Product reviews')}<span className="count">{p.reviews.length}</span></h3>
                  <ul className="list">
                    {p.reviews.map((r) => {
                      const href = productLink({ marketplaceId: context.marketplaceId ?? '', asin: r.review.asin });
                      return (
                        <li key={r.review.key}>
                          <div className="row">
                            <span className={`stars ${r.review.rating <= 2 ? 'neg' : ''}`}>{stars(r.review.rating)}</span>
                            <span className="small muted">{day(r.review.date, zone)}</span>
                            <Matched by={r.matchedBy} />
                          </div>
                          {r.review.title && <div className="comment"><SafeText value={r.review.title} warning={t('suspiciousText', 'Look-alike or direction-changing characters: check this before you trust it')} /></div>}
                          <div className="small muted">{href ? <a className="mono" href={href} target="_blank" rel="noopener noreferrer">{r.review.asin}</a> : <span className="mono">{r.review.asin}</span>}</div>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              )}
              <div className="section" data-si-section="orders">
                <h3>{t('threadBuyerOrdersTitle', 'Orders')}<span className="count">{otherOrders.length}</span></h3>
                <ul className="list">
                  {otherOrders.map((o) => {
                    const units = o.items.reduce((n, it) => n + it.quantity, 0);
                    return (
                      <li key={o.order.orderId} data-si-buyer-order={o.order.orderId}>
                        <div className="spread">
                          <a className="mono" href={pageUrls.order(o.order.orderId)} target="_blank" rel="noopener noreferrer">{o.order.orderId}</a>
                          {o.order.total && <span className="money small">{money(o.order.total)}</span>}
                        </div>
                        <div className="row small">
                          <span className="muted">{day(o.order.purchaseDate, zone)}</span>
                          <span>· {statusLabel(o.order.status)}</span>
                          <span className="muted">· {o.order.fulfillment}</span>
                          {units > 0 && <span className={units >= state.bulkMin ? 'money' : 'muted'}>· {units === 1 ? t('threadUnitOne', '1 unit') : t('threadUnits', '$1 units', [String(units)])}</span>}
                          {o.current ? <span className="chip slate">{t('threadThisThread', 'this conversation')}</span> : <Matched by={o.matchedBy} />}
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </div>
              <div className="section" data-si-section="threads">
                <h3>{t('threadEarlierThreads', 'Earlier conversations')}<span className="count">{earlierThreads.length}</span></h3>
                {earlierThreads.length === 0 && <div className="small muted">{t('threadNoThreads', 'None seen yet.')}</div>}
                <ul className="list">
                  {earlierThreads.slice(0, 8).map(({ thread, matchedBy }) => {
                    const href = conversationUrl(thread, detectPage(location.href).kind === 'thread' ? 'legacy' : 'v3', context.marketplaceId);
                    return (
                      <li key={thread.key} data-si-buyer-thread={thread.threadId}>
                        <div className="spread">
                          <a href={href} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{thread.subject || t('threadNoSubject', '(no subject)')}</a>
                          <span className="small muted" style={{ whiteSpace: 'nowrap' }}>{day(thread.lastMessageAt ?? thread.seenAt, zone)}</span>
                        </div>
                        <div className="row small"><Matched by={matchedBy} /></div>
                      </li>
                    );
                  })}
                </ul>
              </div>
              <div className="prov">{t('threadBuyerFootnote', 'History covers the orders, messages and feedback Seller Inbox has seen or imported.')}</div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
