import { emptyProactive } from '../proactive-content';
import type { Rule } from '../types';

export const shippingConfirmation: Rule = {
  id: 'shipping-confirmation',
  explain: 'Amazon already sends order and shipping confirmations, and forbids sellers from sending their own unsolicited ones.',
  check(text, ctx, a) {
    if (emptyProactive(a, ctx.kind) !== 'shipping-only') return [];
    const start = text.length - text.trimStart().length;
    return [{ rule: this.id, severity: 'block', start, end: text.trimEnd().length, message: 'This unsolicited message only confirms the order or its shipment: Amazon sends those itself.' }];
  },
};
