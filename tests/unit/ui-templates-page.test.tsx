// @vitest-environment happy-dom
/**
 * Options > Templates against the real background handlers (fake-indexeddb): the page's requests go
 * through the router exactly as runtime messages would, minus the browser.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { isErrorResponse } from '../../lib/protocol/define';
import { createHandlers, storageErrorCode } from '../../lib/protocol/handlers';
import { starterTemplatesLoader } from './helpers/starter-templates';
import { createRegistry, createRouter, type Router } from '../../lib/protocol/router';
import { I18nProvider } from '../../components/i18n';
import { ToastProvider } from '../../components/ui';
import { TemplatesPage } from '../../components/options/templates/TemplatesPage';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { id: 'test', getURL: (p: string) => p } } }));
const bridge = vi.hoisted(() => ({ router: null as null | ((m: unknown) => Promise<unknown>) }));
vi.mock('../../components/messaging', () => {
  class RequestFailedError extends Error {}
  return {
    RequestFailedError,
    sendRequest: async (request: unknown) => {
      const r = await bridge.router!(request);
      if (isErrorResponse(r)) throw new RequestFailedError(r.error.message);
      return r;
    },
  };
});

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const NOW = new Date('2026-11-02T12:00:00.000Z');
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let repos: Repositories;
let router: Router;
let root: Root;
let host: HTMLElement;

const fetchText = (path: string) => readFile(join(process.cwd(), 'public', path), 'utf8');

async function until<T>(read: () => T | null | undefined | false | Promise<T | null | undefined | false>, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await read();
    if (v) return v;
    await act(async () => { await new Promise((r) => setTimeout(r, 10)); });
  }
  throw new Error(`timed out waiting for ${what}`);
}
const q = <E extends Element = HTMLElement>(sel: string) => host.querySelector<E>(sel);
const qa = (sel: string) => [...host.querySelectorAll<HTMLElement>(sel)];
const click = (el: Element) => act(async () => { (el as HTMLElement).click(); });
/** Sets a textarea/input value the way typing does, so React's onChange sees it. */
async function type(el: HTMLTextAreaElement | HTMLInputElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function mount(hash: string) {
  location.hash = hash;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root.render(
      <I18nProvider initialSetting="en" fetchText={fetchText}>
        <ToastProvider closeLabel="Close"><TemplatesPage /></ToastProvider>
      </I18nProvider>,
    );
  });
}

beforeEach(async () => {
  repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => NOW);
  router = createRouter(createRegistry(createHandlers({ repos, now: () => NOW, version: '1', starterTemplates: starterTemplatesLoader })), { extensionId: () => EXT, warn: () => {}, errorCodeOf: storageErrorCode });
  bridge.router = (m) => router(m, { id: EXT });
});
afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  repos.db.close();
});

describe('templates list', () => {
  it('shows the starters with their language coverage, and filters by search, category and tag', async () => {
    await mount('#/templates');
    const rows = await until(() => qa('[data-si="tpl-open"]').length === 12 && qa('[data-si="tpl-open"]'), 'the starters');
    expect(rows[0]?.textContent).toBe('Away message (holiday auto-reply)');
    expect(host.textContent).toContain('Starter');
    expect(qa('.tpl-lang--on')).toHaveLength(72);

    await type(q<HTMLInputElement>('[data-si="tpl-search"]')!, 'tracking');
    expect(qa('[data-si="tpl-open"]').map((r) => r.textContent)).toEqual(['Where is my order? (with tracking number, FBM)']);
    await type(q<HTMLInputElement>('[data-si="tpl-search"]')!, '');
    const [category, tag] = qa('select') as HTMLSelectElement[];
    await act(async () => { category!.value = 'invoice'; category!.dispatchEvent(new Event('change', { bubbles: true })); });
    expect(qa('[data-si="tpl-open"]').map((r) => r.textContent)).toEqual(['Invoice']);
    await act(async () => { category!.value = ''; category!.dispatchEvent(new Event('change', { bubbles: true })); });
    await act(async () => { tag!.value = 'pre-sale'; tag!.dispatchEvent(new Event('change', { bubbles: true })); });
    expect(qa('[data-si="tpl-open"]').map((r) => r.textContent)).toEqual(['Product question']);
  });
});

