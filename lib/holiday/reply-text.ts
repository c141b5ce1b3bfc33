/**
 * The auto-reply's text for a thread: the template for the thread's marketplace (or the one for all), in the buyer's
 * marketplace language (pickBody), rendered with bounded buyer values and policy-checked as a reply; or why it may not
 * go (`skip`). Pure.
 */
import type { Thread } from '../model';
import { checkMessage } from '../policy';
import { pickBody, renderTemplate, replacedNote, type TemplateContext } from '../templates';

/** The reply text for a thread: rendered, policy-checked; or why it may not go. */
export function holidayText(
  thread: Thread, template: { bodies: Parameters<typeof pickBody>[0]['bodies'] } | undefined, extra: Partial<TemplateContext> = {},
): { text: string; language: string; replaced: string[] } | { skip: string } {
  if (!template) return { skip: 'no-template' };
  const body = pickBody(template, thread.marketplaceId);
  if (!body) return { skip: 'no-template' };
  const ctx: TemplateContext = {
    marketplaceId: thread.marketplaceId, items: [],
    ...(thread.buyerName ? { buyerName: thread.buyerName } : {}),
    ...(thread.orderIds[0] ? { orderId: thread.orderIds[0] } : {}),
    sellerId: thread.accountId,
    ...extra,
  };
  // nobody reads an auto-reply before it goes: buyer values are bounded (lib/templates/buyer-values.ts)
  const r = renderTemplate(body.body, ctx, { unattended: true });
  if (!r.complete) return { skip: `incomplete: ${(r.errors.length ? r.errors.map((e) => e.message) : r.missing).join(', ')}` };
  const policy = checkMessage(r.text, { kind: 'reply', marketplace: thread.marketplaceId });
  if (policy.verdict === 'block') return { skip: `policy: ${[...new Set(policy.findings.filter((f) => f.severity === 'block').map((f) => f.rule))].join(', ')}` };
  return { text: r.text, language: body.language, replaced: r.replaced.map(replacedNote) };
}
