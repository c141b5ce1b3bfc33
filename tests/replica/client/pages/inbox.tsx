/** Buyer-Seller Messages inbox: filter tabs, order-id search, sort of the page, paging, one kat-table-row per thread. */
import { useState } from 'react';
import type { ThreadListResponse, ThreadSummary, WireInboxFilter } from '../../server/api-types';
import { localDateTime, relativeTime } from '../format';
import { N, threadIdProp } from '../markup';
import { navigate } from '../router';
import { useJson } from '../use-json';

const FILTERS: { id: WireInboxFilter; label: string }[] = [
  { id: 'RESPONSE_NEEDED', label: 'Response needed' },
  { id: 'ALL', label: 'All' },
  { id: 'NO_RESPONSE_NEEDED', label: 'No response needed' },
];

const STATUS_LABEL = { RESPONSE_NEEDED: 'Response needed', ANSWERED: 'Answered', NO_RESPONSE_NEEDED: 'No response needed' } as const;
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
  const href = `/messaging/thread?threadId=${encodeURIComponent(t.threadId)}`;
  const system = isSystem(t);
  return (
    <kat-table-row className={N.row} {...threadIdProp(t.threadId)} data-marketplace-id={t.marketplaceId} data-status={t.status}
      data-system={String(system)}
      onClick={(e) => { if (!(e.target as Element).closest('kat-link, a, input, select')) navigate(href); }}>
      <kat-table-cell className={N.cellBuyer}>
        <span className={N.buyerName}>{t.buyerName}</span>
        {system && <> <kat-badge type="info" data-kind="system">Amazon notification</kat-badge></>}
      </kat-table-cell>
      <kat-table-cell className={N.cellSubject}>
        <kat-link href={href}><span className={N.subject}>{t.subject}</span></kat-link>
        <div className={N.preview}>{t.preview}</div>
      </kat-table-cell>
      <kat-table-cell className={N.cellOrder}>
        {t.orderIds.map((id) => (
          <div key={id}><kat-link className={N.orderLink} href={`/orders-v3/order/${id}`} data-order-id={id}>{id}</kat-link></div>
        ))}
      </kat-table-cell>
      <kat-table-cell className={N.cellReceived}><When t={t} /></kat-table-cell>
      <kat-table-cell className={N.cellStatus}>
        <kat-badge className={N.status} type={STATUS_TYPE[t.status]} data-status={t.status}>{STATUS_LABEL[t.status]}</kat-badge>
      </kat-table-cell>
    </kat-table-row>
  );
}

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

  return (
    <div className="sc-page" data-page="messaging-inbox">
      <h1>Buyer Messages</h1>
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
            <kat-input><input type="search" name="q" placeholder="Search by order ID" aria-label="Search by order ID"
              value={search} onChange={(e) => setSearch(e.currentTarget.value)} /></kat-input>
            <kat-button onClick={(e) => (e.currentTarget.closest('form') as HTMLFormElement | null)?.requestSubmit()}>Search</kat-button>
          </form>
          <kat-dropdown label="Sort" className="bsm-sort">
            <select aria-label="Sort" value={sort} onChange={(e) => navigate(inboxHref(params, { sort: e.currentTarget.value }), true)}>
              <option value="newest">Newest first</option>
              <option value="oldest">Oldest first</option>
            </select>
          </kat-dropdown>
          <div className="bsm-pager">
            <span className="bsm-page-info">{data ? `${first}-${last} of ${data.total}` : ''}</span>
            <kat-button data-action="previous-page" disabled={pn <= 1}
              onClick={() => pn > 1 && navigate(inboxHref(params, { pn: String(pn - 1) }))}>Previous</kat-button>
            <span className="sc-small">Page {pn} of {pages}</span>
            <kat-button data-action="next-page" disabled={pn >= pages}
              onClick={() => pn < pages && navigate(inboxHref(params, { pn: String(pn + 1) }))}>Next</kat-button>
          </div>
        </div>
        <kat-table id={N.list} className={N.list} aria-busy={list.state === 'loading' ? 'true' : 'false'} data-filter={fi}
          data-page-number={data?.pageNumber} data-total={data?.total}>
          <kat-table-head>
            <kat-table-row>
              <kat-table-cell>Buyer</kat-table-cell><kat-table-cell>Subject</kat-table-cell><kat-table-cell>Order ID</kat-table-cell>
              <kat-table-cell>Received</kat-table-cell><kat-table-cell>Status</kat-table-cell>
            </kat-table-row>
          </kat-table-head>
          <kat-table-body>{threads.map((t) => <Row key={t.threadId} t={t} />)}</kat-table-body>
        </kat-table>
        {list.state === 'loading' && <div className="sc-empty"><kat-spinner /> Loading messages…</div>}
        {list.state === 'error' && <kat-alert variant="danger" header="Messages could not be loaded">{list.message}</kat-alert>}
        {data && data.threads.length === 0 && (
          <div className="sc-empty bsm-empty">{q ? `No messages found for order ${q}.` : 'You have no messages in this view.'}</div>
        )}
      </div>
    </div>
  );
}
