/** `classify/texts`: the categories of inbox rows and conversations, for the page UI (lib/classify). */
import { classifyMessage } from '../../classify';
import type { Handlers } from '../router';

type ClassifyHandlers = Pick<Handlers, 'classify/texts'>;

/** One text's class: rounded confidence, `system` when the classifier or the page knows it is Amazon's notice. */
export function classOf(text: string, system: boolean): { category: ReturnType<typeof classifyMessage>['category']; confidence: number; system: boolean } {
  const c = classifyMessage(text, undefined, system ? 'amazon' : undefined);
  return { category: c.category, confidence: Math.round(c.confidence * 100) / 100, system: system || c.system === true };
}

/** The text a thread's category is read from: subject and preview (the inbox row's), as the page sends them. */
export const threadText = (t: { subject?: string | undefined; preview?: string | undefined }): string =>
  [t.subject, t.preview].filter(Boolean).join('\n');

/** A thread record the page sent without a category gets one here, from its subject and preview. */
export function withCategory<T extends { subject?: string; preview?: string; isSystem: boolean; category?: string; categoryConfidence?: number }>(t: T): T {
  if (t.category !== undefined) return t;
  const text = threadText(t);
  if (!text) return t;
  const c = classOf(text, t.isSystem);
  return { ...t, category: c.category, categoryConfidence: c.confidence };
}

export function classifyHandlers(): ClassifyHandlers {
  return {
    'classify/texts': ({ items }) => ({ results: items.map((i) => classOf(i.text, i.system)) }),
  };
}
