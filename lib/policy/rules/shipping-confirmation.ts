import { emptyProactive } from '../proactive-content';
import type { Rule } from '../types';

export const shippingConfirmation: Rule = {
  id: 'shipping-confirmation',
  check(text, ctx, a) {
    if (emptyProactive(a, ctx.kind) !== 'shipping-only') return [];
    const start = text.length - text.trimStart().length;
    return [{ rule: this.id, severity: 'block', start, end: text.trimEnd().length, code: 'shippingOnly' }];
  },
};
