/**
 * Stand-ins for Amazon's Katal web components. Each renders its visuals in an OPEN shadow root with a
 * <slot> for light-DOM content, like the real ones. `defineKatElementsLater` registers them after a delay,
 * so scripts on the page meet not-yet-upgraded elements first (as on the real, slow-loading site).
 * Layout (display: table-row ...) lives in the page stylesheet so un-upgraded elements still lay out.
 */

interface KatDef {
  css: string;
  /** build the shadow content; `host` attributes may be read */
  build: (host: HTMLElement, doc: Document) => Node[];
  /** re-run build when one of these attributes changes */
  observed?: string[];
}

const el = (doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement => {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
};
const slot = (doc: Document): HTMLElement => doc.createElement('slot');

const FOCUS = 'outline: 2px solid #008296; outline-offset: 1px;';

const DEFS: Record<string, KatDef> = {
  'kat-table': {
    css: ':host{display:table} .t{display:contents}',
    build: (_h, d) => [el(d, 'div', { class: 't', part: 'table', role: 'table' }, slot(d))],
  },
  'kat-table-head': { css: ':host{display:table-header-group}', build: (_h, d) => [slot(d)] },
  'kat-table-body': { css: ':host{display:table-row-group}', build: (_h, d) => [slot(d)] },
  'kat-table-row': { css: ':host{display:table-row}', build: (_h, d) => [slot(d)] },
  'kat-table-cell': { css: ':host{display:table-cell}', build: (_h, d) => [slot(d)] },
  'kat-button': {
    css: `:host{display:inline-block}
      button{font:inherit;font-size:13px;line-height:1;padding:7px 14px;border-radius:3px;cursor:pointer;
        border:1px solid #8d9096;background:linear-gradient(#f7f8fa,#e7e9ec);color:#111;white-space:nowrap}
      button:hover{background:linear-gradient(#e7eaf0,#d9dce1)}
      button:focus-visible{${FOCUS}}
      :host([variant=primary]) button{background:linear-gradient(#f7dfa5,#f0c14b);border-color:#a88734 #9c7e31 #846a29}
      :host([variant=primary]) button:hover{background:linear-gradient(#f5d78e,#eeb933)}
      :host([variant=link]) button{background:none;border:none;color:#0066c0;padding:0}
      :host([disabled]) button{opacity:.5;cursor:default;pointer-events:none}`,
    build: (h, d) => [el(d, 'button', { part: 'button', type: 'button', ...(h.hasAttribute('disabled') ? { disabled: '' } : {}) },
      ...(h.hasAttribute('label') ? [h.getAttribute('label') ?? ''] : []), slot(d))],
    observed: ['disabled', 'label'],
  },
  'kat-link': {
    css: `:host{display:inline} a{color:var(--kat-link-color,#0066c0);text-decoration:none;cursor:pointer}
      a:hover{color:var(--kat-link-hover-color,#c45500);text-decoration:underline}
      a:focus-visible{${FOCUS}}`,
    build: (h, d) => [el(d, 'a', { part: 'link', href: h.getAttribute('href') ?? '#' }, slot(d))],
    observed: ['href'],
  },
  'kat-dropdown': {
    css: `:host{display:inline-flex;align-items:center;gap:6px} label{font-size:12px;color:#565959}
      ::slotted(select){font:inherit;font-size:13px;padding:5px 8px;border:1px solid #a6a6a6;border-radius:3px;background:#f0f2f2}`,
    build: (h, d) => [...(h.getAttribute('label') ? [el(d, 'label', { part: 'label' }, h.getAttribute('label') ?? '')] : []), slot(d)],
    observed: ['label'],
  },
  'kat-badge': {
    css: `:host{display:inline-block} span{display:inline-block;font-size:11px;font-weight:700;padding:2px 7px;border-radius:10px;
        background:#e3e6e6;color:#111;white-space:nowrap}
      :host([type=warning]) span{background:#fcf0cf;color:#7a5200} :host([type=success]) span{background:#dcf2e1;color:#067d2e}
      :host([type=info]) span{background:#dff1f6;color:#00607a} :host([type=error]) span{background:#fde3e0;color:#b12704}`,
    build: (_h, d) => [el(d, 'span', { part: 'badge' }, slot(d))],
  },
  'kat-star-rating': {
    css: ':host{display:inline-block;color:#de7921;font-size:15px;letter-spacing:1px} .off{color:#d5d9d9}',
    build: (h, d) => {
      const value = Math.max(0, Math.min(5, Math.round(Number(h.getAttribute('value') ?? 0))));
      const stars = el(d, 'span', { part: 'stars', role: 'img', 'aria-label': `${value} out of 5 stars` });
      for (let i = 1; i <= 5; i++) stars.append(el(d, 'span', i <= value ? {} : { class: 'off' }, '★'));
      return [stars, slot(d)];
    },
    observed: ['value'],
  },
  'kat-textarea': {
    css: `:host{display:block} label{display:block;font-size:13px;font-weight:700;margin-bottom:4px}
      ::slotted(textarea){box-sizing:border-box;width:100%;font:inherit;font-size:13px;padding:8px;border:1px solid #a6a6a6;border-radius:3px}`,
    build: (h, d) => [...(h.getAttribute('label') ? [el(d, 'label', { part: 'label' }, h.getAttribute('label') ?? '')] : []), slot(d)],
    observed: ['label'],
  },
  'kat-input': {
    css: `:host{display:inline-block} ::slotted(input){font:inherit;font-size:13px;padding:6px 8px;border:1px solid #a6a6a6;border-radius:3px;
        box-shadow:0 1px 0 rgba(255,255,255,.5),0 1px 0 rgba(0,0,0,.07) inset}`,
    build: (_h, d) => [slot(d)],
  },
  'kat-alert': {
    css: `:host{display:block;margin:8px 0} div{border:1px solid #007185;border-left-width:6px;border-radius:4px;padding:10px 14px;background:#fff;font-size:13px}
      :host([variant=success]) div{border-color:#067d62} :host([variant=danger]) div{border-color:#cc0c39}
      :host([variant=warning]) div{border-color:#c7511f} strong,::slotted([slot=header]){display:block;margin-bottom:2px;font-weight:700}`,
    build: (h, d) => [el(d, 'div', { part: 'alert', role: 'status' },
      ...(h.getAttribute('header') ? [el(d, 'strong', {}, h.getAttribute('header') ?? '')] : []), el(d, 'slot', { name: 'header' }), slot(d))],
    observed: ['header'],
  },
  'kat-spinner': {
    css: `:host{display:inline-block;width:18px;height:18px} div{width:100%;height:100%;border:3px solid #d5d9d9;border-top-color:#008296;
        border-radius:50%;animation:s .8s linear infinite;box-sizing:border-box} @keyframes s{to{transform:rotate(360deg)}}`,
    build: (_h, d) => [el(d, 'div', { part: 'spinner', role: 'progressbar' })],
  },
  'kat-label': {
    css: `:host{display:inline-block} span{display:inline-block;font-size:12px;line-height:18px;padding:0 8px;border-radius:9px;
        background:#e3e6e6;color:#0f1111;white-space:nowrap}
      :host([variant=warning]) span{background:#fcf0cf;color:#7a5200} :host([variant=success]) span{background:#dcf2e1;color:#067d2e}`,
    build: (h, d) => [el(d, 'span', { part: 'label' }, h.getAttribute('text') ?? ''), slot(d)],
    observed: ['text'],
  },
  'kat-pagination': {
    css: `:host{display:block} nav{display:flex;align-items:center;gap:4px;justify-content:center;padding:8px 0;font-size:13px}
      button{font:inherit;min-width:30px;height:30px;border:1px solid #d5d9d9;border-radius:4px;background:#fff;cursor:pointer}
      button[aria-current=page]{border-color:#008296;background:#e6f4f6;font-weight:700} button:disabled{opacity:.45;cursor:default}
      button:focus-visible{${FOCUS}}`,
    build: (h, d) => {
      const per = Math.max(1, Number(h.getAttribute('items-per-page') ?? 25) || 25);
      const pages = Math.max(1, Math.ceil((Number(h.getAttribute('total') ?? 0) || 0) / per));
      const page = Math.min(pages, Math.max(1, Number(h.getAttribute('page') ?? 1) || 1));
      const go = (to: number) => () => h.dispatchEvent(new CustomEvent('change', { detail: { page: to }, bubbles: true, composed: true }));
      const button = (text: string, to: number, attrs: Record<string, string>): HTMLElement => {
        const b = el(d, 'button', { type: 'button', ...attrs, ...(to < 1 || to > pages || to === page ? { disabled: '' } : {}) }, text);
        b.addEventListener('click', go(to));
        return b;
      };
      const first = Math.max(1, Math.min(page - 2, pages - 4));
      const numbers: HTMLElement[] = [];
      for (let n = first; n <= Math.min(pages, first + 4); n++) {
        numbers.push(button(String(n), n, { 'aria-label': `Page ${n}`, ...(n === page ? { 'aria-current': 'page' } : {}) }));
      }
      return [el(d, 'nav', { part: 'pagination', 'aria-label': 'Pagination' },
        button('‹', page - 1, { 'aria-label': 'Previous page' }), ...numbers, button('›', page + 1, { 'aria-label': 'Next page' }))];
    },
    observed: ['total', 'items-per-page', 'page'],
  },
  'kat-radiobutton': {
    css: ':host{display:block;padding:3px 0;cursor:pointer} label{display:inline-flex;gap:8px;align-items:center;cursor:pointer}',
    build: (_h, d) => [slot(d)],
  },
  'kat-box': {
    css: ':host{display:block;background:#fff;border:1px solid #d5d9d9;border-radius:8px;padding:14px 18px}',
    build: (_h, d) => [slot(d)],
  },
};

/** 'no-shadow-dom' variant: upgraded, but no shadow root and no visuals of their own (light DOM only). */
function defineLight(registry: CustomElementRegistry, name: string): void {
  if (registry.get(name)) return;
  registry.define(name, class KatLightElement extends HTMLElement {});
}

function defineOne(registry: CustomElementRegistry, name: string, def: KatDef): void {
  if (registry.get(name)) return;
  class KatElement extends HTMLElement {
    static observedAttributes = def.observed ?? [];
    private readonly content: HTMLElement;
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = def.css;
      this.content = document.createElement('span');
      this.content.style.display = 'contents';
      root.append(style, this.content);
      this.render();
    }
    attributeChangedCallback(): void { this.render(); }
    private render(): void { this.content.replaceChildren(...def.build(this, document)); }
  }
  registry.define(name, KatElement);
}

export const KAT_TAGS = Object.keys(DEFS);

/**
 * Register every kat-* element after `delayMs` (the late upgrade the adapters must cope with);
 * `shadow: false` defines them without shadow roots (the 'no-shadow-dom' variant).
 */
export function defineKatElementsLater(delayMs: number, { shadow = true }: { shadow?: boolean } = {}): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(() => {
      for (const [name, def] of Object.entries(DEFS)) {
        if (shadow) defineOne(customElements, name, def);
        else defineLight(customElements, name);
      }
      resolve();
    }, delayMs);
  });
}
