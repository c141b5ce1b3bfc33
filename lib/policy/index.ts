/**
 * Seller message policy check (Amazon buyer-seller messaging rules, shared/reference/amazon-data.md
 * section 7). Pure: no DOM, no browser API.
 *
 * Severity judgement:
 * - block: what Amazon forbids outright (links off Amazon, e-mail, phone, other channels, marketing,
 *   review manipulation, thanks-only or shipping-only proactive messages, "[Important]" on non-critical
 *   messages, HTML, Chinese text slipping into a non-Chinese marketplace).
 * - warn: what depends on context the text cannot show (Amazon links in unsolicited messages, a
 *   reminder of an earlier review request, emojis, a whole message in another language than the
 *   marketplace's: the buyer may prefer it, coupon words in a reply answering the buyer).
 */
import { analyse } from './analyse';
import { RULES } from './rules';
import type { Finding, PolicyContext, PolicyResult } from './types';

export type { Finding, MessageKind, PolicyContext, PolicyResult, Rule, Severity, Verdict } from './types';
export { RULES, ruleById } from './rules';

export function checkMessage(text: string, ctx: PolicyContext): PolicyResult {
  if (!text.trim()) return { verdict: 'ok', findings: [] };
  const a = analyse(text, ctx.marketplace);
  const findings: Finding[] = [];
  for (const rule of RULES) findings.push(...rule.check(text, ctx, a));
  findings.sort((x, y) => x.start - y.start || x.end - y.end);
  const verdict = findings.some((f) => f.severity === 'block') ? 'block' : findings.length > 0 ? 'warn' : 'ok';
  return { verdict, findings };
}
