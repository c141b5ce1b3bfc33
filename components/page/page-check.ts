/**
 * The page check: what the features' readers found on this page view, per reader, for the quiet
 * notice ("What was read") and the popup. Generic on purpose: any reader (the inbox list of either
 * layout, the conversation, the reply box) reports
 *   reportPageCheck('inbox', { layout: 'legacy', items: 25, parts: { list: true, toolbar: true, rows: true } })
 * every time it has read the page; a new page view (the runner's) starts empty. Equal reports are
 * not repeated to listeners. No DOM, no extension API: the notice and the popup's answer read it.
 */

export interface PageCheck {
  /** which layout the reader recognised: 'v3', 'legacy', 'fallback' ... or 'none' */
  layout: string;
  /** how many rows, cases or messages it read */
  items: number;
  /** each part it looked for, and whether it was found */
  parts: Readonly<Record<string, boolean>>;
}

export interface PageCheckEntry extends PageCheck {
  /** the reader (or feature) that reported it */
  id: string;
}

export interface PageChecks {
  /** the page kind of this page view (inbox, thread ...), null before the first one */
  pageKind: string | null;
  checks: readonly PageCheckEntry[];
}

/** Layout name for "the reader did not recognise the page". */
export const LAYOUT_NONE = 'none';

let state: PageChecks = { pageKind: null, checks: [] };
const listeners = new Set<() => void>();

function set(next: PageChecks): void {
  state = next;
  for (const listener of [...listeners]) listener();
}

const same = (a: PageCheck, b: PageCheck): boolean =>
  a.layout === b.layout && a.items === b.items && JSON.stringify(a.parts) === JSON.stringify(b.parts);

/** A reader says what it found on this page view (replaces its earlier report). */
export function reportPageCheck(id: string, check: PageCheck): void {
  const entry: PageCheckEntry = { id, layout: check.layout, items: Math.max(0, Math.floor(check.items)), parts: { ...check.parts } };
  const index = state.checks.findIndex((c) => c.id === id);
  if (index >= 0 && same(state.checks[index]!, entry)) return;
  const checks = index >= 0 ? state.checks.map((c, i) => (i === index ? entry : c)) : [...state.checks, entry];
  set({ ...state, checks });
}

/** A new page view (the runner calls it on every load and in-app navigation). */
export function resetPageChecks(pageKind: string): void {
  if (state.pageKind === pageKind && state.checks.length === 0) return;
  set({ pageKind, checks: [] });
}

export const getPageChecks = (): PageChecks => state;

export function subscribePageChecks(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Parts a check says are missing. */
export const missingParts = (check: PageCheck): string[] =>
  Object.entries(check.parts).filter(([, found]) => !found).map(([part]) => part);

/** True when a check found its layout and every part. */
export const checkIsComplete = (check: PageCheck): boolean => check.layout !== LAYOUT_NONE && missingParts(check).length === 0;
