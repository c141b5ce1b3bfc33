/**
 * Fetch JSON for a page; `reload()` fetches again (keeping the old data meanwhile).
 * Answers for a URL no longer wanted (after navigation) are dropped.
 */
import { useCallback, useEffect, useState } from 'react';
import { getJson } from './api';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ok'; data: T };

export function useJson<T>(url: string | null): [Loadable<T>, () => void] {
  const [stored, setStored] = useState<{ url: string; result: Loadable<T> } | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!url) return;
    let live = true;
    getJson<T>(url).then(
      (data) => { if (live) setStored({ url, result: { state: 'ok', data } }); },
      (err: unknown) => {
        if (live) setStored({ url, result: { state: 'error', message: err instanceof Error ? err.message : String(err) } });
      },
    );
    return () => { live = false; };
  }, [url, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return [stored && stored.url === url ? stored.result : { state: 'loading' }, reload];
}
