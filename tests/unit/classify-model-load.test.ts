/**
 * The classifier's weights are a packaged file (public/classifier/weights.json), loaded by the background on the
 * first classification: the loader (lib/classify/model/load.ts) checks the file, names the file and the field of a
 * broken one, shares one read among concurrent first calls and keeps the model; the handlers report "unavailable"
 * (an error answer for classify/texts, no category on stored threads and in the template context) instead of throwing.
 */
import { readFileSync } from 'node:fs';
import { createModelLoader, type ModelState } from '../../lib/classify/model/load';
import { modelFromText, WEIGHTS_FILE, WeightsFileError } from '../../lib/classify/model/weights-file';
import { predictWith } from '../../lib/classify/model/linear';
import { classifyMessage } from '../../lib/classify';
import { createRepositories, openDatabase } from '../../lib/db';
import { createHandlers } from '../../lib/protocol/handlers';
import { createRegistry, createRouter } from '../../lib/protocol/router';
import { WEIGHTS_PATH, shippedModel } from '../tools/classify/model-file.ts';

const GOOD = readFileSync(WEIGHTS_PATH, 'utf8');
const good = JSON.parse(GOOD) as Record<string, unknown>;
const edited = (patch: Record<string, unknown>): string => JSON.stringify({ ...good, ...patch });

/** A reader that answers `text` for the weights file, counting its reads; `gate` holds the answer back. */
function reader(text: string | Error, gate?: Promise<void>) {
  const reads: string[] = [];
  const read = async (file: string): Promise<string> => {
    reads.push(file);
    await gate;
    if (text instanceof Error) throw text;
    return text;
  };
  return { reads, read };
}

describe('the weights file (lib/classify/model/weights-file.ts)', () => {
  it('the shipped file gives the model the classifier used: same probabilities for a text', () => {
    const m = modelFromText(GOOD);
    expect(m.labels).toHaveLength(10);
    expect(m.weights.length).toBe(m.labels.length * m.dim);
    const text = 'Bitte stornieren Sie meine Bestellung';
    expect(predictWith(m, text)).toEqual(predictWith(shippedModel(), text));
    expect(classifyMessage(m, text).category).toBe('cancel-order');
  });

  it.each([
    ['not JSON', '{"dim": 32768,', ''],
    ['a missing field', edited({ weights: undefined }), 'weights'],
    ['weights not base64', edited({ weights: 'not base64!' }), 'weights'],
    ['too few weights', edited({ weights: 'AAAA' }), 'weights'],
    ['another DIM', edited({ dim: 1024 }), 'dim'],
    ['other labels', edited({ labels: ['where-is-my-order', 'other'] }), 'labels'],
    ['a bias per label missing', edited({ bias: [0, 1] }), 'bias'],
    ['a nested field of the wrong type', edited({ bias: [0, 0, 0, 0, 'x', 0, 0, 0, 0, 0] }), 'bias.4'],
  ])('%s: a WeightsFileError naming the file and the field', (_, text, field) => {
    let error: unknown;
    try { modelFromText(text); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(WeightsFileError);
    expect((error as WeightsFileError).file).toBe(WEIGHTS_FILE);
    expect((error as WeightsFileError).field).toBe(field);
    expect((error as Error).message).toMatch(new RegExp(`^classifier/weights\\.json: ${field ? `field "${field.replace('.', '\\.')}": ` : 'not JSON'}`));
  });
});

describe('the model loader (lib/classify/model/load.ts)', () => {
  it('reads the package file once, on the first call; concurrent first calls share that read; later calls reuse the model', async () => {
    let open!: () => void;
    const r = reader(GOOD, new Promise<void>((resolve) => { open = resolve; }));
    const load = createModelLoader(r.read);
    expect(r.reads).toEqual([]);
    const calls = [load(), load(), load()];
    open();
    const states = await Promise.all(calls);
    expect(r.reads).toEqual([WEIGHTS_FILE]);
    expect(states[0]?.model).toBeDefined();
    expect(states[1]?.model).toBe(states[0]?.model);
    expect(states[2]?.model).toBe(states[0]?.model);
    expect((await load()).model).toBe(states[0]?.model);
    expect(r.reads).toHaveLength(1);
  });

  it('a broken file: "unavailable" with the file and the field, never a throw; the next call reads again', async () => {
    const r = reader(edited({ weights: 42 }));
    const load = createModelLoader(r.read);
    const state: ModelState = await load();
    expect(state.model).toBeUndefined();
    expect(state.unavailable).toMatch(/^classifier\/weights\.json: field "weights": /);
    await load();
    expect(r.reads).toHaveLength(2);
  });

  it('a missing file: "unavailable" naming the file and why it could not be read', async () => {
    const state = await createModelLoader(reader(new Error('HTTP 404')).read)();
    expect(state.unavailable).toBe('classifier/weights.json: could not be read (HTTP 404)');
  });
});

describe('handlers while the model is unavailable: the seller is told, nothing is lost', () => {
  const NOW = new Date('2026-11-23T18:00:00Z');
  const EXT = 'abcdefghijklmnopabcdefghijklmnop';
  const own = { id: EXT, url: 'https://sellercentral.amazon.com/messaging/inbox', tab: { id: 1 } };
  const broken = createModelLoader(reader(new Error('HTTP 404')).read);

  async function setup() {
    const repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => NOW);
    const route = createRouter(createRegistry(createHandlers({ repos, now: () => NOW, version: '1', classifierModel: broken })), { extensionId: () => EXT, warn: () => undefined });
    return { repos, route };
  }

  it('classify/texts answers an error that says why (the page pauses its categories and shows it, as for any failed answer)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { route } = await setup();
    const r = await route({ type: 'classify/texts', items: [{ text: 'Please cancel my order', system: false }] }, own);
    expect(r).toEqual({ error: { code: 'internal', message: 'categories unavailable: classifier/weights.json: could not be read (HTTP 404)' } });
    warn.mockRestore();
  });

  it('threads/upsert stores the threads without a category; templates/context answers without one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { repos, route } = await setup();
    const r = await route({
      type: 'threads/upsert', accountId: 'A1', marketplaceId: 'ATVPDKIKX0DER',
      threads: [{ threadId: 'T1', buyerName: 'Ann', orderIds: [], isSystem: false, status: 'response-needed', subject: 'Cancel', preview: 'Please cancel my order' }],
    }, own);
    expect(r).toMatchObject({ stored: 1, inserted: 1 });
    const stored = await repos.threads.list('A1', 'ATVPDKIKX0DER');
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toHaveProperty('category');
    expect(await route({ type: 'templates/context', orderIds: [], buyerText: 'Please cancel my order' }, own)).toEqual({});
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('categories unavailable: classifier/weights.json'));
    warn.mockRestore();
  });
});
