/** Top bar: logo, nav links, account name and the marketplace switcher (a full reload with mons_sel_mkid). */
import { BOOT } from './boot';
import { L } from './labels';
import { switchMarketplace, useLocation } from './router';

const NAV = [
  { href: '/orders-v3', label: L.navOrders, prefix: '/orders-v3' },
  { href: '/messaging/inbox', label: L.navMessages, prefix: '/messaging' },
  { href: '/feedback-manager/index.html', label: L.navFeedback, prefix: '/feedback-manager' },
];

export function Header() {
  const loc = useLocation();
  const current = BOOT.marketplaces.find((m) => m.id === BOOT.marketplaceId);
  return (
    <>
      <a className="sc-logo" href="/home">amazon <span>seller central</span></a>
      {BOOT.signedIn && (
        <nav className="sc-nav" aria-label="Main">
          {NAV.map((n) => (
            <kat-link key={n.href} href={n.href} aria-current={loc.startsWith(n.prefix) ? 'page' : undefined}>{n.label}</kat-link>
          ))}
        </nav>
      )}
      {BOOT.signedIn ? (
        <div id="partner-switcher" data-merchant-id={BOOT.merchantId ?? ''} data-marketplace-id={BOOT.marketplaceId ?? ''}>
          <span className="partner-name">{BOOT.accountName}</span>
          <kat-dropdown className="partner-marketplace" value={BOOT.marketplaceId ?? ''}>
            <select aria-label="Marketplace" value={BOOT.marketplaceId ?? ''}
              onChange={(e) => switchMarketplace(e.currentTarget.value)}>
              {BOOT.marketplaces.map((m) => <option key={m.id} value={m.id} data-marketplace-id={m.id}>{m.name}</option>)}
            </select>
          </kat-dropdown>
          {!current && <span className="sc-small">No marketplace</span>}
        </div>
      ) : (
        <div id="partner-switcher" data-signed-out="true"><a href="/ap/signin">Sign in</a></div>
      )}
    </>
  );
}
