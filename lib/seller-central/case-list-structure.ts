/**
 * Finding a messaging case list by what cannot change without changing the product (seller-central-pages.md,
 * "Living with what is unknown"): repeated sibling elements that each carry an order id (`\d{3}-\d{7}-\d{7}`) or a
 * link to a case (a UUID in `cc=`/`ss=`), and a time the seller can read. Used when no known layout's selectors
 * match (renamed classes, extra wrappers, rows in shadow roots). Reads the DOM tree only (no layout, no properties).
 */
import { collapseSpace } from './deep-query';
import { parseListTime } from './list-time';

export const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/g;
const CASE_IN_URL = /[?&](?:cc|ss)=([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/** Opens a shadow root of an element when the caller can (an extension can open closed ones: chrome.dom). */
export type ShadowOpener = (element: Element) => ShadowRoot | null;
export const openShadowOnly: ShadowOpener = (element) => element.shadowRoot;

/** An element (not a shadow root), without relying on the page's globals (adapters also run on detached documents). */
const isElement = (node: Element | ShadowRoot): node is Element => node.nodeType === 1;

/**
 * Elements that can host a shadow root (attachShadow's list; custom elements' names have a hyphen): the opener is
 * asked for these only (chrome.dom.openOrClosedShadowRoot on each of a list's ~20,000 elements costs).
 */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span']);
export const canHostShadow = (el: Element): boolean => SHADOW_HOSTS.has(el.localName) || el.localName.includes('-');

const elementChildren = (node: Element | ShadowRoot): Element[] => {
  const out: Element[] = [];
  for (let c = node.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
};

/** Element children of a node, with an element's shadow root content in place of its light children when it has one. */
export function childrenOf(node: Element | ShadowRoot, open: ShadowOpener): Element[] {
  if (isElement(node) && canHostShadow(node)) {
    const shadow = open(node);
    if (shadow) {
      const inner = elementChildren(shadow).filter((c) => c.tagName !== 'STYLE' && c.tagName !== 'SLOT');
      // a component whose shadow root only re-projects its children keeps the light children as content
      if (inner.length > 0 && !(inner.length === 1 && inner[0]!.querySelector('slot') && !inner[0]!.textContent?.trim())) {
        for (let c = node.firstElementChild; c; c = c.nextElementSibling) inner.push(c);
        return inner;
      }
    }
  }
  return elementChildren(node);
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);
const LABELLED = new Set(['KAT-LABEL', 'KAT-BADGE']);

/** Text directly inside a node (its text children, joined by spaces), spaces collapsed and trimmed. */
function ownText(node: Element | ShadowRoot): string {
  let own = '';
  let first = true;
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 3) continue;
    own += first ? n.textContent ?? '' : ` ${n.textContent ?? ''}`;
    first = false;
  }
  return own ? collapseSpace(own) : '';
}

/** Leaf texts of an element in document order, shadow roots included (each trimmed, empties dropped). */
export function leafTexts(el: Element, open: ShadowOpener, limit = 40): string[] {
  // a leaf (a row's cell, a label): its one text without the walk (a list's first read does this for every cell)
  if (LABELLED.has(el.tagName) || (!el.firstElementChild && !(canHostShadow(el) && open(el)))) {
    const text = collapseSpace(el.getAttribute('text') ?? el.getAttribute('label') ?? el.textContent ?? '');
    return text && limit > 0 ? [text] : [];
  }
  const out: string[] = [];
  const walk = (node: Element | ShadowRoot): void => {
    if (out.length >= limit) return;
    const kids = childrenOf(node, open);
    if (kids.length === 0 || (isElement(node) && LABELLED.has(node.tagName))) {
      const label = isElement(node) ? node.getAttribute('text') ?? node.getAttribute('label') : null;
      const text = collapseSpace(label ?? node.textContent ?? '');
      if (text) out.push(text);
      return;
    }
    // text directly inside a mixed element ("Order ID: <a>…</a>") counts with its element
    const own = ownText(node);
    if (own) out.push(own);
    for (const kid of kids) {
      if (kid.hasAttribute('data-si') || SKIPPED.has(kid.tagName)) continue;
      walk(kid);
    }
  };
  walk(el);
  return out;
}

/** A case id the element links to (its own href or a descendant's), when there is one. */
export function caseIdIn(el: Element): string | undefined {
  const links = [el, ...el.querySelectorAll('[href]')];
  for (const link of links) {
    const match = CASE_IN_URL.exec(link.getAttribute('href') ?? '');
    if (match) return match[1]!.toLowerCase();
  }
  return undefined;
}

const carriesCase = (el: Element, open: ShadowOpener): boolean =>
  caseIdIn(el) !== undefined || leafTexts(el, open).some((t) => new RegExp(ORDER_ID.source).test(t));

/** Every element under `root`, shadow roots included (depth first, bounded). */
function allElements(root: ParentNode, open: ShadowOpener, max = 60_000): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [...root.children].reverse();
  while (stack.length > 0 && out.length < max) {
    const el = stack.pop()!;
    if (el.hasAttribute('data-si')) continue;
    out.push(el);
    stack.push(...childrenOf(el, open).reverse());
  }
  return out;
}

/** Parent of an element through shadow boundaries (a shadow root's host). */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

export interface StructuralList {
  container: Element;
  rows: Element[];
}

/**
 * The case list by structure: the element with the most children that each carry an order id or a case link
 * (two at least), and its children that look like those rows (same tag, a readable time). Null when none.
 */
export function findCaseListByStructure(root: ParentNode, now: number, zone: string, open: ShadowOpener = openShadowOnly): StructuralList | null {
  const anchors = allElements(root, open).filter((el) => {
    if (el.children.length > 0 && !(canHostShadow(el) && open(el))) {
      // only the innermost carriers: an element whose own text or href names an order or case
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' ');
      return new RegExp(ORDER_ID.source).test(own) || CASE_IN_URL.test(el.getAttribute('href') ?? '');
    }
    return new RegExp(ORDER_ID.source).test(el.getAttribute('text') ?? el.textContent ?? '') || CASE_IN_URL.test(el.getAttribute('href') ?? '');
  });
  const counts = new Map<Element, Set<Element>>();
  for (const anchor of anchors) {
    let child: Element = anchor;
    for (let parent = parentOf(anchor); parent; child = parent, parent = parentOf(parent)) {
      const set = counts.get(parent) ?? new Set<Element>();
      set.add(child);
      counts.set(parent, set);
    }
  }
  let best: { container: Element; kids: Set<Element> } | undefined;
  for (const [container, kids] of counts) {
    if (kids.size < 2) continue;
    // the list is the innermost element with the most carrying children
    if (!best || kids.size > best.kids.size || (kids.size === best.kids.size && best.container.contains(container))) best = { container, kids };
  }
  if (!best) return null;
  const tags = new Map<string, number>();
  for (const kid of best.kids) tags.set(kid.tagName, (tags.get(kid.tagName) ?? 0) + 1);
  const tag = [...tags].sort((a, b) => b[1] - a[1])[0]![0];
  const rows = childrenOf(best.container, open).filter((el) => el.tagName === tag
    && (best.kids.has(el) || carriesCase(el, open) || leafTexts(el, open).some((t) => parseListTime(t, now, zone) !== undefined)));
  // rows must show a time: a list of order ids without times (say, an order table) is not a case list
  const timed = rows.filter((el) => leafTexts(el, open).some((t) => parseListTime(t, now, zone) !== undefined));
  return timed.length * 2 >= rows.length && timed.length >= 2 ? { container: best.container, rows: timed } : null;
}
