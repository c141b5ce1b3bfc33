/** Buyer-Seller Messages inbox: filter tabs, order-id search, sort of the page, paging, one kat-table-row per thread. */
import { useState, type ReactElement } from 'react';
import type { ThreadListResponse, ThreadSummary, WireInboxFilter } from '../../server/api-types';
import { localDateTime, relativeTime } from '../format';
import { L } from '../labels';
import { COLUMNS, N, threadIdProp, V, type Column } from '../markup';
import { ShadowHost } from '../shadow-host';
import { PAGE_CSS } from '../styles';
import { navigate } from '../router';
import { useJson } from '../use-json';
import { legacyCaseHref } from '../case-link';

const FILTERS: { id: WireInboxFilter; label: string }[] = [
  { id: 'RESPONSE_NEEDED', label: L.filterResponseNeeded },
  { id: 'ALL', label: L.filterAll },
  { id: 'NO_RESPONSE_NEEDED', label: L.filterNoResponseNeeded },
];

const STATUS_LABEL = { RESPONSE_NEEDED: L.statusResponseNeeded, ANSWERED: L.statusAnswered, NO_RESPONSE_NEEDED: L.statusNoResponseNeeded } as const;
const STATUS_TYPE = { RESPONSE_NEEDED: 'warning', ANSWERED: 'success', NO_RESPONSE_NEEDED: 'default' } as const;

/** Amazon's own notifications: no buyer message awaits and Amazon wrote last. */
const isSystem = (t: ThreadSummary & { isSystem?: boolean }): boolean =>
  t.isSystem ?? (t.lastSenderType === 'AMAZON' && t.awaitingSince === null);

function inboxHref(params: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') next.delete(k);
    else next.set(k, v);
  }
  return `/messaging/inbox?${next.toString()}`;
}

function When({ t }: { t: ThreadSummary }) {
  const shown = t.awaitingSince ?? t.lastMessageAt;
  if (!N.times) {
    return <span className="bsm-when" title={localDateTime(shown)}>{relativeTime(shown)}<br /><span className="sc-muted sc-small">{localDateTime(shown)}</span></span>;
  }
  return (
    <span className="bsm-when">
      {t.awaitingSince && (
        <time className="bsm-awaiting-since" dateTime={t.awaitingSince} title={localDateTime(t.awaitingSince)}>{relativeTime(t.awaitingSince)}</time>
      )}
      <time className="bsm-last-message" dateTime={t.lastMessageAt} hidden={Boolean(t.awaitingSince)}>{relativeTime(t.lastMessageAt)}</time>
      <span className="sc-muted sc-small">{localDateTime(shown)}</span>
    </span>
  );
}

function Row({ t }: { t: ThreadSummary }) {
  // the older case link (evidence M): the case opens on this path, in the older conversation view (page-view.tsx)
  const href = legacyCaseHref(t.threadId);
  const system = isSystem(t);
  const cells: Record<Column, ReactElement> = {
    buyer: (
      <kat-table-cell key="buyer" className={N.cellBuyer}>
        <span className={N.buyerName}>{t.buyerName}</span>
        {system && <> <kat-badge type="info" data-kind="system">{L.amazonNotification}</kat-badge></>}
      </kat-table-cell>
    ),
    subject: (
      <kat-table-cell key="subject" className={N.cellSubject}>
        <kat-link href={href}><span className={N.subject}>{t.subject}</span></kat-link>
        <div className={N.preview}>{t.preview}</div>
      </kat-table-cell>
    ),
    order: (
      <kat-table-cell key="order" className={N.cellOrder}>
        {t.orderIds.map((id) => (
          <div key={id}><kat-link className={N.orderLink} href={`/orders-v3/order/${id}`} data-order-id={id}>{id}</kat-link></div>
        ))}
      </kat-table-cell>
    ),
    received: <kat-table-cell key="received" className={N.cellReceived}><When t={t} /></kat-table-cell>,
    status: (
      <kat-table-cell key="status" className={N.cellStatus}>
        <kat-badge className={N.status} type={STATUS_TYPE[t.status]} data-status={t.status}>{STATUS_LABEL[t.status]}</kat-badge>
      </kat-table-cell>
    ),
  };
  const row = (
    <kat-table-row className={N.row} {...threadIdProp(t.threadId)} data-marketplace-id={t.marketplaceId} data-status={t.status}
      data-system={String(system)}
      onClick={(e) => { if (!(e.target as Element).closest('kat-link, a, input, select')) navigate(href); }}>
      {COLUMNS.map((c) => cells[c])}
    </kat-table-row>
  );
  // drift variants: an extra div around each row, or each row in its own shadow root
  if (V.extraWrappers) return <div className="bsm-row-frame" style={{ display: 'contents' }}>{row}</div>;
  if (V.shadowRows) return <ShadowHost tag="bsm-row-host" css={`${PAGE_CSS}\n:host{display:contents}`}>{row}</ShadowHost>;
  return row;
}

