/**
 * The signed-in session as a Seller Central page shows it: CSRF token, merchant id, marketplace id,
 * account name. Reads the header's partner switcher first and falls back to the page's bootstrap JSON
 * (present before the app has rendered). Pure over the Document it is given.
 */
import { detectPage, isSignedOutPage } from './pages';

export const CSRF_HEADER = 'anti-csrftoken-a2z';

export const SELECTORS = {
  csrfMeta: 'meta[name="anti-csrftoken-a2z"]',
  partnerSwitcher: '#partner-switcher',
  /**
   * The store name in the header. Evidence: replica only / L (shared/reference/seller-central-pages.md gives
   * no selector for it): read tolerantly, never required; the seller can type it in Options (Holiday
   * auto-reply, Store names) when it is not read, and a typed name wins.
   */
  accountName: '#partner-switcher .partner-name, #partner-switcher [data-account-name], .partner-dropdown-name',
  marketplaceOption: '#partner-switcher option[data-marketplace-id]',
  bootstrap: 'script#sc-bootstrap[type="application/json"]',
  signInForm: 'form[name="signIn"]',
  attr: {
    merchantId: 'data-merchant-id',
    marketplaceId: 'data-marketplace-id',
    signedOut: 'data-signed-out',
  },
} as const;

export interface SellerSession {
  signedIn: boolean;
  csrfToken?: string;
  merchantId?: string;
  marketplaceId?: string;
  accountName?: string;
  /** the account's marketplaces, from the marketplace switcher */
  marketplaceIds: string[];
}

interface BootstrapLike {
  signedIn?: unknown; merchantId?: unknown; accountName?: unknown; marketplaceId?: unknown;
  marketplaces?: unknown; csrfToken?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** A store name as shown: whitespace collapsed, at most 200 characters; not the merchant id itself. */
function storeName(v: unknown, merchantId: string | undefined): string | undefined {
  const s = str(v)?.replace(/\s+/g, ' ').slice(0, 200);
  return s && s !== merchantId ? s : undefined;
}

function readBootstrap(doc: Document): BootstrapLike {
  const text = doc.querySelector(SELECTORS.bootstrap)?.textContent;
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as BootstrapLike) : {};
  } catch {
    return {};
  }
}

function bootstrapMarketplaceIds(boot: BootstrapLike): string[] {
  if (!Array.isArray(boot.marketplaces)) return [];
  return boot.marketplaces
    .map((m: unknown) => (m && typeof m === 'object' ? str((m as { id?: unknown }).id) : undefined))
    .filter((id): id is string => Boolean(id));
}

/**
 * The session of a nested document is its top page's (a frame holding the messaging list has no header of its own);
 * the top document when it is same-origin, else the document itself.
 */
function sessionDocument(doc: Document): Document {
  const view = doc.defaultView;
  if (!view || view === view.top) return doc;
  try {
    return view.top?.document ?? doc;
  } catch {
    return doc;
  }
}

export function readSession(given: Document): SellerSession {
  const doc = sessionDocument(given);
  const boot = readBootstrap(doc);
  const switcher = doc.querySelector(SELECTORS.partnerSwitcher);
  const csrfToken = str(doc.querySelector(SELECTORS.csrfMeta)?.getAttribute('content')) ?? str(boot.csrfToken);
  const merchantId = str(switcher?.getAttribute(SELECTORS.attr.merchantId)) ?? str(boot.merchantId);
  const marketplaceId = str(switcher?.getAttribute(SELECTORS.attr.marketplaceId)) ?? str(boot.marketplaceId)
    ?? detectPage(doc.URL).selectedMarketplaceId;
  const accountName = storeName(doc.querySelector(SELECTORS.accountName)?.textContent, merchantId) ?? storeName(boot.accountName, merchantId);
  const options = [...doc.querySelectorAll(SELECTORS.marketplaceOption)]
    .map((o) => str(o.getAttribute(SELECTORS.attr.marketplaceId)))
    .filter((id): id is string => Boolean(id));
  const marketplaceIds = [...new Set(options.length ? options : bootstrapMarketplaceIds(boot))];

  const signedOutPage = isSignedOutPage(detectPage(doc.URL)) || doc.querySelector(SELECTORS.signInForm) !== null;
  const headerSaysOut = switcher?.hasAttribute(SELECTORS.attr.signedOut) ?? false;
  const signedIn = !signedOutPage && !headerSaysOut && boot.signedIn !== false && Boolean(merchantId);

  return {
    signedIn,
    ...(csrfToken ? { csrfToken } : {}),
    ...(merchantId ? { merchantId } : {}),
    ...(marketplaceId ? { marketplaceId } : {}),
    ...(accountName ? { accountName } : {}),
    marketplaceIds,
  };
}
