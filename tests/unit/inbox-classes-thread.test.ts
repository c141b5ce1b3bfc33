// @vitest-environment happy-dom
/**
 * Page side of issue 16 item 5: an inbox row is asked with its thread, a conversation with all its messages,
 * and reading the conversation drops the row's cached class, so the inbox asks again and shows the same.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, openDatabase } from '../../lib/db';
import { classifyHandlers } from '../../lib/protocol/handlers/classify';
import { threadHandlers } from '../../lib/protocol/handlers/threads';
import { shippedModelLoader } from '../tools/classify/model-file.ts';
import type { ClassifyItem } from '../../lib/protocol/messages';

const NOW = new Date('2026-11-23T18:00:00Z');
const repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => NOW);
const sent: ClassifyItem[][] = [];
vi.mock('../../components/messaging', () => ({
  sendRequest: vi.fn(async (request: { items: ClassifyItem[] }) => {
    sent.push(request.items);
    return classifyHandlers({ repos, classifierModel: shippedModelLoader })['classify/texts']({ type: 'classify/texts', items: request.items.map((i) => (i.thread ? { ...i, thread: { ...i.thread, awaiting: i.thread.awaiting ?? true } } : { text: i.text, system: i.system, ...(i.messages ? { messages: i.messages } : {}) })) }, { sender: {} });
  }),
}));
const { classify, knownClass } = await import('../../components/features/inbox-shared/classes');

beforeEach(() => {
  sent.length = 0;
  const switcher = document.createElement('div');
  switcher.id = 'partner-switcher';
  switcher.setAttribute('data-merchant-id', 'AMERCHANT1');
  switcher.setAttribute('data-marketplace-id', 'A1PA6795UKMFR9');
  document.body.replaceChildren(switcher);
});

describe('inbox row and conversation classes', () => {
  it('the row goes with its thread; after the conversation is read and stored, the row asks again and agrees', async () => {
    const row = { threadId: 'T9', subject: 'Ihre Bestellung', preview: 'Hallo?? Keine Antwort?', isSystem: false, status: 'response-needed' };
    await classify([row]);
    expect(sent[0]?.[0]?.thread).toEqual({ accountId: 'AMERCHANT1', marketplaceId: 'A1PA6795UKMFR9', threadId: 'T9', awaiting: true });
    expect(knownClass(row)?.category).not.toBe('cancel-order');

    const messages = [
      { text: 'Bitte stornieren Sie meine Bestellung, ich habe doppelt bestellt.', sender: 'buyer' as const },
      { text: 'Hallo?? Keine Antwort?', sender: 'buyer' as const },
    ];
    const conversation = { threadId: 'T9', subject: 'Ihre Bestellung', isSystem: false, messages };
    await classify([conversation]);
    expect(sent[1]?.[0]).toMatchObject({ text: 'Ihre Bestellung', messages });
    expect(knownClass(conversation)).toMatchObject({ category: 'cancel-order', from: 0 });
    // the conversation page stores the main request (components/features/inbox-deadlines/thread-page.ts)
    await threadHandlers({ repos, now: () => NOW, version: '1', classifierModel: shippedModelLoader })['threads/upsert']({
      type: 'threads/upsert', accountId: 'AMERCHANT1', marketplaceId: 'A1PA6795UKMFR9',
      threads: [{ threadId: 'T9', buyerName: 'B', orderIds: [], isSystem: false, status: 'response-needed', category: 'cancel-order', request: messages[0]!.text }],
    }, { sender: {} });

    expect(knownClass(row)).toBeUndefined();
    await classify([row]);
    expect(sent).toHaveLength(3);
    expect(knownClass(row)?.category).toBe('cancel-order');
  });
});
