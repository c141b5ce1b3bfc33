/**
 * The Contact Buyer fixture (tests/fixtures/pages/contact-buyer.html) in happy-dom, with the page's behaviour as the
 * replica's React page has it: fields are controlled (every render writes the state back, so a value set without an
 * input event is lost), Send is disabled until a reason and a text are there, a file gives a chip, Send sends
 * (or opens the "Review message" dialog first), then the success alert; or the page's error.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface ContactFixtureOptions {
  dialog?: boolean;
  /** Send shows this error instead of sending */
  error?: string;
  /** Send gets no answer at all */
  silent?: boolean;
  /** the page offers no review/feedback reason */
  withoutFeedbackReason?: boolean;
}
export interface ContactFixtureSent { reason: string; text: string; files: { name: string; type: string; size: number }[] }

const HTML = readFileSync(path.resolve(process.cwd(), 'tests/fixtures/pages/contact-buyer.html'), 'utf8');

const parse = (html: string): Node[] => [...new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes].map((n) => document.importNode(n, true));

function declarativeShadow(root: ParentNode): void {
  for (const t of [...root.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
    const host = t.parentElement;
    if (!host) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(t.content.cloneNode(true));
    t.remove();
    declarativeShadow(shadow);
  }
}

export function mountContactFixture(opts: ContactFixtureOptions = {}): { sent: ContactFixtureSent[]; app: Element; stop: () => void } {
  document.body.replaceChildren(...parse(HTML));
  declarativeShadow(document.body);
  const app = document.querySelector('#ayb-contact-buyer') as Element;
  if (opts.withoutFeedbackReason) app.querySelector('kat-radiobutton[value="feedback-request"]')?.remove();
  const state = { reason: '', text: '', files: [] as ContactFixtureSent['files'] };
  const sent: ContactFixtureSent[] = [];
  const textarea = app.querySelector('kat-textarea')?.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement;
  const sendHost = app.querySelector('kat-button.ayb-contact-form-send-button') as HTMLElement;
  const sendButton = sendHost.shadowRoot?.querySelector('button') as HTMLButtonElement;
  const form = app.querySelector('.ayb-contact-buyer-form') as HTMLElement;

  const render = (): void => {
    textarea.value = state.text;
    const ready = Boolean(state.reason && state.text.trim());
    sendButton.disabled = !ready;
    if (ready) sendHost.removeAttribute('disabled'); else sendHost.setAttribute('disabled', '');
    for (const host of app.querySelectorAll('kat-radiobutton')) {
      const input = host.shadowRoot?.querySelector('input') as HTMLInputElement;
      input.checked = host.getAttribute('value') === state.reason;
    }
    app.querySelector('.file-attachment-list')?.remove();
    if (state.files.length) {
      const ul = document.createElement('ul');
      ul.className = 'file-attachment-list';
      for (const f of state.files) ul.insertAdjacentHTML('beforeend', `<li><span class="file-attachment-chip-file-name">${f.name}</span></li>`);
      app.querySelector('.contact-buyer-file-input')?.after(ul);
    }
  };
  const later = (f: () => void): void => { setTimeout(f, 5); };

  for (const host of app.querySelectorAll('kat-radiobutton')) {
    host.shadowRoot?.querySelector('input')?.addEventListener('change', () => { state.reason = host.getAttribute('value') ?? ''; later(render); });
  }
  textarea.addEventListener('input', () => { state.text = textarea.value; later(render); });
  const fileInput = app.querySelector('input[type=file]') as HTMLInputElement;
  fileInput.addEventListener('change', () => {
    state.files.push(...[...(fileInput.files ?? [])].map((f) => ({ name: f.name, type: f.type, size: f.size })));
    later(render);
  });
  const send = (): void => {
    if (opts.silent) return;
    if (opts.error) { form.insertAdjacentHTML('beforeend', `<kat-alert variant="danger">${opts.error}</kat-alert>`); return; }
    sent.push({ reason: state.reason, text: state.text, files: [...state.files] });
    later(() => {
      const alert = document.createElement('kat-alert');
      alert.append(Object.assign(document.createElement('div'), { className: 'kat-alert-success-content', textContent: 'Your message has been sent' }));
      form.replaceWith(alert);
    });
  };
  sendButton.addEventListener('click', () => {
    if (sendButton.disabled) return;
    if (!opts.dialog) { send(); return; }
    later(() => {
      app.insertAdjacentHTML('beforeend', '<div role="dialog" aria-modal="true"><h3>Review message</h3><kat-button label="Cancel"></kat-button><kat-button variant="primary" label="Send"></kat-button></div>');
      const confirm = app.querySelector('div[role=dialog] kat-button[label="Send"]') as HTMLElement;
      confirm.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('button'), { type: 'button', textContent: 'Send' }));
      confirm.shadowRoot?.querySelector('button')?.addEventListener('click', () => { app.querySelector('div[role=dialog]')?.remove(); send(); });
    });
  });
  // a render now and then, as React does on unrelated state changes: values set without events are lost
  const timer = setInterval(render, 20);
  render();
  return { sent, app, stop: () => clearInterval(timer) };
}
