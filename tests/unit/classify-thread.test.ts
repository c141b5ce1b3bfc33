/**
 * Issue 16 item 5: a thread's category comes from its main request, not from the last nudge, and the inbox
 * (newest text only) and the conversation page (every message) agree: lib/classify/thread.ts decides for
 * both, the background reads a thread's stored main request with an inbox row's text.
 */
import { classifyThread, isNudge, type ThreadText } from '../../lib/classify/thread.ts';
import { createRepositories, openDatabase } from '../../lib/db';
import { createHandlers } from '../../lib/protocol/handlers';
import type { Handlers } from '../../lib/protocol/router';
import { shippedModel, shippedModelLoader } from '../tools/classify/model-file.ts';

const MODEL = shippedModel();

const buyer = (...texts: string[]): ThreadText[] => texts.map((text) => ({ text, sender: 'buyer' }));
const cat = (...texts: string[]) => classifyThread(MODEL, buyer(...texts)).category;

describe('classifyThread: the main request decides, nudges inherit it', () => {
  it.each([
    ['cancel-order', ['Please cancel my order, I ordered the wrong size.', 'Following up on my message from yesterday']],
    ['invoice', ['Could you send me an invoice with VAT for this order?', 'any update?']],
    ['invoice', ['Could you send me an invoice with VAT for this order?', '???']],
    ['cancel-order', ['Bitte stornieren Sie die Bestellung.', 'Hallo??']],
    ['address-change', ["Pouvez-vous modifier l'adresse de livraison ? 3 rue Haute.", 'Des nouvelles ?']],
    ['invoice', ['Mi serve la fattura per la mia azienda.', 'Nessuna risposta?']],
    ['return-refund', ['Quiero devolverlo, me queda pequeño.', 'Hola?']],
    ['cancel-order', ['注文をキャンセルしてください。', 'まだですか？']],
    ['cancel-order', ['Please cancel my order.', 'ok thanks']],
  ] as const)('%s <- %j', (expected, texts) => expect(cat(...texts)).toBe(expected));

  it('a later, different request replaces the earlier one', () => {
    expect(cat('Where is my order?', 'It arrived today but the glass is cracked, I want my money back.')).toBe('return-refund');
  });
  it('a thread of nudges only still gets a category from its first message', () => {
    expect(cat('any update on my order?')).toBe('where-is-my-order');
  });
  it("the seller's messages do not count; a thread of Amazon's messages only is a notice", () => {
    const t = classifyThread(MODEL, [
      { text: 'Can I get an invoice please?', sender: 'buyer' },
      { text: 'We have refunded your order and sent the invoice.', sender: 'seller' },
      { text: 'hello?', sender: 'buyer' },
    ]);
    expect(t).toMatchObject({ category: 'invoice', from: 0 });
    expect(classifyThread(MODEL, [{ text: 'Delivery failure: the buyer has opted out of messages.', sender: 'amazon' }]).system).toBe(true);
  });
  it('the subject is read with the first buyer message', () => {
    expect(classifyThread(MODEL, buyer('Hello, see subject.', 'any news?'), 'Cancel order 123-1234567-1234567').category).toBe('cancel-order');
  });
});

describe('isNudge', () => {
  it.each(['any update?', 'Following up on my message from yesterday', '???', 'hello?', 'Nachfrage zu meiner Nachricht', 'relance', 'sollecito', 'alguna novedad?', 'まだですか？'])(
    'nudge: %s', (t) => expect(isNudge(t)).toBe(true));
  it.each(['Please cancel my order', 'Where is my parcel? It was due on Monday and the tracking has not moved since.', 'The lid is cracked'])(
    'not a nudge: %s', (t) => expect(isNudge(t)).toBe(false));
});

describe('inbox and conversation agree (background: classify/texts and threads/upsert)', () => {
  const NOW = new Date('2026-11-23T18:00:00Z');
  const ACC = 'A1LUMENHOME7Q';
  const MP = 'ATVPDKIKX0DER';
  const ctx = {} as Parameters<Handlers['classify/texts']>[1];
  let handlers: Handlers;
  let repos: Awaited<ReturnType<typeof createRepositories>>;

  beforeEach(async () => {
    repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => NOW);
    handlers = createHandlers({ repos, now: () => NOW, version: '1', classifierModel: shippedModelLoader });
  });

  const conversation = [
    { text: 'Please cancel my order, I bought it twice by mistake.', sender: 'buyer' as const },
    { text: 'Following up on my message from yesterday', sender: 'buyer' as const },
  ];
  const classify = (items: Parameters<Handlers['classify/texts']>[0]['items']) =>
    handlers['classify/texts']({ type: 'classify/texts', items }, ctx);
  const upsert = (t: Record<string, unknown>) => handlers['threads/upsert']({
    type: 'threads/upsert', accountId: ACC, marketplaceId: MP,
    threads: [{ threadId: 'T1', buyerName: 'Ann', orderIds: [], isSystem: false, status: 'response-needed', ...t }],
  }, ctx);

  it('the conversation page gets the main request and which message it is; the inbox row then agrees', async () => {
    const [page] = (await classify([{ text: 'Your order', system: false, messages: conversation }])).results;
    expect(page).toMatchObject({ category: 'cancel-order', from: 0 });
    // what the inbox shows before the conversation was read: the nudge alone says nothing
    const row = { text: 'Your order\nFollowing up on my message from yesterday', system: false, thread: { accountId: ACC, marketplaceId: MP, threadId: 'T1', awaiting: true } };
    expect((await classify([row])).results[0]?.category).toBe('other');
    // the conversation page stores the thread with its main request
    await upsert({ subject: 'Your order', category: page!.category, request: conversation[0]!.text });
    expect((await classify([row])).results[0]?.category).toBe('cancel-order');
  });

  it('an inbox update (page or background refresh) keeps the category of the stored request through a nudge', async () => {
    await upsert({ subject: 'Your order', category: 'cancel-order', request: conversation[0]!.text });
    await upsert({ subject: 'Your order', preview: 'any update??' });
    expect((await repos.threads.get(`${ACC}|${MP}|T1`))?.category).toBe('cancel-order');
    // a new request from the buyer does change it
    await upsert({ subject: 'Your order', preview: 'Actually please send it to 4 Mill Lane instead, I moved.' });
    expect((await repos.threads.get(`${ACC}|${MP}|T1`))?.category).toBe('address-change');
  });

  it('a thread that awaits no answer: its newest text may be the seller\'s, the stored request decides', async () => {
    await upsert({ subject: 'Your order', category: 'invoice', request: 'Could you send me an invoice please?' });
    await upsert({ subject: 'Your order', preview: 'We have refunded you and cancelled the order.', status: 'answered' });
    expect((await repos.threads.get(`${ACC}|${MP}|T1`))?.category).toBe('invoice');
  });
});
