/**
 * Handlers for the reply box (compose-templates, compose-policy): the policy check and the thread's
 * template values from stored orders plus the category of the buyer's last message. They run here,
 * in the background, so that the policy rules and the classifier's keyword tables stay out of the
 * content script (its bundle budget).
 */
import { classifyMessage } from '../../classify';
import type { Order } from '../../model';
import { checkMessage, ruleById } from '../../policy';
import type { TemplateItem } from '../../templates/variables';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

type ComposeHandlers = Pick<Handlers, 'compose/check' | 'templates/context'>;

/** The stored order's values a template can use (the first of the thread's orders that we know). */
export interface StoredOrderContext {
  orderId: string;
  buyerName?: string;
  items: TemplateItem[];
  /** ISO date: the latest expected delivery date */
  deliveryDate?: string;
  trackingNumber?: string;
}

const deliveryOf = (o: Order): string | undefined => o.latestDeliveryDate ?? o.earliestDeliveryDate;

export function composeHandlers({ repos }: HandlerDeps): ComposeHandlers {
  return {
    'compose/check': ({ text, kind, marketplace }) => {
      const result = checkMessage(text, { kind, ...(marketplace ? { marketplace } : {}) });
      const explain: Record<string, string> = {};
      for (const f of result.findings) explain[f.rule] ??= ruleById(f.rule)?.explain ?? '';
      return Promise.resolve({ result, explain });
    },

    'templates/context': async ({ orderIds, buyerText, language }) => {
      let order: StoredOrderContext | undefined;
      for (const id of orderIds) {
        const found = await repos.orders.get(id);
        if (!found) continue;
        const o = found.order;
        const deliveryDate = deliveryOf(o);
        order = {
          orderId: o.orderId,
          ...(o.buyerName ? { buyerName: o.buyerName } : {}),
          items: found.items.map((i) => ({
            asin: i.asin, quantity: i.quantity, ...(i.sku ? { sku: i.sku } : {}), ...(i.title ? { title: i.title } : {}),
          })),
          ...(deliveryDate ? { deliveryDate } : {}),
          ...(o.trackingNumber ? { trackingNumber: o.trackingNumber } : {}),
        };
        break;
      }
      const c = buyerText?.trim() ? classifyMessage(buyerText, language) : undefined;
      return {
        ...(order ? { order } : {}),
        ...(c && !c.system ? { category: c.category, confidence: c.confidence } : {}),
      };
    },
  };
}
