/**
 * The templates section's own part of the hash: `#/templates` is the list, `#/templates/new` a new
 * template, `#/templates/<id>` the editor of one (bookmarkable; Back works).
 */
import { useCallback, useEffect, useState } from 'react';

export type TemplateRoute = { view: 'list' } | { view: 'new' } | { view: 'edit'; id: string };

export function templateRouteFromHash(hash: string): TemplateRoute {
  const [, sub] = /^#\/?templates\/([^?]+)/.exec(hash) ?? [];
  if (!sub) return { view: 'list' };
  if (sub === 'new') return { view: 'new' };
  try {
    return { view: 'edit', id: decodeURIComponent(sub) };
  } catch {
    return { view: 'list' };
  }
}

export const hashFor = (r: TemplateRoute): string =>
  r.view === 'list' ? '#/templates' : r.view === 'new' ? '#/templates/new' : `#/templates/${encodeURIComponent(r.id)}`;

export function useTemplateRoute(): [TemplateRoute, (r: TemplateRoute) => void] {
  const [route, setRoute] = useState(() => templateRouteFromHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(templateRouteFromHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((r: TemplateRoute) => {
    location.hash = hashFor(r);
    setRoute(r);
  }, []);
  return [route, go];
}
