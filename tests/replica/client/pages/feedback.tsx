/**
 * Feedback Manager (`/feedback-manager/index.html#/`), built as the reference describes it (shared/reference/
 * seller-central-pages.md "Feedback Manager", M): an app under `my-app`, a summary `kat-table` in
 * `feedback-summary`, `.filter-tabs > kat-tabs > kat-tab-pane > kat-tab-header`, the list in
 * `kat-tab.tab-selected > feedback-list > kat-table > kat-table-body > kat-table-row` with the rating in
 * `kat-star-rating[value]` and the order id in a `kat-link`, `kat-pagination` with 20 rows a page.
 * Replica only: the column headers and their order (the report's names), the written date ("Nov 14, 2026"),
 * the summary's numbers, paging as in-app state (the URL does not change), and the data call this page makes
 * (`/feedback-manager/api/feedback`: the page's own, which the extension must never call).
 */
import { useEffect, useRef, useState } from 'react';
import type { FeedbackListResponse } from '../../server/api-types';
import { MARKUP } from '../boot';
import { localDate } from '../format';
import { useJson } from '../use-json';

const PER_PAGE = 20;

function Pagination({ total, page, onPage }: { total: number; page: number; onPage: (page: number) => void }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const on = (e: Event) => onPage(Number((e as CustomEvent<{ page?: number }>).detail?.page) || 1);
    el.addEventListener('change', on);
    return () => el.removeEventListener('change', on);
  }, [onPage]);
  return <kat-pagination ref={ref} className="feedback-pagination" total={total} items-per-page={PER_PAGE} page={page} />;
}

export function FeedbackPage() {
  const [page, setPage] = useState(1);
  const [res] = useJson<FeedbackListResponse>(`/feedback-manager/api/feedback?pn=${page}&ps=${PER_PAGE}`);
  const [all] = useJson<FeedbackListResponse>('/feedback-manager/api/feedback?pn=1&ps=200');
  const rated = all.state === 'ok' ? all.data.feedback : [];
  const share = (test: (r: number) => boolean) => (rated.length ? `${Math.round((100 * rated.filter((f) => test(f.rating)).length) / rated.length)}%` : '–');
  return (
    <my-app>
      <home>
        <div className="sc-page" data-page="feedback-manager">
          <h1>Feedback Manager</h1>
          <feedback-summary>
            <kat-table className="feedback-summary-table">
              <kat-table-head><kat-table-row>
                <kat-table-cell>Feedback</kat-table-cell><kat-table-cell>365 days</kat-table-cell><kat-table-cell>Lifetime</kat-table-cell>
              </kat-table-row></kat-table-head>
              <kat-table-body>
                <kat-table-row><kat-table-cell>Positive</kat-table-cell><kat-table-cell>{share((r) => r >= 4)}</kat-table-cell><kat-table-cell>{share((r) => r >= 4)}</kat-table-cell></kat-table-row>
                <kat-table-row><kat-table-cell>Neutral</kat-table-cell><kat-table-cell>{share((r) => r === 3)}</kat-table-cell><kat-table-cell>{share((r) => r === 3)}</kat-table-cell></kat-table-row>
                <kat-table-row><kat-table-cell>Negative</kat-table-cell><kat-table-cell>{share((r) => r <= 2)}</kat-table-cell><kat-table-cell>{share((r) => r <= 2)}</kat-table-cell></kat-table-row>
                <kat-table-row><kat-table-cell>Count</kat-table-cell><kat-table-cell>{rated.length}</kat-table-cell><kat-table-cell>{rated.length}</kat-table-cell></kat-table-row>
              </kat-table-body>
            </kat-table>
          </feedback-summary>
          <div className="filter-tabs">
            <kat-tabs>
              <kat-tab-pane><kat-tab-header>All ratings</kat-tab-header></kat-tab-pane>
              <kat-tab className="tab-selected">
                <feedback-list>
                  {res.state === 'loading' && <kat-spinner />}
                  {res.state === 'error' && <kat-alert variant="danger">{res.message}</kat-alert>}
                  {res.state === 'ok' && (
                    <>
                      <kat-table className="feedback-table">
                        <kat-table-head><kat-table-row>
                          <kat-table-cell>Date</kat-table-cell><kat-table-cell>Rating</kat-table-cell><kat-table-cell>Comments</kat-table-cell>
                          <kat-table-cell>Your response</kat-table-cell><kat-table-cell>Order ID</kat-table-cell><kat-table-cell>Rater email</kat-table-cell>
                        </kat-table-row></kat-table-head>
                        <kat-table-body>
                          {res.data.feedback.map((f) => (
                            <kat-table-row key={f.orderId}>
                              <kat-table-cell>{localDate(f.date)}</kat-table-cell>
                              <kat-table-cell>{MARKUP === 'feedback-drifted' ? <span className="stars">{'★'.repeat(f.rating)}</span> : <kat-star-rating value={f.rating} />}</kat-table-cell>
                              <kat-table-cell>{f.comment}</kat-table-cell>
                              <kat-table-cell />
                              <kat-table-cell><kat-link href={`/orders-v3/order/${f.orderId}`}>{f.orderId}</kat-link></kat-table-cell>
                              <kat-table-cell className="sc-small">{f.raterEmail}</kat-table-cell>
                            </kat-table-row>
                          ))}
                        </kat-table-body>
                      </kat-table>
                      <Pagination total={res.data.total} page={page} onPage={setPage} />
                    </>
                  )}
                </feedback-list>
              </kat-tab>
            </kat-tabs>
          </div>
        </div>
      </home>
    </my-app>
  );
}
