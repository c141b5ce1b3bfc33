/**
 * The start part's UIs in plain DOM (README, "Architecture": React ships only in the on-demand part). A tiny typed
 * element helper and explicit updates: a UI builds its elements once and its update function sets only the texts,
 * attributes and parts that changed; nothing is rendered again as a whole.
 *
 *   const button = h('button', { type: 'button', class: 'next', 'aria-pressed': false }, ['Next'], { click: go });
 *   setAttr(button, 'aria-pressed', true);  setText(label, 'Sort:');  syncChildren(line, [text, done && doneMark]);
 *
 * Attribute values as React wrote them: `aria-*` and `data-*` as text ("true"/"false"), other booleans present ('')
 * or absent; null or undefined: absent. Listeners that change data should be wrapped in ctx.guard by the feature
 * (a throw is the feature's problem, the runner's notice says so).
 */

export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Readonly<Record<string, AttrValue>>;
export type Child = Node | string | false | null | undefined;
export type Listeners = { readonly [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };

/** Sets (or removes) one attribute, only when its value changes. */
export function setAttr(el: Element, name: string, value: AttrValue): void {
  let text: string | null;
  if (value === null || value === undefined) text = null;
  else if (typeof value === 'boolean') text = name.startsWith('aria-') || name.startsWith('data-') ? String(value) : value ? '' : null;
  else text = String(value);
  if (el.getAttribute(name) === text) return;
  if (text === null) el.removeAttribute(name);
  else el.setAttribute(name, text);
}

/** Sets an element's text, only when it changes (its children are replaced by one text node). */
export function setText(el: Node, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** One element with its attributes, children (nodes or texts; false/null/undefined left out) and listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, children: readonly Child[] = [], on: Listeners = {}): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) setAttr(el, name, value);
  for (const child of children) if (child !== false && child !== null && child !== undefined) el.append(child);
  for (const [type, listener] of Object.entries(on)) el.addEventListener(type, listener as EventListener);
  return el;
}

/**
 * Makes `parent`'s children exactly `wanted` (false/null/undefined left out), in that order, moving or removing only
 * what differs: the parts of a UI that show or not (a status, a failed line) are built once and put in or taken out.
 */
export function syncChildren(parent: Node, wanted: readonly (Node | false | null | undefined)[]): void {
  let cursor = parent.firstChild;
  for (const node of wanted) {
    if (!node) continue;
    if (node === cursor) {
      cursor = cursor.nextSibling;
      continue;
    }
    parent.insertBefore(node, cursor);
  }
  while (cursor) {
    const next: ChildNode | null = cursor.nextSibling;
    parent.removeChild(cursor);
    cursor = next;
  }
}

/**
 * A list of elements kept by key (a feature's problem, a page check's line): an item whose key stays keeps its
 * element (updated), a new key gets a new one, a key gone removes its element. Returns the elements in order, for
 * syncChildren.
 */
export function keyedList<T>(make: (item: T) => Element, update: (el: Element, item: T) => void): (items: readonly T[], key: (item: T) => string) => Element[] {
  let shown = new Map<string, Element>();
  return (items, key) => {
    const next = new Map<string, Element>();
    for (const item of items) {
      const k = key(item);
      let el = shown.get(k);
      if (el) update(el, item);
      else el = make(item);
      next.set(k, el);
    }
    shown = next;
    return [...next.values()];
  };
}
