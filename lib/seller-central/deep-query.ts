/**
 * Selectors that also look inside OPEN shadow roots (Seller Central renders parts of its pages in
 * Katal components and micro-frontends with shadow roots). Closed roots stay invisible, as they must.
 * Works on not-yet-upgraded custom elements too: it only reads the DOM tree, never element properties.
 */

function shadowRootsUnder(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(el.shadowRoot);
  }
  return found;
}

/** First match in `root`, its light DOM first, then inside open shadow roots (depth first). */
export function queryDeep(root: ParentNode, selector: string): Element | null {
  const light = root.querySelector(selector);
  if (light) return light;
  for (const shadow of shadowRootsUnder(root)) {
    const hit = queryDeep(shadow, selector);
    if (hit) return hit;
  }
  return null;
}

/** Every match in `root` and in the open shadow roots under it. */
export function queryAllDeep(root: ParentNode, selector: string): Element[] {
  const hits = [...root.querySelectorAll(selector)];
  for (const shadow of shadowRootsUnder(root)) hits.push(...queryAllDeep(shadow, selector));
  return hits;
}

/** White space as a reader collapses it: every kind but U+FEFF, which shows as nothing and is part of a name as written. */
const SPACE_RUN = /[^\S\uFEFF]+/g;

/** A text as shown: runs of white space as one space, none at the ends; the zero-width U+FEFF kept (`trim()` and `\s` drop it). */
export function collapseSpace(text: string): string {
  // after the runs are one space each, an end has at most that one space (cheaper than a second pattern on every cell)
  const one = text.replace(SPACE_RUN, ' ');
  const start = one.charCodeAt(0) === 32 ? 1 : 0;
  const end = one.length > start && one.charCodeAt(one.length - 1) === 32 ? one.length - 1 : one.length;
  return start === 0 && end === one.length ? one : one.slice(start, end);
}

/** An element's text as shown (collapseSpace); '' for none. */
export const textOf = (el: Element | null | undefined): string => collapseSpace(el?.textContent ?? '');

/** A `<time datetime>` (or any attribute) as a normalised ISO string, undefined when absent or unparsable. */
export function isoFrom(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
