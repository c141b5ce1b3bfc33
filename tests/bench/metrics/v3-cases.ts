/**
 * The v3 case list with any number of cases on one page, for the bench only: the replica's v3 app shows 25 cases a
 * page (its API serves at most 100), so this answers the app's list call itself with the filter's cases repeated up
 * to `count`. A copy gets a new case id and a new order id (last 7 digits = its index), so every row is a case of
 * its own for the extension (rows are keyed by order id); same buyer, texts and times. The app renders whatever
 * the call returns, so the page is the replica's own v3 page with `count` rows.
 */
import type { BrowserContext } from 'playwright-core';
import type { ReplicaServer } from '../../replica/server';
import type { V3CaseListResponse, V3CaseSummary } from '../../replica/server/api-types';

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

const copyOf = (c: V3CaseSummary, i: number): V3CaseSummary => ({
  ...c,
  caseId: `${c.caseId.slice(0, -12)}${hex(0xbe0000000000 + i, 12)}`,
  orderId: c.orderId ? `${c.orderId.slice(0, -7)}${String(i).padStart(7, '0')}` : null,
});

/** the v3 app's list call (for `context.unroute`) */
export const V3_CASES_CALL = /\/messaging\/api\/inbox-v3\/cases\?/;

export async function serveV3Cases(context: BrowserContext, server: ReplicaServer, count: number): Promise<void> {
  await context.route(V3_CASES_CALL, async (route) => {
    const request = route.request();
    const headers = await request.allHeaders();
    const ask = async (pn: number): Promise<V3CaseListResponse> => {
      const url = new URL(request.url());
      url.searchParams.set('ps', '100');
      url.searchParams.set('pn', String(pn));
      const answer = await server.handle({ method: 'GET', url: url.href, headers, body: undefined });
      return JSON.parse(String(answer.body)) as V3CaseListResponse;
    };
    const first = await ask(1);
    const base = [...first.cases];
    for (let pn = 2; base.length < Math.min(count, first.total); pn++) base.push(...(await ask(pn)).cases);
    const cases = base.length === 0 ? [] : Array.from({ length: count }, (_, i) => (i < base.length ? base[i]! : copyOf(base[i % base.length]!, i)));
    const body: V3CaseListResponse = { ...first, total: cases.length, pageNumber: 1, pageSize: count, cases };
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  });
}
