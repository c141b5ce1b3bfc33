/**
 * Analytics: response times (median, p90, share within 24 h) by marketplace and week, late responses,
 * message volume by category and hour, review requests sent and skipped, and feedback/review rates per
 * template with an A/B test. Filters: period and marketplace. Every table downloads as CSV.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { marketplaceById } from '../../../lib/marketplaces';
import { tableToCsv, type CsvCell, type ProportionTest } from '../../../lib/analytics';
import type { AnalyticsData } from '../../../lib/protocol/handlers/options-data-types';
import { useI18n } from '../../i18n';
import type { Translate } from '../../i18n';
import { Badge, Button, Card, EmptyState, Select, Table, type Column } from '../../ui';
import { downloadText } from '../blacklist/download';
import { sendRequest } from '../../messaging';
import { BarsChart, COLORS, LinesChart } from './charts';
import { buildView, compare, DEFAULT_FILTERS, enoughAnswers, MIN_ANSWERED, percent1, round1, type AnalyticsView, type Filters, type RangePreset } from './model';
import { reasonText } from '../campaigns/labels';
import './analytics.css';

const mpCode = (id: string): string => marketplaceById(id)?.code ?? id;
const catLabel = (t: Translate, c: string) => t(`tplCat_${c.replace(/-/g, '_')}`);

function useData() {
  const [data, setData] = useState<AnalyticsData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    sendRequest({ type: 'analytics/data' }).then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return { data, error };
}

export function AnalyticsPage() {
  const { t, locale } = useI18n();
  const { data, error } = useData();
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const view = useMemo(() => (data ? buildView(data, filters, new Date(), t('anAmazonRequest')) : null), [data, filters, t]);
  const num = useMemo(() => new Intl.NumberFormat(locale === 'zh_CN' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 1 }), [locale]);

  if (error) return <div className="si-notice si-notice--error" role="alert">{t('anLoadFailed', error)}</div>;
  if (!data || !view) return <div className="si-muted" aria-busy="true">{t('anLoading')}</div>;

  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const csv = (name: string, header: string[], rows: CsvCell[][]) => {
    const day = new Date().toISOString().slice(0, 10);
    downloadText(`seller-inbox-${name}-${day}.csv`, `\uFEFF${tableToCsv(header, rows)}`, 'text/csv;charset=utf-8');
  };
  const hours = (h: number | undefined) => (h === undefined ? '—' : t('anHoursValue', num.format(round1(h) ?? 0)));
  const pct = (x: number | undefined) => (x === undefined ? '—' : `${num.format(percent1(x) ?? 0)} %`);

  return (
    <div className="opt-sections an-page" data-si="analytics">
      <FilterBar view={view} filters={filters} set={set} />
      {view.totalEvents === 0 ? (
        <Card>
          <EmptyState icon="analytics" title={t('anNoEventsTitle')}>{t('anNoEventsBody')}</EmptyState>
        </Card>
      ) : (
        <>
          <div className="an-kpis" data-si="analytics-kpis">
            <Kpi label={t('anKpiReceived')} value={num.format(view.overall.received)} hint={t('anKpiReceivedHint', String(view.overall.pending), String(view.overall.noResponseNeeded))} />
            {enoughAnswers(view.overall.answered) ? (
              <>
                <Kpi label={t('anKpiMedian')} value={hours(view.overall.medianHours)} hint={t('anKpiAnswered', String(view.overall.answered))} />
                <Kpi label={t('anKpiP90')} value={hours(view.overall.p90Hours)} hint={t('anKpiP90Hint')} />
                <Kpi label={t('anKpiWithin', String(view.windowHours))} value={pct(view.overall.withinShare)} tone={tone(view.overall.withinShare, true)} hint={t('anKpiWithinHint', String(view.overall.counted))} />
                <Kpi label={t('anKpiLate')} value={pct(view.overall.lateRate)} tone={tone(view.overall.lateRate, false)} hint={t('anKpiLateHint', String(view.overall.late))} />
              </>
            ) : (
              <div className="si-notice" role="status" data-si="analytics-not-enough">
                {t('anNotEnoughData', String(MIN_ANSWERED), String(view.overall.answered))}
              </div>
            )}
          </div>

          <Card title={t('anWeekTitle')} description={t('anWeekDesc', view.zone)} actions={(
            <CsvButton id="weeks" onClick={() => csv('response-times-by-week', [t('anColWeek'), t('anColWeekStart'), t('anColReceived'), t('anColAnswered'), t('anColMedianH'), t('anColP90H'), t('anColWithinPct'), t('anColLate'), t('anColLatePct')],
              view.byWeek.map((w) => [w.week, w.start, w.stats.received, w.stats.answered, round1(w.stats.medianHours), round1(w.stats.p90Hours), percent1(w.stats.withinShare), w.stats.late, percent1(w.stats.lateRate)]))} />
          )}>
            <ChartOr empty={view.overall.answered === 0} t={t}>
              <LinesChart data={view.byWeek.map((w) => ({ week: w.week.slice(5), median: round1(w.stats.medianHours), p90: round1(w.stats.p90Hours) }))}
                x="week" unit=" h" label={t('anWeekTitle')} reference={{ y: view.windowHours, label: t('anDeadlineLine', String(view.windowHours)) }}
                series={[{ key: 'median', name: t('anSeriesMedian'), color: COLORS.accent }, { key: 'p90', name: t('anSeriesP90'), color: COLORS.slate, dashed: true }]} />
            </ChartOr>
          </Card>

          <div className="an-grid">
            <Card title={t('anLateTitle')} description={t('anLateDesc', String(view.windowHours))} actions={(
              <CsvButton id="late" onClick={() => csv('late-responses-by-week', [t('anColWeek'), t('anColOnTime'), t('anColLate'), t('anColLatePct')],
                view.byWeek.map((w) => [w.week, w.stats.counted - w.stats.late, w.stats.late, percent1(w.stats.lateRate)]))} />
            )}>
              <ChartOr empty={view.overall.counted === 0} t={t}>
                <BarsChart data={view.byWeek.map((w) => ({ week: w.week.slice(5), onTime: w.stats.counted - w.stats.late, late: w.stats.late }))} x="week" label={t('anLateTitle')}
                  series={[{ key: 'onTime', name: t('anSeriesOnTime'), color: COLORS.accentSoft, stack: 'a' }, { key: 'late', name: t('anSeriesLate'), color: COLORS.late, stack: 'a' }]} />
              </ChartOr>
            </Card>
            <Card title={t('anCategoryTitle')} description={t('anCategoryDesc')} actions={(
              <CsvButton id="categories" onClick={() => csv('messages-by-category', [t('anColCategory'), t('anColMessages')], view.categories.map((c) => [catLabel(t, c.category), c.count]))} />
            )}>
              <ChartOr empty={view.overall.received === 0} t={t}>
                <BarsChart data={view.categories.map((c) => ({ category: catLabel(t, c.category), count: c.count }))} x="category" layout="vertical" label={t('anCategoryTitle')}
                  series={[{ key: 'count', name: t('anColMessages'), color: COLORS.accent }]} />
              </ChartOr>
            </Card>
          </div>

          <Card title={t('anHourTitle')} description={filters.clock === 'seller' ? t('anHourDescSeller', view.zone) : t('anHourDescMarketplace')} actions={(
            <>
              <div className="an-segmented" role="radiogroup" aria-label={t('anClockLabel')}>
                {(['seller', 'marketplace'] as const).map((c) => (
                  <button key={c} type="button" role="radio" aria-checked={filters.clock === c} className="an-segmented__item"
                    onClick={() => set({ clock: c })} data-si={`analytics-clock-${c}`}>{t(c === 'seller' ? 'anClockSeller' : 'anClockMarketplace')}</button>
                ))}
              </div>
              <CsvButton id="hours" onClick={() => csv('messages-by-hour', [t('anColHour'), t('anColMessages')], view.hours.map((h) => [`${String(h.hour).padStart(2, '0')}:00`, h.count]))} />
            </>
          )}>
            <ChartOr empty={view.overall.received === 0} t={t}>
              <BarsChart data={view.hours.map((h) => ({ hour: String(h.hour).padStart(2, '0'), count: h.count }))} x="hour" label={t('anHourTitle')} height={200}
                series={[{ key: 'count', name: t('anColMessages'), color: COLORS.accent }]} />
            </ChartOr>
          </Card>

          <MarketplaceTable view={view} csv={csv} hours={hours} pct={pct} />
        </>
      )}

      <RequestsCard view={view} csv={csv} />
      <TemplatesCard view={view} csv={csv} pct={pct} />
    </div>
  );
}

const tone = (x: number | undefined, highIsGood: boolean): 'ok' | 'soon' | 'overdue' | undefined => {
  if (x === undefined) return undefined;
  const good = highIsGood ? x >= 0.95 : x <= 0.05;
  const bad = highIsGood ? x < 0.9 : x > 0.1;
  return good ? 'ok' : bad ? 'overdue' : 'soon';
};

function Kpi({ label, value, hint, tone: kind }: { label: string; value: string; hint?: string; tone?: 'ok' | 'soon' | 'overdue' }) {
  return (
    <div className={`an-kpi ${kind ? `an-kpi--${kind}` : ''}`}>
      <div className="an-kpi__label">{label}</div>
      <div className="an-kpi__value">{value}</div>
      {hint && <div className="an-kpi__hint">{hint}</div>}
    </div>
  );
}

function CsvButton({ id, onClick }: { id: string; onClick: () => void }) {
  const { t } = useI18n();
  return <Button size="sm" icon="download" onClick={onClick} data-si={`analytics-csv-${id}`} title={t('anCsvTitle')}>{t('anCsv')}</Button>;
}

function ChartOr({ empty, t, children }: { empty: boolean; t: Translate; children: ReactNode }) {
  return empty ? <div className="an-chart-empty">{t('anNothingInPeriod')}</div> : <>{children}</>;
}

function FilterBar({ view, filters, set }: { view: AnalyticsView; filters: Filters; set: (p: Partial<Filters>) => void }) {
  const { t } = useI18n();
  const presets: RangePreset[] = ['7', '30', '90', '365', 'all', 'custom'];
  return (
    <Card>
      <div className="opt-toolbar an-filters">
        <Select label={t('anPeriod')} value={filters.preset} onChange={(e) => set({ preset: e.currentTarget.value as RangePreset })} data-si="analytics-period"
          options={presets.map((p) => ({ value: p, label: t(`anPeriod_${p}`) }))} />
        {filters.preset === 'custom' && (
          <>
            <DateField label={t('anFrom')} value={filters.from} onChange={(from) => set({ from })} si="analytics-from" />
            <DateField label={t('anTo')} value={filters.to} onChange={(to) => set({ to })} si="analytics-to" />
          </>
        )}
        <Select label={t('anMarketplace')} value={filters.marketplaceId} onChange={(e) => set({ marketplaceId: e.currentTarget.value })} data-si="analytics-marketplace"
          options={[{ value: '', label: t('anAllMarketplaces') }, ...view.marketplaces.map((id) => ({ value: id, label: `${mpCode(id)} · ${marketplaceById(id)?.retailDomain ?? id}` }))]} />
        <div className="an-zone si-muted">{t('anZoneNote', view.zone)}</div>
      </div>
    </Card>
  );
}

function DateField({ label, value, onChange, si }: { label: string; value: string; onChange: (v: string) => void; si: string }) {
  return (
    <label className="si-field">
      <span className="si-field__label">{label}</span>
      <input type="date" className="si-input" value={value} onChange={(e) => onChange(e.currentTarget.value)} data-si={si} />
    </label>
  );
}

type Csv = (name: string, header: string[], rows: CsvCell[][]) => void;

function MarketplaceTable({ view, csv, hours, pct }: { view: AnalyticsView; csv: Csv; hours: (h?: number) => string; pct: (x?: number) => string }) {
  const { t } = useI18n();
  type Row = AnalyticsView['byMarketplace'][number];
  const columns: Column<Row>[] = [
    { id: 'mp', header: t('anColMarketplace'), cell: (r) => <span className="an-mp"><b>{mpCode(r.marketplaceId)}</b> <span className="si-muted">{marketplaceById(r.marketplaceId)?.retailDomain}</span></span> },
    { id: 'received', header: t('anColReceived'), align: 'end', cell: (r) => r.stats.received },
    { id: 'answered', header: t('anColAnswered'), align: 'end', cell: (r) => r.stats.answered },
    { id: 'median', header: t('anColMedian'), align: 'end', cell: (r) => hours(r.stats.medianHours) },
    { id: 'p90', header: t('anColP90'), align: 'end', cell: (r) => hours(r.stats.p90Hours) },
    { id: 'within', header: t('anColWithin', String(view.windowHours)), align: 'end', cell: (r) => pct(r.stats.withinShare) },
    { id: 'late', header: t('anColLateRate'), align: 'end', cell: (r) => <LateBadge rate={r.stats.lateRate} text={pct(r.stats.lateRate)} /> },
  ];
  return (
    <Card flush title={t('anMarketplaceTitle')} actions={(
      <CsvButton id="marketplaces" onClick={() => csv('response-times-by-marketplace', [t('anColMarketplace'), t('anColReceived'), t('anColAnswered'), t('anColMedianH'), t('anColP90H'), t('anColWithinPct'), t('anColLate'), t('anColLatePct')],
        view.byMarketplace.map((r) => [mpCode(r.marketplaceId), r.stats.received, r.stats.answered, round1(r.stats.medianHours), round1(r.stats.p90Hours), percent1(r.stats.withinShare), r.stats.late, percent1(r.stats.lateRate)]))} />
    )}>
      <Table columns={columns} rows={view.byMarketplace} rowKey={(r) => r.marketplaceId} caption={t('anMarketplaceTitle')}
        empty={<div className="an-chart-empty">{t('anNothingInPeriod')}</div>} />
    </Card>
  );
}

function LateBadge({ rate, text }: { rate: number | undefined; text: string }) {
  if (rate === undefined) return <span className="si-muted">—</span>;
  return <Badge tone={rate > 0.1 ? 'overdue' : rate > 0.04 ? 'soon' : 'ok'}>{text}</Badge>;
}

function RequestsCard({ view, csv }: { view: AnalyticsView; csv: Csv }) {
  const { t } = useI18n();
  const r = view.requests;
  const total = r.sent + r.skipped + r.failed + r.open + r.test;
  const reasonLabel = (id: string) => reasonText(t, id, undefined, []);
  return (
    <Card title={t('anRequestsTitle')} description={t('anRequestsDesc')} actions={(
      <CsvButton id="requests" onClick={() => csv('review-requests', [t('anColOutcome'), t('anColReason'), t('anColCount')], [
        [t('anReqSent'), '', r.sent], [t('anReqFailed'), '', r.failed], [t('anReqOpen'), '', r.open], [t('anReqTest'), '', r.test],
        ...r.skippedByReason.map((s): CsvCell[] => [t('anReqSkipped'), reasonLabel(s.reason), s.count]),
      ])} />
    )}>
      {total === 0 ? (
        <EmptyState icon="campaigns" title={t('anNoRequestsTitle')}>{t('anNoRequestsBody')}</EmptyState>
      ) : (
        <div className="an-requests">
          <div className="an-kpis an-kpis--small" data-si="analytics-requests">
            <Kpi label={t('anReqSent')} value={String(r.sent)} tone="ok" />
            <Kpi label={t('anReqSkipped')} value={String(r.skipped)} />
            <Kpi label={t('anReqFailed')} value={String(r.failed)} tone={r.failed ? 'overdue' : undefined} />
            <Kpi label={t('anReqOpen')} value={String(r.open + r.test)} hint={r.test ? t('anReqTestHint', String(r.test)) : undefined} />
          </div>
          {r.skippedByReason.length > 0 ? (
            <div>
              <h3 className="opt-section-title">{t('anSkipReasons')}</h3>
              <BarsChart data={r.skippedByReason.map((s) => ({ reason: reasonLabel(s.reason), count: s.count }))} x="reason" layout="vertical" xWidth={190}
                height={Math.max(120, 26 * r.skippedByReason.length + 30)} label={t('anSkipReasons')} series={[{ key: 'count', name: t('anColCount'), color: COLORS.amber }]} />
            </div>
          ) : <div className="an-chart-empty">{t('anNoSkips')}</div>}
        </div>
      )}
    </Card>
  );
}

function TemplatesCard({ view, csv, pct }: { view: AnalyticsView; csv: Csv; pct: (x?: number) => string }) {
  const { t } = useI18n();
  const o = view.outcomes;
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const idA = a || o[0]?.templateId || '';
  const idB = b || o.find((x) => x.templateId !== idA)?.templateId || '';
  const result = compare(o, idA, idB);
  type Row = (typeof o)[number];
  const columns: Column<Row>[] = [
    { id: 'tpl', header: t('anColTemplate'), cell: (r) => view.templateName(r.templateId) },
    { id: 'asked', header: t('anColAsked'), align: 'end', cell: (r) => r.asked },
    { id: 'fb', header: t('anColFeedback'), align: 'end', cell: (r) => r.feedback },
    { id: 'fbr', header: t('anColFeedbackRate'), align: 'end', cell: (r) => pct(r.feedbackRate) },
    { id: 'rv', header: t('anColReviews'), align: 'end', cell: (r) => r.reviews },
    { id: 'rvr', header: t('anColReviewRate'), align: 'end', cell: (r) => pct(r.reviewRate) },
  ];
  const options = o.map((x) => ({ value: x.templateId, label: view.templateName(x.templateId) }));
  return (
    <Card flush title={t('anTemplatesTitle')} description={t('anTemplatesDesc')} actions={(
      <CsvButton id="templates" onClick={() => csv('template-outcomes', [t('anColTemplate'), t('anColAsked'), t('anColFeedback'), t('anColFeedbackPct'), t('anColReviews'), t('anColReviewPct')],
        o.map((r) => [view.templateName(r.templateId), r.asked, r.feedback, percent1(r.feedbackRate), r.reviews, percent1(r.reviewRate)]))} />
    )}>
      <Table columns={columns} rows={o} rowKey={(r) => r.templateId} caption={t('anTemplatesTitle')}
        empty={<EmptyState icon="templates" title={t('anNoOutcomesTitle')}>{t('anNoOutcomesBody')}</EmptyState>} />
      {o.length >= 2 && (
        <div className="an-ab" data-si="analytics-ab">
          <div className="an-ab__pick">
            <Select label={t('anTemplateA')} value={idA} options={options} onChange={(e) => setA(e.currentTarget.value)} data-si="analytics-ab-a" />
            <span className="an-ab__vs">{t('anVs')}</span>
            <Select label={t('anTemplateB')} value={idB} options={options} onChange={(e) => setB(e.currentTarget.value)} data-si="analytics-ab-b" />
          </div>
          {result ? (
            <div className="an-ab__results">
              <AbResult title={t('anAbFeedback')} test={result.feedback} a={[result.a.feedback, result.a.asked]} b={[result.b.feedback, result.b.asked]} pct={pct} />
              <AbResult title={t('anAbReview')} test={result.review} a={[result.a.reviews, result.a.asked]} b={[result.b.reviews, result.b.asked]} pct={pct} />
            </div>
          ) : <div className="si-muted">{t('anAbPickTwo')}</div>}
        </div>
      )}
    </Card>
  );
}

function AbResult({ title, test, a, b, pct }: { title: string; test: ProportionTest; a: [number, number]; b: [number, number]; pct: (x?: number) => string }) {
  const { t } = useI18n();
  return (
    <div className="an-ab__result" data-si="analytics-ab-result">
      <div className="an-ab__title">{title}</div>
      <div className="an-ab__rates">
        <span><b>A</b> {pct(test.pA)} <span className="si-muted">({a[0]}/{a[1]})</span></span>
        <span><b>B</b> {pct(test.pB)} <span className="si-muted">({b[0]}/{b[1]})</span></span>
      </div>
      {test.enough ? (
        <div className="an-ab__verdict">
          <Badge tone={test.significant ? 'accent' : 'neutral'}>{test.significant ? t('anAbSignificant') : t('anAbNotSignificant')}</Badge>
          <span className="si-muted">{t('anAbStats', test.z.toFixed(2), test.pValue < 0.001 ? '< 0.001' : test.pValue.toFixed(3))}</span>
        </div>
      ) : (
        <div className="an-ab__verdict"><Badge tone="soon">{t('anAbNotEnough', String(test.minSample))}</Badge></div>
      )}
    </div>
  );
}
