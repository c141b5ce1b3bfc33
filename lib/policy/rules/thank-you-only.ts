import { emptyProactive } from '../proactive-content';
import type { Rule } from '../types';

export const thankYouOnly: Rule = {
  id: 'thank-you-only',
  explain: 'Amazon forbids unsolicited messages that only thank the buyer or say "we are here to help": contact buyers only when the order needs it.',
  check(text, ctx, a) {
    if (emptyProactive(a, ctx.kind) !== 'thanks-only') return [];
    const start = text.length - text.trimStart().length;
    return [{ rule: this.id, severity: 'block', start, end: text.trimEnd().length, message: 'This unsolicited message only thanks or offers help: Amazon does not allow it.' }];
  },
};
