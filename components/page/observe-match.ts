/**
 * The matching half of observe() (observe.ts): which elements under one root (an added subtree, a shadow root) each
 * registration wants. A page's first list render adds hundreds of roots (each row, each row's Katal shadow root), so
 * the distinct selectors of all registrations are asked in ONE querySelectorAll per root (the elements found are then
 * told apart per selector), not one per selector; an invalid selector falls back to asking each on its own, so only
 * its registrations get the error.
 */

export type Matcher = string | ((element: Element) => boolean);

export interface Registration {
  matcher: Matcher;
  onElement: (element: Element) => void | Promise<void>;
  onError: (error: unknown) => void;
  signal: AbortSignal;
  seen: WeakSet<Element>;
  /** the elements may be inside shadow roots (else: in the page's own tree only; see observe's `lightDomOnly`) */
  deep: boolean;
}

export type Root = Document | ShadowRoot | Element;

export const OUR_NODES = '[data-si]';

interface Prepared {
  live: Registration[];
  selectors: string[];
  /** every selector in one list, when no registration has a predicate (else each root is walked anyway) */
  any?: string;
}
/** one flush asks hundreds of roots with the same registrations: what is made of them is made once per array */
const preparedOf = new WeakMap<readonly Registration[], Prepared>();
function prepared(regs: readonly Registration[]): Prepared {
  let made = preparedOf.get(regs);
  if (made && made.live.every((reg) => !reg.signal.aborted)) return made;
  const live = regs.filter((reg) => !reg.signal.aborted);
  const selectors = [...new Set(live.map((reg) => reg.matcher).filter((m): m is string => typeof m === 'string'))];
  made = { live, selectors, ...(selectors.length > 0 && live.every((reg) => typeof reg.matcher === 'string') ? { any: selectors.join(', ') } : {}) };
  preparedOf.set(regs, made);
  return made;
}

/** Whether anything under `root` (or the root) matches the selector list; an invalid list says yes (asked one by one). */
function matchesUnder(root: Root, list: string): boolean {
  try {
    return root.querySelector(list) !== null || (root instanceof Element && root.matches(list));
  } catch {
    return true;
  }
}

/** Elements matching each selector under `root` (the root itself first when it matches), in document order. */
function querySelectors(root: Root, selectors: readonly string[]): Map<string, Element[] | Error> {
  const out = new Map<string, Element[] | Error>();
  const one = (selector: string): Element[] | Error => {
    try {
      const found = [...root.querySelectorAll(selector)];
      if (root instanceof Element && root.matches(selector)) found.unshift(root);
      return found;
    } catch (error) {
      return error as Error;
    }
  };
  if (selectors.length < 2) {
    for (const selector of selectors) out.set(selector, one(selector));
    return out;
  }
  let all: Element[];
  let rootMatches: boolean;
  try {
    const list = selectors.join(', ');
    all = [...root.querySelectorAll(list)];
    rootMatches = root instanceof Element && root.matches(list);
  } catch {
    for (const selector of selectors) out.set(selector, one(selector));
    return out;
  }
  for (const selector of selectors) {
    const found = all.length > 0 ? all.filter((el) => el.matches(selector)) : [];
    if (rootMatches && (root as Element).matches(selector)) found.unshift(root as Element);
    out.set(selector, found);
  }
  return out;
}

/**
 * Adds to `hits` the elements under `root` each registration wants and has not seen (outside our own UI); with `keep`,
 * only the elements it accepts (a parent asked once for the many children added to it: only what is in those).
 */
export function match(doc: Document, root: Root, regs: readonly Registration[], hits: Map<Registration, Element[]>,
  keep?: (el: Element) => boolean): void {
  const { live, selectors, any } = prepared(regs);
  // most roots of a list's first render (each row's Katal shadow roots) hold nothing anyone watches for: one question
  if (any !== undefined && !matchesUnder(root, any)) return;
  // features often watch the same selector: each distinct one is asked once per root
  const bySelector = selectors.length > 0 ? querySelectors(root, selectors) : new Map<string, Element[] | Error>();
  for (const reg of live) {
    let list = hits.get(reg);
    const take = (el: Element): void => {
      if (reg.seen.has(el) || (keep && !keep(el)) || el.closest(OUR_NODES)) return;
      reg.seen.add(el);
      if (!list) hits.set(reg, (list = []));
      list.push(el);
    };
    try {
      if (typeof reg.matcher === 'string') {
        const found = bySelector.get(reg.matcher);
        if (found instanceof Error) throw found;
        for (const el of found ?? []) take(el);
      } else {
        if (root instanceof Element && reg.matcher(root)) take(root);
        const walker = doc.createTreeWalker(root, 1);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (reg.matcher(n as Element)) take(n as Element);
        }
      }
    } catch (error) {
      reg.onError(error);
    }
  }
}

/** How many elements added to one parent in a frame make it cheaper to ask the parent once than each of them. */
export const SIBLINGS_ASKED_TOGETHER = 8;

/**
 * The added elements of a frame to ask: siblings added in numbers (a list's rows) are asked through their parent
 * once, keeping only what is inside them; the others one by one.
 */
export function groupAdded(added: readonly Element[]): { one: Element[]; byParent: Map<Element, Set<Element>> } {
  const siblings = new Map<Element, Element[]>();
  const one: Element[] = [];
  for (const el of added) {
    const parent = el.parentElement;
    if (!parent) {
      one.push(el);
      continue;
    }
    const list = siblings.get(parent);
    if (list) list.push(el);
    else siblings.set(parent, [el]);
  }
  const byParent = new Map<Element, Set<Element>>();
  for (const [parent, list] of siblings) {
    if (list.length >= SIBLINGS_ASKED_TOGETHER) byParent.set(parent, new Set(list));
    else one.push(...list);
  }
  return { one, byParent };
}

/** Whether `el` is one of `roots` or inside one (walking up to `parent`). */
export function insideAny(el: Element, roots: ReadonlySet<Element>, parent: Element): boolean {
  for (let n: Element | null = el; n && n !== parent; n = n.parentElement) if (roots.has(n)) return true;
  return false;
}
