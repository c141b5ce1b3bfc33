/** The inbox v3 query (`fi`, `ss`, `cc`), the page's links and its own data calls (replica-only JSON). */
import type { V3Filter } from '../../../server/api-types';

export const V3_PATH = '/messaging/inbox-v3';
export const V3_PAGE_SIZE = 25;
/** After this long the app rewrites its own query (replaceState). */
export const START_REWRITE_MS = 150;
const FILTERS: readonly V3Filter[] = ['responseNeeded', 'all', 'sent', 'resolved', 'search', 'caseId'];

export interface V3Query { fi: V3Filter; ss: string; cc: string }

export const readQuery = (params: URLSearchParams): V3Query => {
  const fi = params.get('fi') as V3Filter | null;
  return { fi: fi && FILTERS.includes(fi) ? fi : 'responseNeeded', ss: params.get('ss') ?? '', cc: params.get('cc') ?? '' };
};

const enc = encodeURIComponent;
export const caseHref = (caseId: string): string => `${V3_PATH}?fi=caseId&ss=${enc(caseId)}&cc=${enc(caseId)}`;
export const filterHref = (fi: V3Filter): string => `${V3_PATH}?fi=${fi}`;
export const searchHref = (orderId: string): string => `${V3_PATH}?fi=search&ss=${enc(orderId)}`;

/** The start rewrite: `fi=responseNeeded` when `fi` is absent, `&ref=sc_bsm` when `ref` is absent; null when nothing changes. */
export const startRewrite = (href: string): string | null => {
  const url = new URL(href);
  const q = url.searchParams;
  if (q.has('fi') && q.has('ref')) return null;
  if (!q.has('fi')) q.set('fi', 'responseNeeded');
  if (!q.has('ref')) q.append('ref', 'sc_bsm');
  return url.pathname + url.search;
};

/** The current URL with `cc=<caseId>` (the search rewrite). */
export const withCase = (href: string, caseId: string): string => {
  const url = new URL(href);
  url.searchParams.set('cc', caseId);
  return url.pathname + url.search;
};

export const listApi = (fi: V3Filter, ss: string, page: number, pageSize = V3_PAGE_SIZE): string =>
  `/messaging/api/inbox-v3/cases?${new URLSearchParams({ fi, ...(ss ? { ss } : {}), pn: String(page), ps: String(pageSize) }).toString()}`;
export const COUNTS_API = '/messaging/api/inbox-v3/counts';
export const caseApi = (caseId: string): string => `/messaging/api/inbox-v3/cases/${enc(caseId)}`;