const HEAD_LABEL: Record<Column, string> = {
  buyer: L.colBuyer, subject: L.colSubject, order: L.colOrder, received: L.colReceived, status: L.colStatus,
};

export function InboxPage({ params }: { params: URLSearchParams }) {
  const fi = (params.get('fi') ?? 'RESPONSE_NEEDED') as WireInboxFilter;
  const pn = Math.max(1, Number(params.get('pn') ?? 1) || 1);
  const q = params.get('q') ?? '';
  const sort = params.get('sort') === 'oldest' ? 'oldest' : 'newest';
  const api = new URLSearchParams({ fi, pn: String(pn) });
  if (params.get('ps')) api.set('ps', params.get('ps') ?? '');
  if (q) api.set('q', q);
  const [list] = useJson<ThreadListResponse>(`/messaging/api/threads?${api.toString()}`);
  const [search, setSearch] = useState(q);

  const data = list.state === 'ok' ? list.data : null;
  const threads = data ? [...data.threads].sort((a, b) =>
    (sort === 'newest' ? -1 : 1) * (Date.parse(a.lastMessageAt) - Date.parse(b.lastMessageAt))) : [];
  const first = data && data.total > 0 ? (data.pageNumber - 1) * data.pageSize + 1 : 0;
  const last = data ? Math.min(data.total, first + data.threads.length - 1) : 0;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  const table = (
    <kat-table id={N.list} className={N.list} aria-busy={list.state === 'loading' ? 'true' : 'false'} data-filter={fi}
      data-page-number={data?.pageNumber} data-total={data?.total}>
      <kat-table-head>
        <kat-table-row>
          {COLUMNS.map((c) => <kat-table-cell key={c}>{HEAD_LABEL[c]}</kat-table-cell>)}
        </kat-table-row>
      </kat-table-head>
      <kat-table-body>{threads.map((t) => <Row key={t.threadId} t={t} />)}</kat-table-body>
    </kat-table>
  );

  return (
    <div className="sc-page" data-page="messaging-inbox">
      <h1>{L.inboxTitle}</h1>
      <div id={N.inbox} className={N.inbox}>
        <div className={N.toolbar}>
          <nav className="bsm-tabs" role="tablist">
            {FILTERS.map((f) => (
              <kat-link key={f.id} role="tab" data-filter={f.id} aria-selected={f.id === fi ? 'true' : 'false'}
                href={inboxHref(params, { fi: f.id, pn: null })}>{f.label}</kat-link>
            ))}
          </nav>
          <form className="bsm-search" role="search" onSubmit={(e) => {
            e.preventDefault();
            navigate(inboxHref(params, { q: search.trim(), pn: null, fi: search.trim() ? 'ALL' : fi }));
          }}>
            <kat-input><input type="search" name="q" placeholder={L.searchPlaceholder} aria-label={L.searchPlaceholder}
              value={search} onChange={(e) => setSearch(e.currentTarget.value)} /></kat-input>
            <kat-button onClick={(e) => (e.currentTarget.closest('form') as HTMLFormElement | null)?.requestSubmit()}>{L.search}</kat-button>
          </form>
          <kat-dropdown label={L.sort} className="bsm-sort">
            <select aria-label={L.sort} value={sort} onChange={(e) => navigate(inboxHref(params, { sort: e.currentTarget.value }), true)}>
              <option value="newest">{L.newestFirst}</option>
              <option value="oldest">{L.oldestFirst}</option>
            </select>
          </kat-dropdown>
          <div className="bsm-pager">
            <span className="bsm-page-info">{data ? L.range(first, last, data.total) : ''}</span>
            <kat-button data-action="previous-page" disabled={pn <= 1}
              onClick={() => pn > 1 && navigate(inboxHref(params, { pn: String(pn - 1) }))}>{L.previous}</kat-button>
            <span className="sc-small">{L.pageOf(pn, pages)}</span>
            <kat-button data-action="next-page" disabled={pn >= pages}
              onClick={() => pn < pages && navigate(inboxHref(params, { pn: String(pn + 1) }))}>{L.next}</kat-button>
          </div>
        </div>
        {V.extraWrappers ? <ShadowHost tag="bsm-inbox-frame" css={`${PAGE_CSS}\n:host{display:block}`}>{table}</ShadowHost> : table}
        {list.state === 'loading' && <div className="sc-empty"><kat-spinner />{` ${L.loadingMessages}`}</div>}
        {list.state === 'error' && <kat-alert variant="danger" header={L.messagesFailed}>{list.message}</kat-alert>}
        {data && data.threads.length === 0 && (
          <div className="sc-empty bsm-empty">{q ? L.noMessagesFor(q) : L.noMessages}</div>
        )}
      </div>
    </div>
  );
}
