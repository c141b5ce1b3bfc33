/**
 * The Contact Buyer page (`/messaging/contact?orderID=&marketplaceID=`, H), driven the way a seller uses it: the
 * contact reason, the message, an optional file, Send, the "Review message" dialog when it appears, and the success
 * alert read back. Runs in the page's document (the background's work tab); no request of its own.
 *
 * Evidence (seller-central-pages.md, "Contact a buyer about an order"): the markup below is M-H (a production
 * extension, XPaths in two other tools). NOT in the evidence: the reason radios' values and labels (see
 * contact-reasons.ts), the texts of the page's errors (any danger alert is read as "the page said no"), and what
 * the page does while it sends (we wait for the success alert, the dialog or an error, nothing else).
 */
import { putFileInInput, type PageFile } from './page-file';
import { queryDeep, textOf } from './deep-query';
import { chooseReviewReason, type ReasonOption } from './contact-reasons';

export const CONTACT_SELECTORS = {
  app: '#ayb-contact-buyer',
  header: '.ayb-contact-buyer-header h2',
  reason: 'kat-radiobutton[value]',
  textHost: '.contact-buyer-text-area kat-textarea',
  fileInput: 'div.contact-buyer-file-input input[type=file]',
  chip: '.file-attachment-list li',
  chipName: '.file-attachment-chip-file-name',
  send: 'kat-button.ayb-contact-form-send-button',
  dialog: 'div[role=dialog]',
  dialogSend: 'kat-button[label="Send"]',
  success: 'div.kat-alert-success-content',
  /** replica only: Amazon's error markup on this page is not public */
  error: 'kat-alert[variant="danger"], kat-alert[variant="error"], [role="alert"]',
} as const;

export type ContactPageFile = PageFile;
export interface ContactPageArgs { text: string; file?: ContactPageFile }

export type ContactPageOutcome =
  /** the page showed its success alert */
  | { kind: 'sent'; reason: string }
  /** stopped before Send was clicked: nothing went out */
  | { kind: 'not-sent'; detail: string; missing?: string[] }
  /** Send was clicked and no success came back: it may or may not have gone out */
  | { kind: 'unknown'; detail: string };

export interface ContactPageOptions {
  /** how long the form may take to show, and the answer after Send (default 20 s each) */
  timeoutMs?: number;
  pollMs?: number;
  /** test hooks (the kill tests): awaited just before the click and just after it */
  beforeClick?: () => Promise<void>;
  afterClick?: () => Promise<void>;
}

class Stopped extends Error {}

/**
 * The first truthy find() within timeoutMs: checked on every DOM change (a background tab runs timers at most once a
 * second) and on a timer (changes inside shadow roots are not seen by a document observer).
 */
function waitFor<T>(doc: Document, find: () => T | null | undefined | false, timeoutMs: number, pollMs: number, signal?: AbortSignal): Promise<T | undefined> {
  return new Promise<T | undefined>((resolve, reject) => {
    if (signal?.aborted) { reject(new Stopped('stopped')); return; }
    let done = false;
    const finish = (value: T | undefined, error?: Error): void => {
      if (done) return;
      done = true;
      observer?.disconnect();
      clearInterval(timer);
      clearTimeout(limit);
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error); else resolve(value);
    };
    const test = (): void => {
      if (done) return;
      try {
        const found = find();
        if (found) finish(found);
      } catch (e) { finish(undefined, e instanceof Error ? e : new Error(String(e))); }
    };
    const onAbort = (): void => finish(undefined, new Stopped('stopped'));
    const Observer = doc.defaultView?.MutationObserver;
    const observer = Observer ? new Observer(test) : undefined;
    observer?.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setInterval(test, pollMs);
    const limit = setTimeout(() => finish(undefined), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    test();
  });
}

/** The component's real control: in its open shadow root, else in its light DOM, else the element itself. */
function inner<T extends Element>(host: Element | null, selector: string): T | null {
  if (!host) return null;
  return (host.shadowRoot?.querySelector(selector) ?? host.querySelector(selector) ?? (host.matches(selector) ? host : null)) as T | null;
}

