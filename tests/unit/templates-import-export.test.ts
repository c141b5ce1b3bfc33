import {
  exportTemplatesFile, jsonError, parseTemplatesFile, templateProblems, TEMPLATES_FORMAT,
} from '../../lib/templates/import-export';
import { STARTER_TEMPLATES } from '../../lib/templates/starters';
import type { Template } from '../../lib/model';
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { createHandlers, storageErrorCode } from '../../lib/protocol/handlers';
import { starterTemplatesLoader } from './helpers/starter-templates';
import { createRegistry, createRouter, type Router } from '../../lib/protocol/router';
import type { RequestType, ResponseOf } from '../../lib/protocol/messages';

const NOW = new Date('2026-11-02T12:00:00.000Z');
const now = () => NOW;

const tpl = (over: Partial<Template> = {}): Template => ({
  id: 'a', name: 'Where is my order', tags: ['shipping'], categories: ['where-is-my-order'],
  bodies: { en: 'Hello {{buyer_first_name}}, order {{order_id}} is on its way.' },
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', ...over,
});

const file = (templates: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: TEMPLATES_FORMAT, version: 1, templates, ...extra });

const errorsOf = (text: string) => {
  const r = parseTemplatesFile(text, now);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};

describe('templates file: export', () => {
  it('is deterministic: sorted keys, ordered by name then id, newline at the end', () => {
    const a = exportTemplatesFile([tpl({ id: 'b', name: 'Zeta' }), tpl({ id: 'a', name: 'Alpha' })]);
    const b = exportTemplatesFile([tpl({ id: 'a', name: 'Alpha' }), tpl({ id: 'b', name: 'Zeta' })]);
    expect(a).toBe(b);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a.indexOf('"Alpha"')).toBeLessThan(a.indexOf('"Zeta"'));
    const first = JSON.parse(a) as { templates: Array<Record<string, unknown>> };
    expect(Object.keys(first.templates[0]!)).toEqual(['bodies', 'categories', 'createdAt', 'id', 'name', 'tags', 'updatedAt']);
  });

  it('export -> import -> export is identical (the starter templates too)', () => {
    const templates = [...STARTER_TEMPLATES, tpl(), tpl({ id: 'x', name: 'Other', attachmentId: 'att-1' })];
    const once = exportTemplatesFile(templates);
    const parsed = parseTemplatesFile(once, now);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.templates).toHaveLength(templates.length);
    expect(exportTemplatesFile(parsed.templates)).toBe(once);
    expect(once).not.toContain('att-1');
  });

  it('leaves out empty bodies and repeated tags', () => {
    const out = exportTemplatesFile([tpl({ bodies: { en: 'Hi', de: '  ' }, tags: ['a', 'a', ' b '] })]);
    const t = (JSON.parse(out) as { templates: Template[] }).templates[0]!;
    expect(t.bodies).toEqual({ en: 'Hi' });
    expect(t.tags).toEqual(['a', 'b']);
  });
});

