/** Picks the page component for the current location. */
import { BOOT } from '../boot';
import { useLocation } from '../router';
import { CaptchaPage, SignInPage } from './auth';
import { ContactPage } from './contact';
import { FeedbackPage } from './feedback';
import { HomePage } from './home';
import { InboxPage } from './inbox';
import { InboxV3Page } from './inbox-v3/inbox-v3-page';
import { OrderPage, OrdersPage } from './orders';
import { ReviewsPage } from './reviews';
import { ThreadPage } from './thread';
import { legacyCaseIdOf } from '../case-link';

export function PageView() {
  const loc = useLocation();
  const url = new URL(loc, location.origin);
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const q = url.searchParams;
  if (path === '/ap/signin' || path === '/ap/mfa') return <SignInPage />;
  if (path === '/ap/cvf') return <CaptchaPage />;
  if (!BOOT.signedIn) return <SignInPage />;
  if (path === '/messaging/inbox') {
    // the older case link `?fi=caseId&ss=<caseId>&cc=<caseId>` shows that case in the older conversation view
    const caseId = legacyCaseIdOf(q);
    if (caseId !== undefined) return <ThreadPage threadId={caseId} key={`t${caseId}`} />;
    return <InboxPage params={q} key="inbox" />;
  }
  if (path === '/messaging/inbox-v3') return <InboxV3Page params={q} key="inbox-v3" />;
  if (path === '/messaging/contact') {
    return <ContactPage orderId={q.get('orderID') ?? q.get('orderId') ?? ''} marketplaceId={q.get('marketplaceID') ?? BOOT.marketplaceId ?? ''} />;
  }
  if (path === '/messaging/reviews') {
    return <ReviewsPage orderId={q.get('orderId') ?? ''} marketplaceId={q.get('marketplaceId') ?? BOOT.marketplaceId ?? ''} key={loc} />;
  }
  const order = /^\/orders-v3\/order\/([^/]+)$/.exec(path);
  if (order?.[1]) return <OrderPage orderId={decodeURIComponent(order[1])} key={order[1]} />;
  if (path === '/orders-v3') return <OrdersPage params={q} />;
  if (path === '/feedback-manager/index.html' || path === '/feedback-manager') return <FeedbackPage />;
  if (path === '/home' || path === '/') return <HomePage />;
  return (
    <div className="sc-page" data-page="not-found">
      <h1>Looking for something?</h1>
      <p className="sc-muted">We're sorry. The page you requested is not available. <a href="/home">Go to Seller Central home</a></p>
    </div>
  );
}
