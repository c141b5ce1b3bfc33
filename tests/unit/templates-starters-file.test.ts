/**
 * The starter templates' texts ship as a package file (templates/starters.json, written by the build from the
 * language files: wxt.config.ts), read by the background when it first puts the starters in, not carried in its
 * script. The file gives exactly the starters; a broken one is named with its field; listing the templates while it
 * cannot be read answers without the starters and tries again on the next listing.
 */
import { STARTER_TEMPLATES, STARTER_TEXTS } from '../../lib/templates/starters';
import { STARTERS_FILE, startersFromText } from '../../lib/templates/starters/file';
import { createFileLoader } from '../../lib/package-file';
import { createRepositories, openDatabase } from '../../lib/db';
import { createHandlers } from '../../lib/protocol/handlers';
import type { Handlers } from '../../lib/protocol/router';

const FILE = JSON.stringify(STARTER_TEXTS);
const broken = (patch: (t: Record<string, Record<string, unknown>>) => void): string => {
  const t = JSON.parse(FILE) as Record<string, Record<string, unknown>>;
  patch(t);
  return JSON.stringify(t);
};

describe('templates/starters.json (lib/templates/starters/file.ts)', () => {
  it('the file the build writes gives exactly the starter templates', () => {
    expect(startersFromText(FILE)).toEqual(STARTER_TEMPLATES);
  });

  it.each([
    ['not JSON', '{"en":', /^templates\/starters\.json: not JSON/],
    ['a language missing', broken((t) => { delete t.ja; }), /^templates\/starters\.json: field "ja": /],
    ['a starter missing', broken((t) => { delete t.de!['cancel-order']; }), /^templates\/starters\.json: field "de\.cancel-order": /],
    ['an empty text', broken((t) => { t.fr!.invoice = ''; }), /^templates\/starters\.json: field "fr\.invoice": /],
    ['a text of the wrong type', broken((t) => { t.en!.other = 42; }), /^templates\/starters\.json: field "en\.other": /],
  ])('%s: an error naming the file and the field', (_, text, message) => {
    expect(() => startersFromText(text)).toThrow(message);
  });
});

describe('templates/list while the file cannot be read', () => {
  it('lists without the starters (the console says why), and puts them in on a later listing that can read it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let fail = true;
    const reads: string[] = [];
    const loader = createFileLoader(async (file) => {
      reads.push(file);
      if (fail) throw new Error('HTTP 404');
      return FILE;
    }, STARTERS_FILE, startersFromText);
    const repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`));
    const handlers: Handlers = createHandlers({ repos, now: () => new Date('2026-11-23T12:00:00Z'), version: '1', starterTemplates: loader });
    const list = () => handlers['templates/list']({ type: 'templates/list' }, { sender: {} });
    expect((await list()).templates).toEqual([]);
    expect(warn).toHaveBeenCalledWith('[seller-inbox] starter templates unavailable: templates/starters.json: could not be read (HTTP 404)');
    fail = false;
    expect((await list()).templates.map((t) => t.id).sort()).toEqual(STARTER_TEMPLATES.map((t) => t.id).sort());
    // once they are in, listing reads nothing
    await list();
    expect(reads).toEqual([STARTERS_FILE, STARTERS_FILE]);
    warn.mockRestore();
  });
});
