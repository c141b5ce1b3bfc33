/** The page header (title, metrics period) and the left navigation: filters with counts and the metrics card. */
import type { V3Counts, V3Filter } from '../../../server/api-types';
import { useJson } from '../../use-json';
import { L3 } from './labels';
import { C } from './names';
import { useReloadOn } from './shadow';
import { metricsRange } from './time';
import { COUNTS_API, filterHref } from './url';

export function V3Header() {
  return (
    <div className={C.header}>
      <h1>{L3.title}</h1>
      <span className={C.metricsRange}>{L3.metrics(metricsRange())}</span>
    </div>
  );
}

const FILTERS: { fi: V3Filter; label: string; count?: keyof V3Counts }[] = [
  { fi: 'responseNeeded', label: L3.filterResponseNeeded, count: 'responseNeeded' },
  { fi: 'all', label: L3.filterAll, count: 'all' },
  { fi: 'sent', label: L3.filterSent },
  { fi: 'resolved', label: L3.filterResolved },
];

/** Filter links change only the query (the router turns kat-link clicks into pushState). */
export function V3Nav({ selected, version }: { selected: V3Filter; version: number }) {
  const [res, reload] = useJson<V3Counts>(COUNTS_API);
  useReloadOn(version, reload);
  const counts = res.state === 'ok' ? res.data : null;
  return (
    <nav className={C.nav} aria-label={L3.filters}>
      {FILTERS.map((f) => (
        <kat-link key={f.fi} className={f.fi === selected ? `${C.navFilter} ${C.navFilterSelected}` : C.navFilter} href={filterHref(f.fi)}
          aria-current={f.fi === selected ? 'page' : undefined}>
          {f.label}{f.count && counts ? <> <span className={C.navCount}>{counts[f.count]}</span></> : null}
        </kat-link>
      ))}
      <kat-box className={C.metricsCard}>
        <div className={C.metricsLabel}>{L3.filterResponseNeeded}</div>
        <div className={C.metricsValue}>{counts ? counts.responseNeeded : '–'}</div>
      </kat-box>
    </nav>
  );
}
