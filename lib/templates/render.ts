/**
 * Renders a template body with a thread's values. The output is plain text (no HTML escaping).
 * Missing values never become "undefined" or an empty gap: they are reported and shown as a
 * visible placeholder, and `complete` is false so callers refuse to send.
 * Values never carry bidi controls (lib/text). `unattended` (holiday auto-reply, campaigns: nobody reads the
 * message before it goes): values a buyer controls are bounded first (./buyer-values.ts); one that is not a
 * plausible name becomes the neutral greeting ("Hello," for "Hello {{buyer_first_name}},") and is listed in
 * `replaced` with the reason.
 */
import Mustache from 'mustache';
import { stripBidi } from '../text';
import { boundBuyerValues, type NameProblem, type ReplacedValue } from './buyer-values';
import { validateTemplate, type TemplateError } from './validate';
import { variableValues, type TemplateContext } from './variables';

export interface RenderSegment { text: string; variable?: string; missing?: boolean; replaced?: NameProblem }

export interface RenderResult {
  text: string;
  segments: RenderSegment[];
  missing: string[];
  errors: TemplateError[];
  complete: boolean;
  /** buyer values left out of an unattended message, and why */
  replaced: ReplacedValue[];
}

export interface RenderOptions { unattended?: boolean }

/**
 * Values are wrapped in a marker character while mustache renders, then cut out into segments. The marker
 * is a private-use character that occurs in neither the body nor any value, so buyer text (which may
 * contain anything) is inserted literally and cannot forge another variable's segment.
 */
function pickMarker(texts: readonly string[]): string {
  for (let code = 0xe000; code <= 0xf8ff; code++) {
    const c = String.fromCharCode(code);
    if (!texts.some((t) => t.includes(c))) return c;
  }
  throw new Error('no free marker character');
}

export const placeholderFor = (name: string) => `[${name.replace(/_/g, ' ')}?]`;

/**
 * The neutral text for a left-out name, and the tidy-up around it: the blank before it goes ("Hello ,"), a
 * comma doubled by it goes ("Hola, :"); Japanese `{{buyer_name}}様` becomes お客様, Italian "Gentile" gets "cliente".
 */
function neutralise(segments: RenderSegment[]): void {
  segments.forEach((seg, i) => {
    if (!seg.replaced) return;
    const next = segments.slice(i + 1).map((s) => s.text).join('');
    const prev = i > 0 ? segments[i - 1] : undefined;
    if (/^[ \u3000]*(様|さま|さん|殿)/.test(next)) {
      seg.text = 'お客';
      const after = segments[i + 1];
      if (after) after.text = after.text.replace(/^[ \u3000]+/, '');
      return;
    }
    if (prev && /(^|\s)Gentile[ \t]*$/.test(prev.text)) { seg.text = 'cliente'; prev.text = prev.text.replace(/[ \t]*$/, ' '); return; }
    if (!prev) return;
    if (next === '' || /^[\s,.:;!?，。：；、！？]/.test(next)) prev.text = prev.text.replace(/[ \t\u3000]+$/, '');
    if (/^[,:，：]/.test(next)) prev.text = prev.text.replace(/[,，]$/, '');
  });
}

export function renderTemplate(body: string, ctxIn: TemplateContext, opts: RenderOptions = {}): RenderResult {
  const errors = validateTemplate(body);
  if (errors.length) return { text: '', segments: [], missing: [], errors, complete: false, replaced: [] };

  const { ctx, replaced } = opts.unattended ? boundBuyerValues(ctxIn) : { ctx: ctxIn, replaced: [] };
  const reasonOf = new Map(replaced.map((r) => [r.variable, r.reason]));
  const values = Object.fromEntries(Object.entries(variableValues(ctx)).map(([k, x]) => [k, x === undefined ? x : stripBidi(x)]));
  const items = ctx.items.map((i) => ({
    ...i, asin: stripBidi(i.asin), ...(i.sku ? { sku: stripBidi(i.sku) } : {}), ...(i.title ? { title: stripBidi(i.title) } : {}),
  }));
  const itemTexts = items.flatMap((i) => [i.asin, i.sku ?? '', i.title ?? '']);
  const MARK = pickMarker([body, ...Object.values(values).map((x) => x ?? ''), ...itemTexts]);
  const markRe = new RegExp(`${MARK}([VMR]):([a-z_]+)${MARK}([^${MARK}]*)${MARK}`, 'g');
  const missing = new Set<string>();
  const view: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    view[name] = reasonOf.has(name)
      ? `${MARK}R:${name}${MARK}${MARK}`
      : value === undefined
        ? (missing.add(name), `${MARK}M:${name}${MARK}${placeholderFor(name)}${MARK}`)
        : `${MARK}V:${name}${MARK}${value}${MARK}`;
  }
  view.items = items.map((i) => ({ ...i, sku: i.sku ?? '', title: i.title ?? i.asin }));

  const marked = Mustache.render(body, view, {}, { escape: (s: string) => s });
  const segments: RenderSegment[] = [];
  let last = 0;
  const used = new Set<string>();
  for (const m of marked.matchAll(markRe)) {
    if (m.index > last) segments.push({ text: marked.slice(last, m.index) });
    const [, kind, variable = '', text = ''] = m;
    const reason = reasonOf.get(variable);
    segments.push(kind === 'M' ? { text, variable, missing: true } : kind === 'R' && reason ? { text, variable, replaced: reason } : { text, variable });
    if (kind === 'M') used.add(variable);
    last = m.index + m[0].length;
  }
  if (last < marked.length) segments.push({ text: marked.slice(last) });
  neutralise(segments);
  const text = segments.map((s) => s.text).join('');
  const missingUsed = [...missing].filter((n) => used.has(n));
  const replacedUsed = replaced.filter((r) => segments.some((s) => s.variable === r.variable && s.replaced));
  return { text, segments, missing: missingUsed, errors: [], complete: missingUsed.length === 0, replaced: replacedUsed };
}
