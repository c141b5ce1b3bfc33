/**
 * A page sample: the structure of a Seller Central page as one self-contained HTML file a seller can
 * attach to a bug report, with nothing of their buyers in it (README, "When Seller Central changes").
 *
 * Kept: every element's tag name, id, class, role, type, name, slot, part, lang, dir, for, rel, the
 * boolean states, `datetime` values that are dates (the adapters read them), data-* and aria-*
 * attributes (ids masked, free text masked, marker tokens kept), links as their path with ids and
 * query values masked, open shadow roots inlined as declarative shadow DOM
 * (`<template shadowrootmode="open" data-si-sample="shadow-root">`, so the file re-hydrates in
 * Chromium), closed ones too when `openShadowRoot` opens them, same-origin frames' documents inlined in an
 * inert template after the frame (`<template data-si-sample="frame-document">`, their html, head and body as
 * `si-frame-html`, `si-frame-head`, `si-frame-body`, which a template keeps).
 * Replaced: every text by a placeholder of the same shape (page-sample-mask.ts); order ids, case ids
 * and e-mails by stable placeholders. Dropped: scripts, style sheets' text, images' sources, input,
 * textarea and select values, comments, every other attribute, our own UI (`[data-si]`).
 * Pure apart from reading the DOM it is given; nothing is sent anywhere.
 */
import { IdMasker, isMarkerToken, maskAttributeValue, maskHref, maskText } from './page-sample-mask';

export interface PageSampleOptions {
  /** the extension's version, for the header */
  version: string;
  now: Date;
  /** the page kind the extension detected (inbox, thread ...), for the header */
  pageKind?: string;
  /** opens closed shadow roots too (the extension passes chrome.dom.openOrClosedShadowRoot) */
  openShadowRoot?: (element: Element) => ShadowRoot | null;
  /** stop after this many elements (a marker says so); default 20,000 */
  maxElements?: number;
}

export const SAMPLE_MARK = 'data-si-sample';
export const DEFAULT_MAX_ELEMENTS = 20_000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** kept as they are */
const PLAIN = new Set(['id', 'class', 'role', 'type', 'slot', 'part', 'lang', 'dir', 'for', 'rel', 'charset', 'tabindex',
  'hidden', 'disabled', 'checked', 'selected', 'readonly', 'required', 'multiple', 'open', 'colspan', 'rowspan']);
/** marker values (kept when they look like a marker, masked otherwise) */
const MARKERS = new Set(['name', 'variant', 'size', 'kind', 'state', 'status', 'mode', 'method', 'target', 'autocomplete', 'inputmode']);
/** free text: masked by shape */
const TEXTS = new Set(['title', 'alt', 'placeholder', 'label', 'heading', 'header', 'description', 'summary',
  'aria-label', 'aria-description', 'aria-valuetext', 'aria-placeholder', 'aria-roledescription']);
const LINKS = new Set(['href', 'action']);
/** elements whose value is the seller's or a buyer's input: no value, no text */
const INPUTS = new Set(['input', 'textarea', 'select', 'kat-input', 'kat-textarea']);

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const commentSafe = (s: string): string => s.replace(/--+/g, '-').replace(/>/g, '&gt;');

interface Walk {
  ids: IdMasker;
  opts: PageSampleOptions;
  base: string;
  elements: number;
  shadowRoots: number;
  frames: number;
  truncated: boolean;
  max: number;
}

/** ids, classes and other kept names: ids and long digit runs in them masked, the rest as it is */
const maskIdsIn = (value: string, ids: IdMasker): string =>
  ids.replaceIds(value, (part) => part.replace(/\d{7,}/g, (d) => '0'.repeat(d.length)));

function attributesOf(el: Element, w: Walk): string {
  const tag = el.localName;
  let out = '';
  for (const { name, value } of Array.from(el.attributes)) {
    const n = name.toLowerCase();
    if (n === 'data-si' || n.startsWith('data-si-')) continue; // ours
    let kept: string | null = null;
    if (n === 'value') kept = INPUTS.has(tag) ? null : maskAttributeValue(n, value, w.ids);
    else if (PLAIN.has(n)) kept = maskIdsIn(value, w.ids);
    else if (TEXTS.has(n)) kept = maskText(value, w.ids);
    else if (n.startsWith('data-') || n.startsWith('aria-')) kept = maskAttributeValue(n, value, w.ids);
    else if (MARKERS.has(n)) kept = isMarkerToken(value) && !/\d{7,}/.test(value) ? value : maskText(value, w.ids);
    else if (LINKS.has(n)) kept = maskHref(value, w.ids, w.base);
    else if (n === 'datetime') kept = Number.isNaN(Date.parse(value)) ? maskText(value, w.ids) : value;
    if (kept !== null) out += ` ${n}="${escapeAttr(kept)}"`;
  }
  return out;
}

function childrenOf(node: ParentNode, w: Walk): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (w.truncated) break;
    out += nodeOf(child, w);
  }
  return out;
}

function shadowOf(el: Element, w: Walk): string {
  const open = el.shadowRoot;
  const root = open ?? w.opts.openShadowRoot?.(el) ?? null;
  if (!root) return '';
  w.shadowRoots += 1;
  const mode = open ? 'open' : 'closed';
  return `<template shadowrootmode="${mode}" ${SAMPLE_MARK}="shadow-root">${childrenOf(root, w)}</template>`;
}