const isDisabled = (el: Element | null): boolean =>
  !el || el.hasAttribute('disabled') || (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';

/** Clicks a kat-button the way a person does: its real button when it has one. */
function press(host: Element): void {
  const button = inner<HTMLElement>(host, 'button') ?? (host as HTMLElement);
  button.click();
}

/** Sets a React-controlled field's value the way typing does (native setter + a bubbling, composed input event). */
export function typeInto(el: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  const view = el.ownerDocument.defaultView;
  const Input = view?.InputEvent ?? view?.Event ?? Event;
  el.dispatchEvent(new Input('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new (view?.Event ?? Event)('change', { bubbles: true, composed: true }));
}

const reasonOptions = (app: Element): { option: ReasonOption; host: Element }[] =>
  [...app.querySelectorAll(CONTACT_SELECTORS.reason)].map((host) => ({
    host,
    option: { value: host.getAttribute('value') ?? '', label: host.getAttribute('label') ?? textOf(host) ?? textOf(host.shadowRoot?.firstElementChild) },
  }));

const radioOf = (host: Element): HTMLInputElement | null => inner<HTMLInputElement>(host, 'input[type=radio]');
const isChecked = (host: Element): boolean => radioOf(host)?.checked === true || host.hasAttribute('checked') && host.getAttribute('checked') !== 'false';

const chipNames = (app: ParentNode): string[] =>
  [...app.querySelectorAll(CONTACT_SELECTORS.chip)].map((li) => textOf(li.querySelector(CONTACT_SELECTORS.chipName) ?? li));

/** Everything before the click: reason, text, file. Returns the Send button, or why nothing can be sent. */
async function fillForm(doc: Document, args: ContactPageArgs, timeoutMs: number, pollMs: number, signal?: AbortSignal):
  Promise<{ send: Element; reason: string; app: Element } | Extract<ContactPageOutcome, { kind: 'not-sent' }>> {
  const S = CONTACT_SELECTORS;
  const form = await waitFor(doc, () => {
    const app = doc.querySelector(S.app);
    const textarea = inner<HTMLTextAreaElement>(app?.querySelector(S.textHost) ?? null, 'textarea');
    const send = app?.querySelector(S.send);
    return app && textarea && send && app.querySelector(S.reason) ? { app, textarea, send } : undefined;
  }, timeoutMs, pollMs, signal);
  if (!form) {
    const app = doc.querySelector(S.app);
    const missing = !app ? ['app'] : [
      ...(app.querySelector(S.reason) ? [] : ['reason']),
      ...(inner(app.querySelector(S.textHost), 'textarea') ? [] : ['message']),
      ...(app.querySelector(S.send) ? [] : ['send']),
    ];
    return { kind: 'not-sent', detail: `the Contact Buyer form did not show (missing: ${missing.join(', ')})`, missing };
  }
  const { app, textarea, send } = form;

  const options = reasonOptions(app);
  const chosen = chooseReviewReason(options.map((o) => o.option));
  const host = chosen && options.find((o) => o.option.value === chosen.value)?.host;
  if (!chosen || !host) {
    return { kind: 'not-sent', detail: `no contact reason for a review request among: ${options.map((o) => o.option.label || o.option.value).join(', ')}`, missing: ['reason'] };
  }
  if (!isChecked(host)) (radioOf(host) ?? host as HTMLElement).click();
  if (!(await waitFor(doc, () => isChecked(host), 2_000, pollMs, signal))) return { kind: 'not-sent', detail: `the contact reason "${chosen.label}" could not be chosen` };

  typeInto(textarea, args.text);
  // React re-renders: the value must still be there a moment later
  if (!(await waitFor(doc, () => textarea.isConnected && textarea.value === args.text, 2_000, pollMs, signal))) {
    return { kind: 'not-sent', detail: 'the message did not stay in the message box' };
  }

  if (args.file) {
    const input = app.querySelector<HTMLInputElement>(S.fileInput);
    if (!input) return { kind: 'not-sent', detail: 'the page has no attachment input', missing: ['attachment'] };
    if (!putFileInInput(input, args.file)) return { kind: 'not-sent', detail: 'this browser cannot hand a file to the page' };
    const name = args.file.name;
    if (!(await waitFor(doc, () => chipNames(app).includes(name), 5_000, pollMs, signal))) {
      const error = textOf(app.querySelector(S.error));
      return { kind: 'not-sent', detail: `the page did not take the file ${name}${error ? `: ${error}` : ''}` };
    }
  }
  if (!(await waitFor(doc, () => !isDisabled(inner(send, 'button') ?? send) && !isDisabled(send), 3_000, pollMs, signal))) {
    return { kind: 'not-sent', detail: 'Send stayed disabled' };
  }
  return { send, reason: chosen.value, app };
}

/** The "Review message" confirmation's Send, when the dialog is open. */
function dialogSend(doc: Document): Element | undefined {
  for (const dialog of doc.querySelectorAll(CONTACT_SELECTORS.dialog)) {
    const send = dialog.querySelector(CONTACT_SELECTORS.dialogSend) ?? dialog.querySelector('kat-button[variant="primary"]');
    if (send) return send;
  }
  return undefined;
}

/**
 * Sends the message through the page. Before the click the entry that says "sending" must already be written by
 * the caller; after it only the success alert counts as sent.
 */
export async function sendOnContactPage(doc: Document, args: ContactPageArgs, signal?: AbortSignal, opts: ContactPageOptions = {}): Promise<ContactPageOutcome> {
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const pollMs = opts.pollMs ?? 100;
  let clicked = false;
  try {
    const form = await fillForm(doc, args, timeoutMs, pollMs, signal);
    if ('kind' in form) return form;
    const errorBefore = textOf(form.app.querySelector(CONTACT_SELECTORS.error));
    await opts.beforeClick?.();
    if (signal?.aborted) throw new Stopped('stopped');
    press(form.send);
    clicked = true;
    await opts.afterClick?.();
    let confirmed = false;
    const answer = await waitFor(doc, () => {
      if (queryDeep(doc, CONTACT_SELECTORS.success)) return 'sent' as const;
      const error = textOf(doc.querySelector(CONTACT_SELECTORS.error));
      if (error && error !== errorBefore) return { error };
      const confirm = !confirmed && dialogSend(doc);
      if (confirm) { confirmed = true; press(confirm); }
      return undefined;
    }, timeoutMs, pollMs, signal);
    if (answer === 'sent') return { kind: 'sent', reason: form.reason };
    if (answer) return { kind: 'unknown', detail: `after Send the page said: ${answer.error.slice(0, 300)}` };
    return { kind: 'unknown', detail: `no "message sent" confirmation within ${Math.round(timeoutMs / 1000)} s after Send${confirmed ? ' (confirmed in the "Review message" dialog)' : ''}` };
  } catch (e) {
    if (e instanceof Stopped) return clicked ? { kind: 'unknown', detail: 'stopped after Send was clicked' } : { kind: 'not-sent', detail: 'stopped before Send' };
    throw e;
  }
}