describe('template editor', () => {
  it('tabs per language, variable insertion at the caret, live syntax errors, preview with missing values and findings', async () => {
    await mount('#/templates/starter-where-is-my-order-fbm');
    await until(() => q('[data-si="tpl-editor"]'), 'the editor');
    expect(qa('[role="tab"]').map((t) => t.getAttribute('data-si'))).toEqual(['tpl-tab-en', 'tpl-tab-de', 'tpl-tab-fr', 'tpl-tab-it', 'tpl-tab-es', 'tpl-tab-ja']);
    await click(q('[data-si="tpl-tab-de"]')!);
    const body = q<HTMLTextAreaElement>('[data-si="tpl-body"]')!;
    expect(body.value).toMatch(/^Guten Tag/);

    // the FBA sample has no tracking number: a missing value, highlighted
    expect(q('[data-si="tpl-missing"]')?.textContent).toBe('[tracking number?]');
    expect(q('[data-si="tpl-verdict"]')?.textContent).toContain('No problem found');

    // a forbidden sentence: verdict, a highlighted span and the rule explained
    await type(body, `${body.value}\nBesuchen Sie www.lumen-home.de`);
    expect(q('[data-si="tpl-verdict"]')?.textContent).toContain('Amazon does not allow this message');
    expect(qa('[data-si="tpl-finding"]').map((s) => s.textContent).join('')).toContain('www.lumen-home.de');
    expect(q('[data-si="tpl-findings"]')?.textContent).toContain('Link outside Amazon');
    // the rule's internal id is not shown (issue 16, item 8)
    expect(q('[data-si="tpl-findings"]')?.textContent).not.toContain('(external-link)');
    expect(q('[data-si="tpl-tab-de"]')?.getAttribute('data-state')).toBe('block');
    expect(q('[data-si="tpl-tab-en"]')?.getAttribute('data-state')).toBe('ok');

    // insert a variable at the caret
    await type(body, 'Hallo , danke.');
    body.setSelectionRange(6, 6);
    await click(q('[data-si="tpl-insert-variable"]')!);
    const option = qa('[role="option"]').find((o) => o.textContent?.startsWith('{{buyer_first_name}}'))!;
    expect(option.textContent).toContain("Buyer's first name");
    await click(option);
    expect(q<HTMLTextAreaElement>('[data-si="tpl-body"]')!.value).toBe('Hallo {{buyer_first_name}}, danke.');

    // syntax errors with line and column, live
    await type(body, 'Hallo\n  {{buyerName}}');
    expect(q('[data-si="tpl-syntax-errors"]')?.textContent).toContain('Line 2, column 3: Unknown variable "{{buyerName}}". Did you mean {{buyer_name}}?');
    expect(q('[data-si="tpl-tab-de"]')?.getAttribute('data-state')).toBe('error');

    // empty languages show as such
    await type(body, '');
    expect(q('[data-si="tpl-tab-de"]')?.getAttribute('data-state')).toBe('empty');
  });

  it('creates, saves, duplicates and deletes (with confirmation)', async () => {
    await mount('#/templates/new');
    await until(() => q('[data-si="tpl-editor"]'), 'the editor');
    await click(q('[data-si="tpl-save"]')!);
    expect(q('[data-si="tpl-save"]')?.hasAttribute('disabled')).toBe(false);
    await type(q<HTMLTextAreaElement>('[data-si="tpl-body"]')!, 'Hi {{buyer_first_name}}');
    await click(q('[data-si="tpl-save"]')!);
    expect(q('[data-si="tpl-problems"]')?.textContent).toContain('A name is required.');

    await type(q<HTMLInputElement>('[data-si="tpl-name"]')!, 'Quick hello');
    await type(q<HTMLInputElement>('[data-si="tpl-tags"]')!, 'short, short, hello');
    await click(q('[data-si="tpl-save"]')!);
    const stored = await until(async () => (await repos.db.templates.toArray()).find((t) => t.name === 'Quick hello'), 'the save');
    expect(stored).toMatchObject({ tags: ['short', 'hello'], bodies: { en: 'Hi {{buyer_first_name}}' } });
    await until(() => location.hash === `#/templates/${stored.id}`, 'the route of the saved template');

    await click(await until(() => q('[data-si="tpl-duplicate"]'), 'duplicate'));
    await until(() => q('.tpl-editor__title')?.textContent === 'Quick hello (copy)', 'the copy opened');
    expect(await repos.db.templates.where('name').equals('Quick hello (copy)').count()).toBe(1);

    await click(await until(() => q('[data-si="tpl-delete"]'), 'delete'));
    const dialog = await until(() => document.querySelector<HTMLElement>('[role="dialog"]'), 'the confirmation');
    const confirm = [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Delete')!;
    await click(confirm);
    await until(() => location.hash === '#/templates', 'back to the list');
    expect((await repos.db.templates.toArray()).map((t) => t.name).filter((n) => n.startsWith('Quick'))).toEqual(['Quick hello']);
  });
});
