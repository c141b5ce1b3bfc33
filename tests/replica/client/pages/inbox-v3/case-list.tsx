/**
 * The case list pane: order-id search (kat-input, Enter), column header, rows and kat-pagination. The page
 * number is in-app state (not in the URL), 25 cases a page. Variants: `v3-closed-shadow` (rows in a closed
 * shadow root), `v3-late-list` (rows 3 s after their data).
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { V3CaseListResponse, V3Filter } from '../../../server/api-types';
import { LATE_LIST_MS } from '../../../server/markup-variants';
import { useJson } from '../../use-json';
import { CaseRows } from './case-rows';
import { FIELD_CSS, listCss } from './css';
import { L3 } from './labels';
import { C, V3 } from './names';
import { ClosedShadowHost, useKatShadow, useLate, useReloadOn } from './shadow';
import { listApi, V3_PAGE_SIZE } from './url';

function SearchBox({ initial, onSearch }: { initial: string; onSearch: (orderId: string) => void }) {
  const [value, setValue] = useState(initial);
  const [ref, root] = useKatShadow('kat-input');
  return (
    <div className={C.search}>
      <kat-input ref={ref} className={C.searchInput} placeholder={L3.searchPlaceholder}>
        {root && createPortal(<>
          <style>{FIELD_CSS}</style>
          <input type="search" aria-label={L3.searchPlaceholder} placeholder={L3.searchPlaceholder} value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            onKeyDown={(e) => { if (e.key === 'Enter' && value.trim()) onSearch(value.trim()); }} />
        </>, root)}
      </kat-input>
    </div>
  );
}

function Pager({ total, page, onPage }: { total: number; page: number; onPage: (page: number) => void }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const node = ref.current;
    const onChange = (e: Event): void => {
      const to = (e as CustomEvent<{ page?: number }>).detail?.page;
      if (typeof to === 'number') onPage(to);
    };
    node?.addEventListener('change', onChange);
    return () => node?.removeEventListener('change', onChange);
  }, [onPage]);
  return <kat-pagination ref={ref} className={C.pagination} total={total} items-per-page={V3_PAGE_SIZE} page={page} />;
}

export interface CaseListProps {
  fi: V3Filter; ss: string; selected: string; version: number;
  onSelect: (caseId: string) => void; onSearch: (orderId: string) => void;
}

export function CaseListPane({ fi, ss, selected, version, onSelect, onSearch }: CaseListProps) {
  const [page, setPage] = useState(1);
  const [res, reload] = useJson<V3CaseListResponse>(listApi(fi, ss, page));
  useReloadOn(version, reload);
  const data = res.state === 'ok' ? res.data : null;
  const shown = useLate(data, V3.lateList ? LATE_LIST_MS : 0);
  const rows = res.state === 'error'
    ? <div className={C.list} role="list"><div className={C.listEmpty} role="alert">{L3.listFailed}</div></div>
    : <CaseRows cases={shown ? shown.cases : null} selected={selected} onSelect={onSelect} />;
  return (
    <section className={C.listPane}>
      <SearchBox initial={fi === 'search' ? ss : ''} onSearch={onSearch} />
      <div className={C.listHeader}><span>{L3.colFrom}</span><span>{L3.colSubject}</span><span>{L3.colRecent}</span></div>
      {V3.closedShadow ? <ClosedShadowHost css={listCss()}>{rows}</ClosedShadowHost> : rows}
      <Pager total={data?.total ?? 0} page={page} onPage={setPage} />
    </section>
  );
}