describe('templates file: import', () => {
  it('reads a file, filling missing timestamps', () => {
    const r = parseTemplatesFile(file([{ id: 'n1', name: 'New', bodies: { de: 'Hallo {{buyer_name}}' } }]), now);
    expect(r).toEqual({ ok: true, templates: [{
      id: 'n1', name: 'New', tags: [], categories: [], bodies: { de: 'Hallo {{buyer_name}}' },
      createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(),
    }] });
  });

  it('malformed JSON: says where, by line and column', () => {
    const text = '{\n  "format": "seller-inbox-templates",\n  "version": 1,\n  "templates": [ { "id": "a", } ]\n}';
    const [e] = errorsOf(text);
    expect(e).toBe('Not valid JSON: line 4, column 31: expected a property name in double quotes, found "}"');
    expect(errorsOf('')[0]).toMatch(/^Not valid JSON: line 1, column 1: expected a value, found the end of the file/);
    expect(errorsOf('{"a": "x\ny"}')[0]).toMatch(/line 1, column 9: control character/);
    expect(errorsOf('[1, 2')[0]).toMatch(/line 1, column 6: expected "," or "]"/);
    expect(errorsOf('{} x')[0]).toMatch(/line 1, column 4: expected the end of the file/);
  });

  it('the JSON scanner agrees with JSON.parse on valid text', () => {
    const ok = '{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"],"b":{}}';
    expect(() => JSON.parse(ok)).not.toThrow();
    expect(jsonError(ok).message).toBe('not valid JSON');
  });

  it('wrong format or version', () => {
    expect(errorsOf(JSON.stringify({ format: 'other', version: 1, templates: [] }))[0]).toMatch(/^format: must be "seller-inbox-templates"/);
    expect(errorsOf(file([], { version: 2 }))).toEqual(['version: this file is version 2; Seller Inbox reads version 1']);
    expect(errorsOf(JSON.stringify([1]))[0]).toMatch(/^file: /);
  });

  it('bad bodies: template, language, line and column', () => {
    const errors = errorsOf(file([
      tpl(), tpl({ id: 'b' }), tpl({ id: 'c' }),
      tpl({ id: 'd', bodies: { en: 'Hello', de: 'Hallo,\nBestellung {{buyerName}}' } }),
    ]));
    expect(errors).toEqual(['templates[3].bodies.de: line 2, column 12: Unknown variable "{{buyerName}}". Did you mean {{buyer_name}}?']);
  });

  it('structural problems name the field', () => {
    const errors = errorsOf(file([
      { id: 'a', name: '', bodies: { en: 'Hi' } },
      { id: 'b', name: 'B', bodies: {} },
      { id: 'c', name: 'C', bodies: { pt: 'Olá' } },
      { id: 'd', name: 'D', categories: ['nope'], bodies: { en: 'x' } },
      { name: 'E', bodies: { en: 'x' } },
    ]));
    expect(errors).toContain('templates[0].name: a name is required');
    expect(errors).toContain('templates[1].bodies: at least one language needs a text');
    expect(errors.some((e) => e.startsWith('templates[2].bodies.pt: '))).toBe(true);
    expect(errors.some((e) => e.startsWith('templates[3].categories[0]: '))).toBe(true);
    expect(errors.some((e) => e.startsWith('templates[4].id: '))).toBe(true);
  });

  it('duplicate ids are refused', () => {
    expect(errorsOf(file([tpl(), tpl({ name: 'Copy' })]))).toEqual(['templates[1].id: "a" is also the id of templates[0]']);
  });
});

describe('templateProblems', () => {
  it('is empty for a good template and lists every problem otherwise', () => {
    expect(templateProblems(tpl())).toEqual([]);
    expect(templateProblems({ name: ' ', tags: [], categories: [], bodies: { fr: '{{#items}}x' } })).toEqual([
      'name: a name is required',
      'bodies.fr: line 1, column 1: Section {{#items}} is never closed with {{/items}}.',
    ]);
  });
});

