/**
 * Templates as a file: a versioned JSON format the options page exports and imports.
 *
 *   { "format": "seller-inbox-templates", "version": 1, "templates": [ { id, name, tags, categories, bodies, ... } ] }
 *
 * Export is deterministic (keys sorted, templates ordered by name then id, two-space indent, final newline), so
 * export -> import -> export gives the same bytes. Attachments are not part of the file (binary data; the
 * seller keeps the original file): an imported template keeps the attachment it already has locally.
 * Every problem names where it is: `templates[3].bodies.de: line 2, column 7: Unknown variable "{{buyerName}}".`
 */
import * as v from 'valibot';
import { CATEGORIES, LANGUAGES, type Language, type Template } from '../model';
import { ATTACHMENT_MAX, TEMPLATE_MAX } from '../limits';
import { lineColumn } from './position';
import { validateTemplate } from './validate';

export const TEMPLATES_FORMAT = 'seller-inbox-templates';
export const TEMPLATES_VERSION = 1;
export const MAX_BODY_LENGTH = TEMPLATE_MAX.body;
export const MAX_TEMPLATES = TEMPLATE_MAX.templates;

/** What the seller edits; the rest (timestamps, builtin) the background decides. */
export interface TemplateDraft {
  name: string;
  tags: string[];
  categories: Template['categories'];
  bodies: Partial<Record<Language, string>>;
}

const Str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Stamp = v.pipe(v.string(), v.isoTimestamp(), v.transform((s) => new Date(s).toISOString()));

const TemplateSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(TEMPLATE_MAX.id)),
  name: Str(TEMPLATE_MAX.name),
  tags: v.optional(v.pipe(v.array(Str(TEMPLATE_MAX.tag)), v.maxLength(TEMPLATE_MAX.tags)), () => []),
  categories: v.optional(v.pipe(v.array(v.picklist(CATEGORIES)), v.maxLength(CATEGORIES.length)), () => []),
  bodies: v.strictObject(Object.fromEntries(LANGUAGES.map((l) => [l, v.optional(Str(MAX_BODY_LENGTH))])) as Record<Language, v.OptionalSchema<ReturnType<typeof Str>, undefined>>),
  builtin: v.optional(v.boolean()),
  createdAt: v.optional(Stamp),
  updatedAt: v.optional(Stamp),
});

const FileSchema = v.object({
  format: v.literal(TEMPLATES_FORMAT, `must be "${TEMPLATES_FORMAT}"`),
  version: v.number(),
  templates: v.pipe(v.array(v.unknown()), v.maxLength(MAX_TEMPLATES)),
});

export type ParseResult =
  | { ok: true; templates: Template[] }
  | { ok: false; errors: string[] };

const pathOf = (path: ReadonlyArray<{ key: unknown }> | undefined, prefix = ''): string =>
  (path ?? []).reduce<string>((s, { key }) => (typeof key === 'number' ? `${s}[${key}]` : `${s}${s ? '.' : ''}${String(key)}`), prefix);

/** Unique, trimmed, non-empty; order kept. */
const cleanList = <T extends string>(xs: readonly T[]): T[] => [...new Set(xs.map((x) => x.trim() as T).filter(Boolean))];

/** Problems of a template's content, each prefixed with where (`name`, `bodies.de: line 2, column 7`). */
export function templateProblems(t: TemplateDraft, prefix = ''): string[] {
  const at = (p: string) => (prefix ? `${prefix}.${p}` : p);
  const out: string[] = [];
  if (!t.name.trim()) out.push(`${at('name')}: a name is required`);
  const filled = LANGUAGES.filter((l) => t.bodies[l]?.trim());
  if (!filled.length) out.push(`${at('bodies')}: at least one language needs a text`);
  for (const lang of filled) {
    for (const e of validateTemplate(t.bodies[lang] ?? '')) out.push(`${at(`bodies.${lang}`)}: line ${e.line}, column ${e.column}: ${e.message}`);
  }
  return out;
}

/** Drops empty bodies and repeated tags/categories, trims the name: the one normal form stored and exported. */
export function normalizeDraft<T extends TemplateDraft>(t: T): T {
  const bodies: Partial<Record<Language, string>> = {};
  for (const l of LANGUAGES) if (t.bodies[l]?.trim()) bodies[l] = t.bodies[l];
  return { ...t, name: t.name.trim(), tags: cleanList(t.tags), categories: cleanList(t.categories), bodies };
}

