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
  check(_text, ctx, a) {
    const marks = spans(MARK, a.norm);
    if (marks.length === 0) return [];
    let why: string | undefined;
    let severity: 'warn' | 'block' = 'block';
    if (ctx.kind === 'review-request' || test(REVIEW, a.norm)) why = 'importantReview';
    else if (test(MARKETING, a.norm)) why = 'importantMarketing';
    else if (emptyProactive(a, ctx.kind)) why = 'importantThanks';
    else if (!test(CRITICAL, a.norm)) { why = 'importantNotCritical'; severity = 'warn'; }
    if (!why) return [];
    return marks.map(([s, e]) => finding(a, this.id, severity, s, e, why));
  },
};
