/**
 * Renders a template body with a thread's values. The output is plain text (no HTML escaping).
 * Missing values never become "undefined" or an empty gap: they are reported and shown as a
 * visible placeholder, and `complete` is false so callers refuse to send.
 */
import Mustache from 'mustache';
import { validateTemplate, type TemplateError } from './validate';
import { variableValues, type TemplateContext } from './variables';

export interface RenderSegment { text: string; variable?: string; missing?: boolean }

export interface RenderResult {
  text: string;
  segments: RenderSegment[];
  missing: string[];
  errors: TemplateError[];
  complete: boolean;
}

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

export function renderTemplate(body: string, ctx: TemplateContext): RenderResult {
  const errors = validateTemplate(body);
  if (errors.length) return { text: '', segments: [], missing: [], errors, complete: false };

  const values = variableValues(ctx);
  const itemTexts = ctx.items.flatMap((i) => [i.asin, i.sku ?? '', i.title ?? '']);
  const MARK = pickMarker([body, ...Object.values(values).map((x) => x ?? ''), ...itemTexts]);
  const markRe = new RegExp(`${MARK}([VM]):([a-z_]+)${MARK}([^${MARK}]*)${MARK}`, 'g');
  const missing = new Set<string>();
  const view: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    view[name] = value === undefined
      ? (missing.add(name), `${MARK}M:${name}${MARK}${placeholderFor(name)}${MARK}`)
      : `${MARK}V:${name}${MARK}${value}${MARK}`;
  }
  view.items = ctx.items.map((i) => ({ ...i, sku: i.sku ?? '', title: i.title ?? i.asin }));

  const marked = Mustache.render(body, view, {}, { escape: (s: string) => s });
  const segments: RenderSegment[] = [];
  let last = 0;
  const used = new Set<string>();
  for (const m of marked.matchAll(markRe)) {
    if (m.index > last) segments.push({ text: marked.slice(last, m.index) });
    const [, kind, variable = '', text = ''] = m;
    segments.push(kind === 'M' ? { text, variable, missing: true } : { text, variable });
    if (kind === 'M') used.add(variable);
    last = m.index + m[0].length;
  }
  if (last < marked.length) segments.push({ text: marked.slice(last) });
  const text = segments.map((s) => s.text).join('');
  const missingUsed = [...missing].filter((n) => used.has(n));
  return { text, segments, missing: missingUsed, errors: [], complete: missingUsed.length === 0 };
}
