/**
 * Finding the open case's pane by structure (when the known class names do not match): the nearest region around an
 * editable textarea (through the shadow roots it sits in) that holds repeated messages; the header is what comes
 * before the messages. Reads the DOM tree only.
 */
import { queryAllDeep } from './deep-query';

/** Parent of an element through shadow boundaries (a shadow root's host). */
export function hostParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode as ShadowRoot | null;
  return root && root.host ? root.host : null;
}

/** Elements without element children that show text, in document order (light DOM; our own nodes skipped). */
export function leafElements(el: Element, limit = 60): Element[] {
  const out: Element[] = [];
  const walk = (node: Element): void => {
    if (out.length >= limit || node.hasAttribute('data-si') || ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return;
    const kids = [...node.children];
    const label = node.getAttribute('text') ?? node.getAttribute('label');
    if (kids.length === 0 || label) {
      if ((label ?? node.textContent ?? '').trim()) out.push(node);
      return;
    }
    // text directly inside a mixed element ("Order ID: <a>…</a>") counts with the element
    const own = [...node.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim());
    if (own) {
      out.push(node);
      return;
    }
    for (const kid of kids) walk(kid);
  };
  walk(el);
  return out;
}

export interface StructuralPane { pane: Element; messages: Element; header?: Element }

const MAX_LEVELS = 8;

/** The element under `scope` whose children look most like messages (at least one; most of its children). */
function messagesIn(scope: Element, avoid: Element, isMessage: (el: Element) => boolean): Element | undefined {
  let best: { el: Element; n: number } | undefined;
  for (const el of scope.querySelectorAll('*')) {
    if (el.contains(avoid) || avoid.contains(el) || el.children.length === 0 || el.closest('[data-si]')) continue;
    const kids = [...el.children];
    const n = kids.filter((k) => leafElements(k).length >= 2 && isMessage(k)).length;
    if (n === 0 || n * 2 < kids.length) continue;
    if (!best || n > best.n || (n === best.n && best.el.contains(el))) best = { el, n };
  }
  return best?.el;
}

/** The pane around the first editable textarea that has messages near it, or null. */
export function paneAround(root: ParentNode, isMessage: (el: Element) => boolean): StructuralPane | null {
  for (const textarea of queryAllDeep(root, 'textarea')) {
    if ((textarea as HTMLTextAreaElement).readOnly || textarea.closest('[data-si]')) continue;
    let child: Element = textarea;
    let level = 0;
    for (let parent = hostParent(textarea); parent && level < MAX_LEVELS; child = parent, parent = hostParent(parent), level++) {
      if (parent.tagName === 'BODY' || parent.tagName === 'HTML') break;
      const messages = messagesIn(parent, child, isMessage);
      if (!messages) continue;
      // the header: the part of the pane just before the one holding the messages
      let part: Element = messages;
      while (part.parentElement && part.parentElement !== parent) part = part.parentElement;
      let header = part.previousElementSibling;
      while (header && !(header.textContent ?? '').trim()) header = header.previousElementSibling;
      return { pane: parent, messages, ...(header ? { header } : {}) };
    }
  }
  return null;
}
