/**
 * What a send would be, exactly: for Amazon's request, Amazon's fixed text (we send no text of our own);
 * for a template message, the template rendered for the order in the buyer's language, with the policy
 * verdict. Used by test mode, by the queue on the options page, and by the runner right before a message
 * goes (an incomplete render or a blocked verdict holds the message: it is never sent).
 */
import { checkMessage } from '../../policy';
import { pickBody, renderTemplate, replacedNote, type TemplateContext } from '../../templates';
import type { Account, Campaign, Order, OrderItem, Template } from '../../model';
import { storeNameOf } from '../../store-name';

export type PreviewVerdict = 'ok' | 'warn' | 'block' | 'incomplete' | 'no-template';

export interface SendPreview {
  method: Campaign['method'];
  /** rendered text (template messages); empty for Amazon's request */
  text: string;
  subject: string;
  language?: string;
  verdict: PreviewVerdict;
  /** rule ids of policy findings, or missing variable names; `replaced:<variable>:<why>` for a buyer value left out */
  notes: string[];
}

/** May a message with this verdict go out? (warn: the seller accepted the template with its warnings) */
export const isSendable = (p: SendPreview): boolean => p.verdict === 'ok' || p.verdict === 'warn';

export function templateContext(order: Order, items: readonly OrderItem[], account?: Pick<Account, 'id' | 'name' | 'storeName'>): TemplateContext {
  const storeName = storeNameOf(account);
  return {
    marketplaceId: order.marketplaceId ?? '',
    orderId: order.orderId,
    items: items.map((i) => ({ asin: i.asin, quantity: i.quantity, ...(i.sku ? { sku: i.sku } : {}), ...(i.title ? { title: i.title } : {}) })),
    ...(order.buyerName ? { buyerName: order.buyerName } : {}),
    ...(order.latestDeliveryDate ?? order.earliestDeliveryDate ? { deliveryDate: order.latestDeliveryDate ?? order.earliestDeliveryDate } : {}),
    ...(order.trackingNumber ? { trackingNumber: order.trackingNumber } : {}),
    ...(storeName ? { storeName } : {}),
    ...(account?.id ?? order.accountId ? { sellerId: account?.id ?? order.accountId } : {}),
  };
}

export function previewSend(
  campaign: Pick<Campaign, 'method'>, order: Order, items: readonly OrderItem[], template: Template | undefined,
  account?: Pick<Account, 'id' | 'name' | 'storeName'>,
): SendPreview {
  const subject = `Order ${order.orderId}`;
  if (campaign.method === 'amazon-review-request') return { method: campaign.method, text: '', subject, verdict: 'ok', notes: [] };
  if (!template) return { method: campaign.method, text: '', subject, verdict: 'no-template', notes: [] };
  const body = pickBody(template, order.marketplaceId);
  if (!body) return { method: campaign.method, text: '', subject, verdict: 'no-template', notes: [] };
  // nobody reads a campaign message before it goes: buyer values are bounded (lib/templates/buyer-values.ts)
  const rendered = renderTemplate(body.body, templateContext(order, items, account), { unattended: true });
  const replaced = rendered.replaced.map(replacedNote);
  if (!rendered.complete) {
    return {
      method: campaign.method, text: rendered.text, subject, language: body.language, verdict: 'incomplete',
      notes: rendered.errors.length ? rendered.errors.map((e) => e.message) : [...rendered.missing, ...replaced],
    };
  }
  const policy = checkMessage(rendered.text, { kind: 'review-request', ...(order.marketplaceId ? { marketplace: order.marketplaceId } : {}) });
  return {
    method: campaign.method, text: rendered.text, subject, language: body.language, verdict: policy.verdict,
    notes: [...new Set(policy.findings.map((f) => f.rule)), ...replaced],
  };
}
