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

/** Trimmed text with runs of white space collapsed; '' for none. */
export const textOf = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A `<time datetime>` (or any attribute) as a normalised ISO string, undefined when absent or unparsable. */
export function isoFrom(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
