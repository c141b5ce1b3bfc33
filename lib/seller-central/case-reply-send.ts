/**
 * Sending a reply through the open case's own reply box (inbox v3), and telling that it went, for the page driver's
 * `case-reply` and `case-read` actions (components/page-actions/). The box is found by case-view-reply.ts.
 *
 * Evidence:
 * - the reply text lives in a `kat-textarea` whose real `<textarea>` sits in its open shadowRoot (H); a script
 *   sets the value and dispatches `input` with `bubbles` and `composed` (M-H: the Contact Buyer page, the same
 *   component, in a production extension). The app is React-style (M): a value set without the element's own
 *   setter and an input event is lost on its next render, so the native setter is used and `input` and `change`
 *   are dispatched; whether the app took it is checked (the value stays, Send becomes enabled).
 * - Send is a `kat-button` whose real `<button>` is in its shadowRoot (H); its label "Send" (M).
 * - a sent reply shows up as the newest seller message of the conversation (replica only: the page's behaviour after
 *   Send is not public; it is what a seller sees, so it is what we check), compared with whitespace normalised.
 * - a failed send: an alert in the reply box (`[role=alert]`, replica only).
 * Pure over the elements it is given (no extension API).
 */
import type { ThreadPageMessage } from './thread-page';

/** Whitespace collapsed, trimmed: the page may re-wrap lines or trim what was typed. */
export const normaliseText = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Message times show minutes only, in Amazon's clock, which may differ from this computer's: a message counts from
 * this long before `since` on.
 */
export const SINCE_SLACK_MS = 5 * 60_000;

/** How many of the seller's messages carry `text` (whitespace normalised); only those at or after `since` when given. */
export function sellerMessagesWith(messages: readonly ThreadPageMessage[], text: string, since?: number): number {
  const wanted = normaliseText(text);
  if (!wanted) return 0;
  return messages.filter((m) => {
    if (m.sender !== 'seller' || !normaliseText(m.text).includes(wanted)) return false;
    if (since !== undefined && m.sentAt && Date.parse(m.sentAt) < since - SINCE_SLACK_MS) return false;
    return true;
  }).length;
}

/** The real button of a component host (kat-button's shadow `<button>`), or the element itself. */
export function realButton(el: Element): HTMLElement {
  const inner = el.shadowRoot?.querySelector('button');
  return (inner ?? el) as HTMLElement;
}

/** A button the page has disabled (the host's attribute, aria-disabled, or the real button's own flag). */
export function isDisabled(el: Element): boolean {
  if (el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true') return true;
  const real = realButton(el);
  return real !== el && (real as HTMLButtonElement).disabled === true;
}

/**
 * Types `text` into a textarea the way a person's typing reaches a React-style app: the prototype's own value setter
 * (a framework that wraps the element's `value` sees a change) and `input` + `change` events that cross shadow roots.
 */
export function typeInto(textarea: HTMLTextAreaElement, text: string): void {
  const view = textarea.ownerDocument.defaultView;
  const proto = view ? view.HTMLTextAreaElement.prototype : Object.getPrototypeOf(textarea) as HTMLTextAreaElement;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(textarea, text);
  else textarea.value = text;
  const EventCtor = view?.Event ?? Event;
  textarea.dispatchEvent(new EventCtor('input', { bubbles: true, composed: true }));
  textarea.dispatchEvent(new EventCtor('change', { bubbles: true, composed: true }));
}

/** The page took the text: the textarea holds it (whitespace normalised). */
export const holdsText = (textarea: HTMLTextAreaElement, text: string): boolean => normaliseText(textarea.value) === normaliseText(text);

/** Clicks the page's own button (the real one inside a kat-button). */
export function clickButton(el: Element): void {
  realButton(el).click();
}

/** The error the reply box shows after a failed send, if any (replica only: `[role=alert]` in the box). */
export function replyError(box: ParentNode): string | undefined {
  const alert = box.querySelector('[role="alert"]');
  const text = alert ? normaliseText(alert.textContent ?? '') : '';
  return text || undefined;
}