describe('protocol: templates/*', () => {
  const EXT = 'abcdefghijklmnopabcdefghijklmnop';
  const own = { id: EXT, url: `chrome-extension://${EXT}/options.html` };
  let repos: Repositories;
  let router: Router;
  const call = async <T extends RequestType>(request: { type: T } & Record<string, unknown>) => router(request, own) as Promise<ResponseOf<T>>;

  beforeEach(async () => {
    repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), now);
    router = createRouter(createRegistry(createHandlers({ repos, now, version: '1', starterTemplates: starterTemplatesLoader })), { extensionId: () => EXT, warn: () => {}, errorCodeOf: storageErrorCode });
  });
  afterEach(() => repos.db.close());

  it('list puts the starters in once: deleting them all does not bring them back', async () => {
    const first = await call({ type: 'templates/list' });
    expect(first.templates.map((t) => t.id).sort()).toEqual(STARTER_TEMPLATES.map((t) => t.id).sort());
    expect(first.templates.every((t) => t.builtin)).toBe(true);
    expect(await repos.settings.get('templatesSeeded')).toBe(true);
    for (const t of first.templates) await call({ type: 'templates/remove', id: t.id });
    expect((await call({ type: 'templates/list' })).templates).toEqual([]);
  });

  it('save validates name, bodies and syntax, and says where', async () => {
    const bad = await router({ type: 'templates/save', template: { name: ' ', bodies: { de: 'Hallo {{buyerName}}' } } }, own);
    expect(bad).toMatchObject({ error: { code: 'invalid-request' } });
    const message = (bad as { error: { message: string } }).error.message;
    expect(message).toContain('name: a name is required');
    expect(message).toContain('bodies.de: line 1, column 7: Unknown variable "{{buyerName}}"');
    expect(await router({ type: 'templates/save', template: { name: 'x', bodies: { en: '  ' } } }, own))
      .toMatchObject({ error: { message: 'bodies: at least one language needs a text' } });
  });

  it('save creates, then replaces keeping createdAt; the builtin marker stays with the stored record', async () => {
    await call({ type: 'templates/list' });
    const { template } = await call({ type: 'templates/save', template: { name: ' Mine ', tags: ['a', 'a'], bodies: { en: 'Hi {{buyer_name}}', de: '' } } });
    expect(template).toMatchObject({ name: 'Mine', tags: ['a'], bodies: { en: 'Hi {{buyer_name}}' }, createdAt: NOW.toISOString() });
    expect(template.builtin).toBeUndefined();
    const starter = STARTER_TEMPLATES[0]!;
    const edited = await call({ type: 'templates/save', template: { id: starter.id, name: 'Edited', bodies: { en: 'Hello' } } });
    expect(edited.template).toMatchObject({ id: starter.id, builtin: true, createdAt: starter.createdAt });
  });

  it('attachments: base64 in, Blob stored, replaced and removed with the template; over 10 MB refused', async () => {
    const base64 = Buffer.from('%PDF-1.7 invoice').toString('base64');
    const r = await call({ type: 'templates/save', template: { name: 'Invoice', bodies: { en: 'Attached.' } }, attachment: { name: 'invoice.pdf', type: 'application/pdf', base64 } });
    expect(r.attachment).toMatchObject({ name: 'invoice.pdf', type: 'application/pdf', size: 16 });
    const stored = await repos.db.attachments.get(r.template.attachmentId!);
    expect(await stored!.data.text()).toBe('%PDF-1.7 invoice');
    const kept = await call({ type: 'templates/save', template: { id: r.template.id, name: 'Invoice 2', bodies: { en: 'Attached.' } } });
    expect(kept.template.attachmentId).toBe(r.template.attachmentId);
    const removed = await call({ type: 'templates/save', template: { id: r.template.id, name: 'Invoice 2', bodies: { en: 'x' } }, attachment: null });
    expect(removed.attachment).toBeNull();
    expect(await repos.db.attachments.count()).toBe(0);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64');
    expect(await router({ type: 'templates/save', template: { name: 'Big', bodies: { en: 'x' } }, attachment: { name: 'big.bin', type: '', base64: big } }, own))
      .toMatchObject({ error: { code: 'invalid-request' } });
  });

  it('import is all or nothing; merge replaces by id, copy adds new ids; export round-trips', async () => {
    await call({ type: 'templates/list' });
    const before = await repos.db.templates.count();
    const broken = file([tpl({ id: 'new-1' }), tpl({ id: 'new-2', bodies: { en: '{{#items}}' } })]);
    expect(await router({ type: 'templates/import', json: broken }, own)).toMatchObject({ error: { code: 'invalid-request', message: expect.stringContaining('templates[1].bodies.en: line 1, column 1') } });
    expect(await repos.db.templates.count()).toBe(before);

    const starter = STARTER_TEMPLATES[0]!;
    const json = file([tpl({ id: 'new-1' }), { ...starter, name: 'Renamed starter' }]);
    expect(await call({ type: 'templates/import', json })).toEqual({ added: 1, updated: 1 });
    expect((await repos.db.templates.get(starter.id))?.name).toBe('Renamed starter');
    expect(await call({ type: 'templates/import', json, mode: 'copy' })).toEqual({ added: 2, updated: 0 });
    expect(await repos.db.templates.count()).toBe(before + 3);

    const exported = await call({ type: 'templates/export' });
    expect(exported.count).toBe(before + 3);
    await repos.db.templates.clear();
    await call({ type: 'templates/import', json: exported.json });
    expect((await call({ type: 'templates/export' })).json).toBe(exported.json);
  });
});
