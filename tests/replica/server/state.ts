/** Mutable state of one replica server: working copy of the data, indexes, session and records. */
import { MARKETPLACES, marketplaceById, type Marketplace, type Region } from '../../../lib/marketplaces';
import { createRng, type Rng } from '../data/random';
import type { ReplicaAccount, ReplicaBuyer, ReplicaData, ReplicaOrder, ReplicaProduct, ReplicaThread } from '../data/types';
import type { Faults, RequestRecord, SentRecord } from './types';

export interface Session { merchantId: string | null; marketplaceId: string | null; csrfToken: string }

export interface ServerState {
  data: ReplicaData;
  rng: Rng;
  threads: ReplicaThread[];
  threadsById: Map<string, ReplicaThread>;
  ordersById: Map<string, ReplicaOrder>;
  buyersById: Map<string, ReplicaBuyer>;
  productsByAsin: Map<string, ReplicaProduct>;
  /** order ids a review request went to while the server ran */
  reviewRequested: Set<string>;
  /** when a thread was marked "no response needed" while the server ran, by thread id */
  resolvedAt: Map<string, string>;
  session: Session;
  sent: SentRecord[];
  requests: RequestRecord[];
  inventedRouteCalls: RequestRecord[];
  faults: Faults;
  /** remaining uses of counted faults, by fault name */
  faultUses: Map<string, number>;
  pageSize: number;
  now: () => Date;
  signIns: number;
  /** the account signed in last, for `POST /ap/signin` after a sign-out */
  lastMerchantId: string | null;
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export const newCsrfToken = (state: Pick<ServerState, 'data' | 'signIns'>): string =>
  `${createRng(state.data.seed * 31 + state.signIns).chars(TOKEN_ALPHABET, 54)}==`;

export const createState = (data: ReplicaData, pageSize: number, now: () => Date): ServerState => {
  const state: ServerState = {
    data, rng: createRng(data.seed + 7919), threads: [], threadsById: new Map(),
    ordersById: new Map(data.orders.map((o) => [o.orderId, o])),
    buyersById: new Map(data.buyers.map((b) => [b.buyerId, b])),
    productsByAsin: new Map(data.products.map((p) => [p.asin, p])),
    reviewRequested: new Set(), resolvedAt: new Map(), session: { merchantId: null, marketplaceId: null, csrfToken: '' },
    sent: [], requests: [], inventedRouteCalls: [], faults: {}, faultUses: new Map(), pageSize, now, signIns: 0, lastMerchantId: null,
  };
  resetWorkingData(state);
  return state;
};

export const resetWorkingData = (state: ServerState): void => {
  state.threads = structuredClone(state.data.threads);
  state.threadsById = new Map(state.threads.map((t) => [t.threadId, t]));
  state.reviewRequested.clear();
  state.resolvedAt.clear();
  state.rng = createRng(state.data.seed + 7919);
};

export const accountOf = (state: ServerState, merchantId: string | null): ReplicaAccount | undefined =>
  merchantId ? state.data.accounts.find((a) => a.merchantId === merchantId) : undefined;

export const signIn = (state: ServerState, merchantId?: string): void => {
  const account = merchantId ? accountOf(state, merchantId) : state.data.accounts[0];
  if (!account) throw new Error(`no replica account ${merchantId ?? ''}`);
  state.signIns += 1;
  state.lastMerchantId = account.merchantId;
  state.session = { merchantId: account.merchantId, marketplaceId: account.marketplaceIds[0] ?? null, csrfToken: newCsrfToken(state) };
};

export const signOut = (state: ServerState): void => {
  state.signIns += 1;
  state.session = { merchantId: null, marketplaceId: null, csrfToken: newCsrfToken(state) };
};

const FE_HOSTS = ['sellercentral.amazon.co.jp', 'sellercentral-japan.amazon.com', 'sellercentral.amazon.com.au', 'sellercentral.amazon.sg'];
const NA_HOSTS = ['sellercentral.amazon.com', 'sellercentral.amazon.ca', 'sellercentral.amazon.com.mx', 'sellercentral.amazon.com.br'];

export const hostRegion = (host: string): Region =>
  FE_HOSTS.includes(host) ? 'FE' : NA_HOSTS.includes(host) ? 'NA' : 'EU';

/**
 * The marketplace a request works in: `?mons_sel_mkid=` (kept in the session) when it is one of the
 * account's, else the session's when this host serves it, else the account's first one on this host.
 */
export const resolveMarketplace = (state: ServerState, host: string, requested: string | null): string | null => {
  const account = accountOf(state, state.session.merchantId);
  if (!account) return null;
  if (requested && account.marketplaceIds.includes(requested)) {
    state.session.marketplaceId = requested;
    return requested;
  }
  const region = hostRegion(host);
  const onHost = account.marketplaceIds.filter((id) => marketplaceById(id)?.region === region);
  const current = state.session.marketplaceId;
  if (current && (onHost.includes(current) || onHost.length === 0)) return current;
  const chosen = onHost[0] ?? account.marketplaceIds[0] ?? null;
  state.session.marketplaceId = chosen;
  return chosen;
};

const NAMES: Record<string, string> = {
  US: 'United States', CA: 'Canada', MX: 'Mexico', BR: 'Brazil', UK: 'United Kingdom', DE: 'Germany', FR: 'France',
  IT: 'Italy', ES: 'Spain', JP: 'Japan', NL: 'Netherlands', SE: 'Sweden', PL: 'Poland', AU: 'Australia',
};

export const marketplaceName = (mp: Marketplace): string => NAMES[mp.code] ?? mp.code;

export const accountMarketplaces = (account: ReplicaAccount | undefined): Marketplace[] =>
  (account?.marketplaceIds ?? []).map((id) => MARKETPLACES.find((m) => m.id === id)).filter((m): m is Marketplace => Boolean(m));
