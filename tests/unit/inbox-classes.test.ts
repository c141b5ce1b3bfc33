/** Categories for the page UI: asked of the background once per unknown text, cached; the background's side. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyHandlers, withCategory } from '../../lib/protocol/handlers/classify';
import { shippedModel, shippedModelLoader } from '../tools/classify/model-file.ts';

const requests: Array<{ items: { text: string; system: boolean }[] }> = [];
vi.mock('../../components/messaging', () => ({
  sendRequest: vi.fn(async (request: { type: string; items: { text: string; system: boolean }[] }) => {
    requests.push({ items: request.items });
    return classifyHandlers({ classifierModel: shippedModelLoader })['classify/texts']({ type: 'classify/texts', items: request.items }, { sender: {} });
  }),
}));

const { classify, knownClass } = await import('../../components/features/inbox-shared/classes');

beforeEach(() => { requests.length = 0; });

describe('page classes (inbox-shared/classes.ts)', () => {
  it('asks once for the unknown texts of a pass, one item per distinct text, and then knows them', async () => {
    const a = { subject: 'Where is my order?', preview: 'It has not arrived yet, tracking shows nothing', isSystem: false };
    const b = { ...a };
    const c = { subject: 'Rechnung', preview: 'Bitte senden Sie mir eine Rechnung mit MwSt für meine Bestellung', isSystem: false };
    expect(knownClass(a)).toBeUndefined();
    await classify([a, b, c]);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.items).toHaveLength(2);
    expect(knownClass(a)?.category).toBe('where-is-my-order');
    expect(knownClass(b)).toBe(knownClass(a));
    expect(knownClass(c)?.category).toBe('invoice');
    // a re-read of the same rows (new objects, same texts) asks nothing
    await classify([{ ...a }, { ...c }]);
    expect(requests).toHaveLength(1);
  });

  it('keeps Amazon notices apart from the same text by a buyer', async () => {
    const text = { subject: 'Your listing was removed', preview: 'We removed your listing because it violates policy.', isSystem: false };
    await classify([text, { ...text, isSystem: true }]);
    expect(requests[0]?.items.map((i) => i.system)).toEqual([false, true]);
    expect(knownClass({ ...text, isSystem: true })?.system).toBe(true);
  });
});

describe('the background fills a category the page did not send', () => {
  it('classifies subject and preview; keeps a category that was sent; leaves a record without text alone', () => {
    const t = { threadId: 'T', buyerName: 'B', orderIds: [], status: 'response-needed' as const, isSystem: false };
    expect(withCategory({ ...t, subject: 'Cancel my order', preview: 'Please cancel the order, I ordered by mistake' }, shippedModel()))
      .toMatchObject({ category: 'cancel-order' });
    expect(withCategory({ ...t, subject: 'Cancel my order', category: 'other' as const }, shippedModel()).category).toBe('other');
    expect(withCategory(t, shippedModel())).not.toHaveProperty('category');
  });
});

describe('one question per text, also when two features ask at once', () => {
  it('a second caller waits for the answer under way instead of asking again', async () => {
    const s = { subject: 'Refund please', preview: 'I returned the item two weeks ago and still have no refund', isSystem: false };
    await Promise.all([classify([s]), classify([{ ...s }])]);
    expect(requests).toHaveLength(1);
    expect(knownClass({ ...s })?.category).toBe('return-refund');
  });
});
