/** The page's class cache key of a row: made once per row while the row says the same, made again when it changes. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyHandlers } from '../../lib/protocol/handlers/classify';
import { shippedModelLoader } from '../tools/classify/model-file.ts';

vi.mock('../../components/messaging', () => ({
  sendRequest: vi.fn(async (request: { type: string; items: { text: string; system: boolean }[] }) =>
    classifyHandlers({ classifierModel: shippedModelLoader })['classify/texts']({ type: 'classify/texts', items: request.items }, { sender: {} })),
}));

const { classify, knownClass } = await import('../../components/features/inbox-shared/classes');

afterEach(() => vi.restoreAllMocks());

describe('class cache keys of inbox rows', () => {
  it('asks about an unclassified row many times for the cost of one key', () => {
    const row = { subject: 'Where is my order?', preview: 'Tracking shows nothing since Monday', isSystem: false, status: 'response-needed' };
    knownClass(row);
    const stringify = vi.spyOn(JSON, 'stringify');
    for (let i = 0; i < 20; i++) expect(knownClass(row)).toBeUndefined();
    expect(stringify).not.toHaveBeenCalled();
  });

  it('a row not classified yet whose text changed is looked up by its new text', async () => {
    const row = { subject: 'Rechnung', preview: 'Bitte senden Sie mir eine Rechnung mit MwSt für meine Bestellung', isSystem: false };
    expect(knownClass(row)).toBeUndefined();
    Object.assign(row, { subject: 'Where is my order?', preview: 'It has not arrived yet, tracking shows nothing at all' });
    await classify([{ ...row }]);
    expect(knownClass(row)?.category).toBe('where-is-my-order');
  });
});
