/**
 * threadClassOf (lib/protocol/handlers/classify.ts) answers each distinct question once per model: an inbox row is
 * asked about when its record is stored without a category and again for its chip, and again on every reload.
 */
import { describe, expect, it, vi } from 'vitest';
import { shippedModel } from '../tools/classify/model-file.ts';

const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../lib/classify/thread', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/classify/thread')>();
  return { ...real, classifyThread: (...args: Parameters<typeof real.classifyThread>) => { calls.n++; return real.classifyThread(...args); } };
});
const { threadClassOf, withCategory } = await import('../../lib/protocol/handlers/classify');

describe('class answers', () => {
  it('a question asked again is answered from what was decided; another question is decided', () => {
    const model = shippedModel();
    const text = 'Where is my order?\nIt has not arrived and tracking shows nothing';
    calls.n = 0;
    const first = threadClassOf(model, text, false);
    // the same row: its record stored without a category (withCategory), then the page's chip
    expect((withCategory({ subject: 'Where is my order?', preview: 'It has not arrived and tracking shows nothing', isSystem: false }, model) as { category?: string }).category).toBe(first.category);
    expect(threadClassOf(model, text, false)).toEqual(first);
    expect(calls.n).toBe(1);
    // with the stored main request, and awaiting or not: other questions
    threadClassOf(model, text, false, undefined, 'I want to return it', true);
    threadClassOf(model, text, false, undefined, 'I want to return it', false);
    expect(calls.n).toBe(3);
    // a conversation's messages are decided each time (not kept)
    const messages = [{ text: 'Where is my order?', sender: 'buyer' as const }];
    threadClassOf(model, 'Where is my order?', false, messages);
    threadClassOf(model, 'Where is my order?', false, messages);
    expect(calls.n).toBe(5);
    // an answer handed out cannot be changed by a caller
    expect(Object.isFrozen(first)).toBe(true);
  });
});
