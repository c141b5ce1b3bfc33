/** Hash routing of the options page: `#/settings`, `#/blacklist`… (bookmarkable, no history API needed). */
import { useEffect, useState } from 'react';

export const routeFromHash = (hash: string, known: readonly string[], fallback: string): string => {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return known.includes(id) ? id : fallback;
};

export function useHashRoute(known: readonly string[], fallback: string): string {
  const [route, setRoute] = useState(() => routeFromHash(location.hash, known, fallback));
  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(location.hash, known, fallback));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [known, fallback]);
  return route;
}
