/** Seller Central home: a few cards linking to the pages the replica has. */
import type { ThreadListResponse } from '../../server/api-types';
import { BOOT } from '../boot';
import { useJson } from '../use-json';

export function HomePage() {
  const [msgs] = useJson<ThreadListResponse>('/messaging/api/threads?fi=RESPONSE_NEEDED&pn=1&ps=1');
  const mp = BOOT.marketplaces.find((m) => m.id === BOOT.marketplaceId);
  return (
    <div className="sc-page" data-page="home">
      <h1>Welcome back, {BOOT.accountName}</h1>
      <p className="sc-muted">Marketplace: {mp?.name ?? BOOT.marketplaceId}</p>
      <div className="sc-grid">
        <kat-box>
          <h2>Buyer Messages</h2>
          <p>{msgs.state === 'ok' ? `${msgs.data.total} need a response` : '…'}</p>
          <kat-link href="/messaging/inbox?fi=RESPONSE_NEEDED&pn=1">View messages</kat-link>
        </kat-box>
        <kat-box><h2>Orders</h2><p>Manage your orders.</p><kat-link href="/orders-v3">Manage Orders</kat-link></kat-box>
        <kat-box><h2>Feedback</h2><p>See what buyers say about you.</p><kat-link href="/feedback-manager/index.html">Feedback Manager</kat-link></kat-box>
      </div>
    </div>
  );
}