/** The frame element's end, then its document (same-origin only) in an inert template. */
function frameOf(el: HTMLIFrameElement, tag: string, w: Walk): string {
  let inner: Document | null = null;
  try {
    inner = el.contentDocument;
  } catch {
    inner = null; // cross-origin
  }
  // where it loads from, as a path with its query values masked (kept out of `src`: the sample loads nothing)
  const from = el.getAttribute('src');
  const src = from ? ` ${SAMPLE_MARK}-src="${escapeAttr(maskHref(from, w.ids, w.base))}"` : '';
  const html = inner?.documentElement;
  if (!inner || !html) return `${src} ${SAMPLE_MARK}="frame-not-readable"></${tag}>`;
  w.frames += 1;
  const head = inner.head ? childrenOf(inner.head, w) : '';
  const body = inner.body ? `<si-frame-body${attributesOf(inner.body, w)}>${childrenOf(inner.body, w)}</si-frame-body>` : '';
  const doc = `<si-frame-html${attributesOf(html, w)}><si-frame-head>${head}</si-frame-head>${body}</si-frame-html>`;
  return `${src} ${SAMPLE_MARK}="frame"></${tag}><template ${SAMPLE_MARK}="frame-document">${doc}</template>`;
}

function nodeOf(node: Node, w: Walk): string {
  if (node.nodeType === 3) {
    const text = node.textContent ?? '';
    return /\S/.test(text) ? escapeText(maskText(text, w.ids)) : text;
  }
  if (node.nodeType !== 1) return ''; // comments, processing instructions
  const el = node as Element;
  if (el.hasAttribute('data-si')) return ''; // our own UI
  if (w.elements >= w.max) {
    w.truncated = true;
    return `<template ${SAMPLE_MARK}="truncated"></template>`;
  }
  w.elements += 1;
  const tag = el.localName;
  const open = `<${tag}${attributesOf(el, w)}`;
  if (tag === 'iframe' || tag === 'frame') return open + frameOf(el as HTMLIFrameElement, tag, w);
  if (VOID.has(tag)) return `${open}>`;
  if (tag === 'script' || tag === 'style') return `${open} ${SAMPLE_MARK}="dropped"></${tag}>`;
  if (INPUTS.has(tag) && tag !== 'select' && !tag.startsWith('kat-')) return `${open}></${tag}>`;
  const head = tag === 'head' ? `<meta charset="utf-8" ${SAMPLE_MARK}="charset">` : '';
  const content = tag === 'template' ? childrenOf((el as HTMLTemplateElement).content, w) : childrenOf(el, w);
  return `${open}>${head}${shadowOf(el, w)}${content}</${tag}>`;
}

/** The path and query of a URL with every query value masked. */
function pageLabel(url: string, ids: IdMasker): string {
  try {
    return maskHref(url, ids, url);
  } catch {
    return '(unknown)';
  }
}

export interface PageSampleResult {
  html: string;
  elements: number;
  truncated: boolean;
  shadowRoots: number;
  frames: number;
}

/** The sample of `doc` as one HTML document (see the header comment of this file). */
export const samplePage = (doc: Document, opts: PageSampleOptions): string => samplePageWithStats(doc, opts).html;

/** samplePage with what it holds (for the seller's confirmation). */
export function samplePageWithStats(doc: Document, opts: PageSampleOptions): PageSampleResult {
  const ids = new IdMasker();
  const base = doc.URL || 'https://sellercentral.amazon.com/';
  const w: Walk = { ids, opts, base, elements: 0, shadowRoots: 0, frames: 0, truncated: false, max: opts.maxElements ?? DEFAULT_MAX_ELEMENTS };
  const body = doc.documentElement ? nodeOf(doc.documentElement, w) : '';
  const view = doc.defaultView;
  const masked = ids.counts();
  const lines = [
    'Seller Inbox page sample',
    `page: ${pageLabel(base, ids)}`,
    `page kind: ${opts.pageKind ?? 'unknown'}`,
    `extension version: ${opts.version}`,
    `saved: ${opts.now.toISOString()}`,
    `viewport: ${view ? `${view.innerWidth}x${view.innerHeight}` : 'unknown'}`,
    'sanitized: text replaced by placeholders of the same shape; order ids, case ids, e-mails, names and addresses masked;',
    '  scripts, style sheets, images, input values and comments dropped',
    `elements: ${w.elements}${w.truncated ? ` (truncated at ${w.max})` : ''}; shadow roots: ${w.shadowRoots}; frames: ${w.frames}`,
    `masked: ${masked.orderIds} order ids, ${masked.caseIds} case ids, ${masked.emails} e-mails, ${masked.values} other values`,
  ];
  const html = `<!DOCTYPE html>\n<!--\n${lines.map(commentSafe).join('\n')}\n-->\n${body}\n`;
  return { html, elements: w.elements, truncated: w.truncated, shadowRoots: w.shadowRoots, frames: w.frames };
}

/** `seller-inbox-page-sample-<kind>-<yyyymmdd-hhmm>.html`, in local time. */
export function sampleFileName(pageKind: string, now: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`;
  const kind = pageKind.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'page';
  return `seller-inbox-page-sample-${kind}-${stamp}.html`;
}
