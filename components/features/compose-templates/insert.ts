/**
 * Putting text into the page's reply box, which is React-controlled (its value lives in React state: a
 * plain `.value =` is lost on the next render and leaves Send disabled).
 *
 * First choice: `document.execCommand('insertText')` on the focused textarea, which fires the native
 * `beforeinput`/`input` events React listens to AND keeps the browser's undo stack (Ctrl+Z takes the
 * template out again). When that is unavailable or does not produce the expected value, the native
 * value setter plus a bubbling, composed `input` event (React's onChange sees it; no native undo).
 * The selection that was in the box when the picker opened is replaced; afterwards the caret sits after
 * the inserted text, or a given part of it (the first placeholder) is selected.
 */

export interface TextRange { start: number; end: number }

/** The value after replacing [start, end) with text, and where the inserted text lies. Pure. */
export function spliceText(value: string, range: TextRange, text: string): { value: string; replaced: TextRange; inserted: TextRange } {
  const start = Math.max(0, Math.min(range.start, value.length));
  const end = Math.max(start, Math.min(range.end, value.length));
  return { value: value.slice(0, start) + text + value.slice(end), replaced: { start, end }, inserted: { start, end: start + text.length } };
}

/** The first of the given placeholders in text (offsets into text), e.g. "[order id?]". Pure. */
export function firstPlaceholder(text: string, placeholders: readonly string[]): TextRange | undefined {
  let best: TextRange | undefined;
  for (const p of placeholders) {
    const at = text.indexOf(p);
    if (at >= 0 && (!best || at < best.start)) best = { start: at, end: at + p.length };
  }
  return best;
}

/** Sets a (React-controlled) textarea's value the way a user edit does: native setter + input event. */
export function setNativeValue(el: HTMLTextAreaElement, value: string, data?: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el) as object, 'value')?.set
    ?? Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  const view = el.ownerDocument.defaultView ?? window;
  const Input = view.InputEvent ?? view.Event;
  el.dispatchEvent(new Input('input', { bubbles: true, composed: true, ...(data !== undefined ? { inputType: 'insertText', data } : {}) }));
}

export interface InsertResult {
  ok: boolean;
  /** true when the browser's undo stack has the insertion (execCommand was used) */
  undoable: boolean;
  inserted: TextRange;
}

/**
 * Inserts text at range (default: the current selection) and selects `select` (offsets into text) or
 * puts the caret after the text.
 */
export function insertIntoTextarea(el: HTMLTextAreaElement, text: string, range?: TextRange, select?: TextRange): InsertResult {
  const before = el.value;
  const target = range ?? { start: el.selectionStart, end: el.selectionEnd };
  const expected = spliceText(before, target, text);
  el.focus();
  el.setSelectionRange(expected.replaced.start, expected.replaced.end);
  let undoable = false;
  try {
    const doc = el.ownerDocument;
    const focused = (el.getRootNode() as Document | ShadowRoot).activeElement === el;
    undoable = focused && typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text) && el.value === expected.value;
  } catch {
    undoable = false;
  }
  if (!undoable && el.value !== expected.value) setNativeValue(el, expected.value, text);
  const { start } = expected.inserted;
  if (select) el.setSelectionRange(start + select.start, start + select.end);
  else el.setSelectionRange(expected.inserted.end, expected.inserted.end);
  return { ok: el.value === expected.value, undoable, inserted: expected.inserted };
}
