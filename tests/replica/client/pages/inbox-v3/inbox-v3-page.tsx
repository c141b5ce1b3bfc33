/**
 * Buyer-Seller Messages "inbox v3" (tests/replica/INBOX-V3.md): header, left navigation, the case list and
 * the chosen case side by side. Everything the seller chooses changes only the query (pushState); a moment
 * after start the app rewrites its own query (replaceState); a search that finds a case adds `cc=`.
 */
import { useEffect, useState } from 'react';
import type { V3CaseListResponse, V3Filter } from '../../../server/api-types';
import { NARROW_LIST_MIN_WIDTH } from '../../../server/markup-variants';
import { navigate } from '../../router';
import { useJson } from '../../use-json';
import { CaseDetailPane } from './case-detail';
import { CaseListPane } from './case-list';
import { v3Css } from './css';
import { L3 } from './labels';
import { ListFrame } from './list-frame';
import { C, V3 } from './names';
import { V3Header, V3Nav } from './nav';
import { useWindowWidth } from './shadow';
import { caseHref, listApi, readQuery, searchHref, START_REWRITE_MS, startRewrite, withCase } from './url';

/** A search that finds a case opens it: `?fi=search&ss=<orderId>` becomes `...&cc=<caseId>` (replaceState). */
function useSearchOpensCase(fi: V3Filter, ss: string, cc: string): void {
  const wanted = fi === 'search' && ss !== '' && cc === '';
  const [hit] = useJson<V3CaseListResponse>(wanted ? listApi('search', ss, 1, 1) : null);
  const found = wanted && hit.state === 'ok' ? hit.data.cases[0]?.caseId : undefined;
  useEffect(() => {
    if (found) navigate(withCase(location.href, found), true);
  }, [found]);
}

export function InboxV3Page({ params }: { params: URLSearchParams }) {
  const q = readQuery(params);
  // the list follows the query, except when the query names a case chosen in the app (the list stays)
  const [list, setList] = useState<{ fi: V3Filter; ss: string }>({ fi: q.fi, ss: q.ss });
  if (q.fi !== 'caseId' && (list.fi !== q.fi || list.ss !== q.ss)) setList({ fi: q.fi, ss: q.ss });
  // v3-cold-deep-link: a direct load of a case shows only the navigation until a filter is chosen
  const [cold, setCold] = useState(V3.coldDeepLink && q.fi === 'caseId');
  if (cold && q.fi !== 'caseId') setCold(false);
  const [version, setVersion] = useState(0);
  const width = useWindowWidth();
  const showList = !(V3.narrow && width < NARROW_LIST_MIN_WIDTH);

  useEffect(() => {
    if (V3.german) document.documentElement.lang = 'de-DE';
    const timer = setTimeout(() => {
      const next = startRewrite(location.href);
      if (next) navigate(next, true);
    }, START_REWRITE_MS);
    return () => clearTimeout(timer);
  }, []);
  useSearchOpensCase(q.fi, q.ss, q.cc);

  const changed = (): void => setVersion((v) => v + 1);
  const listKey = `${list.fi}|${list.ss}`;
  return (
    <div className={C.app} data-page="messaging-inbox-v3">
      <style>{v3Css()}</style>
      <V3Header />
      <div className={showList ? C.body : `${C.body} no-list`}>
        <V3Nav selected={list.fi} version={version} />
        {cold ? <div className={C.loading}>{L3.loading}</div> : (
          <>
            {showList && (V3.iframe
              ? <ListFrame key={listKey} fi={list.fi} ss={list.ss} selected={q.cc} version={version} />
              : <CaseListPane key={listKey} fi={list.fi} ss={list.ss} selected={q.cc} version={version}
                onSelect={(caseId) => navigate(caseHref(caseId))} onSearch={(orderId) => navigate(searchHref(orderId))} />)}
            <CaseDetailPane key={q.cc} caseId={q.cc} onChanged={changed} />
          </>
        )}
      </div>
    </div>
  );
}