/** Parses a templates file. All or nothing: any problem and no template is returned. */
export function parseTemplatesFile(text: string, now: () => Date = () => new Date()): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const { offset, message } = jsonError(text);
    const { line, column } = lineColumn(text, offset);
    return { ok: false, errors: [`Not valid JSON: line ${line}, column ${column}: ${message}`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: [`file: not a templates file (expected an object with "format": "${TEMPLATES_FORMAT}")`] };
  }
  const file = v.safeParse(FileSchema, data);
  if (!file.success) return { ok: false, errors: file.issues.slice(0, 20).map((i) => `${pathOf(i.path) || 'file'}: ${i.message}`) };
  if (file.output.version !== TEMPLATES_VERSION) {
    return { ok: false, errors: [`version: this file is version ${file.output.version}; Seller Inbox reads version ${TEMPLATES_VERSION}`] };
  }
  const errors: string[] = [];
  const templates: Template[] = [];
  const seen = new Map<string, number>();
  const at = now().toISOString();
  file.output.templates.forEach((raw, i) => {
    const prefix = `templates[${i}]`;
    const r = v.safeParse(TemplateSchema, raw);
    if (!r.success) { errors.push(...r.issues.map((x) => `${pathOf(x.path, prefix)}: ${x.message}`)); return; }
    const first = seen.get(r.output.id);
    if (first !== undefined) errors.push(`${prefix}.id: "${r.output.id}" is also the id of templates[${first}]`);
    else seen.set(r.output.id, i);
    const t = normalizeDraft({ ...r.output, bodies: { ...r.output.bodies } });
    errors.push(...templateProblems(t, prefix));
    const { builtin, createdAt, updatedAt, ...rest } = t;
    templates.push({ ...rest, ...(builtin ? { builtin: true } : {}), createdAt: createdAt ?? at, updatedAt: updatedAt ?? createdAt ?? at });
  });
  return errors.length ? { ok: false, errors } : { ok: true, templates };
}

/** The file for these templates: deterministic bytes for the same templates. */
export function exportTemplatesFile(templates: readonly Template[]): string {
  const items = [...templates]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((t) => {
      const n = normalizeDraft(t);
      return {
        id: t.id, name: n.name, tags: n.tags, categories: n.categories, bodies: n.bodies,
        ...(t.builtin ? { builtin: true } : {}), createdAt: t.createdAt, updatedAt: t.updatedAt,
      };
    });
  return `${JSON.stringify(sortKeys({ format: TEMPLATES_FORMAT, version: TEMPLATES_VERSION, templates: items }), null, 2)}\n`;
}

function sortKeys(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sortKeys);
  if (x === null || typeof x !== 'object') return x;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(x).sort()) {
    const val = (x as Record<string, unknown>)[k];
    if (val !== undefined) out[k] = sortKeys(val);
  }
  return out;
}

/**
 * Where JSON.parse gave up. Browsers word (and place) the error differently and some give no position at
 * all, so a small scanner finds the first offending character itself.
 */
export function jsonError(text: string): { offset: number; message: string } {
  let i = 0;
  const fail = (message: string): never => { throw { offset: i, message }; };
  const ws = () => { while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++; };
  const show = () => (i >= text.length ? 'the end of the file' : `"${text.charAt(i)}"`);
  const expect = (what: string) => fail(`expected ${what}, found ${show()}`);
  const string = () => {
    i++;
    while (i < text.length && text.charAt(i) !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail('control character in a string (use \\n for a line break)');
      if (text.charAt(i) === '\\') {
        i++;
        if (text.charAt(i) === 'u') { if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape'); i += 4; }
        else if (!'"\\/bfnrt'.includes(text.charAt(i)) || i >= text.length) fail('bad escape in a string');
      }
      i++;
    }
    if (i >= text.length) fail('a string is never closed with "');
    i++;
  };
  const value = (): void => {
    ws();
    const c = text.charAt(i);
    if (c === '{') {
      i++; ws();
      if (text.charAt(i) === '}') { i++; return; }
      for (;;) {
        ws();
        if (text.charAt(i) !== '"') expect('a property name in double quotes');
        string(); ws();
        if (text.charAt(i) !== ':') expect('":"');
        i++; value(); ws();
        if (text.charAt(i) === ',') { i++; continue; }
        if (text.charAt(i) === '}') { i++; return; }
        expect('"," or "}"');
      }
    }
    if (c === '[') {
      i++; ws();
      if (text.charAt(i) === ']') { i++; return; }
      for (;;) {
        value(); ws();
        if (text.charAt(i) === ',') { i++; continue; }
        if (text.charAt(i) === ']') { i++; return; }
        expect('"," or "]"');
      }
    }
    if (c === '"') return string();
    const lit = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (lit) { i += lit[0].length; return; }
    expect('a value');
  };
  try {
    value(); ws();
    if (i < text.length) expect('the end of the file');
  } catch (e) {
    if (typeof e === 'object' && e !== null && 'offset' in e) return e as { offset: number; message: string };
    throw e;
  }
  return { offset: text.length, message: 'not valid JSON' };
}

/** Largest attachment a template may carry (the file the seller picks, before base64). */
export const MAX_ATTACHMENT_BYTES = ATTACHMENT_MAX.bytes;
/** An attachment without its bytes: what lists and the editor show. */
export interface AttachmentInfo { id: string; name: string; type: string; size: number }
