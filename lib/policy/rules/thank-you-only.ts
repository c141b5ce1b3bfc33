import { emptyProactive } from '../proactive-content';
import type { Rule } from '../types';

export const thankYouOnly: Rule = {
  id: 'thank-you-only',
  check(text, ctx, a) {
    if (emptyProactive(a, ctx.kind) !== 'thanks-only') return [];
    const start = text.length - text.trimStart().length;
    return [{ rule: this.id, severity: 'block', start, end: text.trimEnd().length, code: 'thanksOnly' }];
  },
};
