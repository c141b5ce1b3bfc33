import { compile, finding, spans, test } from '../phrases';
import { emptyProactive } from '../proactive-content';
import type { Rule } from '../types';
import { REVIEW_WORDS, SUBSTANCE } from '../vocab';
import { MARKETING } from './marketing';

const MARK = /\[\s*(?:important|wichtig|importante|重要|urgent|dringend|urgente)\s*\]|【\s*(?:重要|important)\s*】/g;
const REVIEW = compile(REVIEW_WORDS);
const CRITICAL = compile(SUBSTANCE);

export const importantMisuse: Rule = {
  id: 'important-misuse',
  explain: '"[Important]" lets a message reach buyers who opted out, so Amazon allows it only for messages critical to completing the order and penalises misuse.',
  check(_text, ctx, a) {
    const marks = spans(MARK, a.norm);
    if (marks.length === 0) return [];
    let why: string | undefined;
    let severity: 'warn' | 'block' = 'block';
    if (ctx.kind === 'review-request' || test(REVIEW, a.norm)) why = 'a review request is never critical to the order';
    else if (test(MARKETING, a.norm)) why = 'marketing is never critical to the order';
    else if (emptyProactive(a, ctx.kind)) why = 'thanks or shipping news are not critical to the order';
    else if (!test(CRITICAL, a.norm)) { why = 'use it only when the buyer must act to complete the order'; severity = 'warn'; }
    if (!why) return [];
    return marks.map(([s, e]) => finding(a, this.id, severity, s, e, `"[Important]" misused: ${why}.`));
  },
};
