/** Turns a phrase book entry and an order into message text, subject and seller reply. */
import type { Category, Language } from '../../../lib/model';
import { CITIES } from './names';
import { PHRASES, fill } from './phrases';
import type { Rng } from './random';
import { DAY, formatDay } from './time';
import type { ReplicaBuyer, ReplicaOrder, ReplicaProduct, SystemKind } from './types';

export interface ComposeContext {
  rng: Rng;
  language: Language;
  marketplaceCode: string;
  timeZone: string;
  sellerName: string;
  buyer: ReplicaBuyer | undefined;
  order: ReplicaOrder | undefined;
  secondOrder: ReplicaOrder | undefined;
  product: ReplicaProduct;
  /** when the message is written */
  at: number;
}

const firstName = (buyer: ReplicaBuyer | undefined): string => buyer?.name.split(' ')[0] ?? '';

export const values = (ctx: ComposeContext): Record<string, string> => {
  const { rng, order, product, language } = ctx;
  const book = PHRASES[language];
  const item = order?.items[0];
  const deliveryMs = order?.latestDeliveryDate ? Date.parse(order.latestDeliveryDate)
    : order ? Date.parse(order.purchaseDate) + 5 * DAY : ctx.at - 3 * DAY;
  const sinceOrder = order ? Math.round((ctx.at - Date.parse(order.purchaseDate)) / DAY) : 0;
  return {
    order: order?.orderId ?? '',
    order2: ctx.secondOrder?.orderId ?? '',
    product: product.shortNames[language],
    color: product.colorNames[language],
    qty: String(item && item.quantityOrdered > 1 ? item.quantityOrdered : rng.int(2, 5)),
    date: formatDay(deliveryMs, book.locale, ctx.timeZone),
    days: String(sinceOrder >= 2 ? sinceOrder : rng.int(3, 14)),
    name: firstName(ctx.buyer),
    seller: ctx.sellerName,
    city: rng.pick(CITIES[ctx.marketplaceCode] ?? CITIES.US ?? ['Springfield']),
  };
};

/** A buyer message for `category`; avoids phrasings that mention an order when there is none. */
export const buyerText = (ctx: ComposeContext, category: Category, avoid?: string): string => {
  const { rng } = ctx;
  const book = PHRASES[ctx.language];
  let options = book.buyer[category].filter((p) => p !== avoid);
  if (!ctx.order) options = options.filter((p) => !p.includes('{order}')).length ? options.filter((p) => !p.includes('{order}')) : options;
  const body = rng.pick(options);
  const v = values(ctx);
  const parts = [
    fill(rng.pick(book.greetings), v),
    fill(body, v) + (ctx.secondOrder ? ` ${fill(book.secondOrder, v)}` : ''),
    fill(rng.pick(book.signoffs), v),
  ];
  return parts.filter((p) => p.trim() !== '').join('\n\n');
};


export const followUpText = (ctx: ComposeContext): string => ctx.rng.pick(PHRASES[ctx.language].followUps);

export const sellerText = (ctx: ComposeContext): string => fill(ctx.rng.pick(PHRASES[ctx.language].sellerReplies), values(ctx));

export const systemMessage = (ctx: ComposeContext, kind: SystemKind): { subject: string; text: string } => {
  const entry = ctx.rng.pick(PHRASES[ctx.language].system[kind]);
  const v = { ...values(ctx), name: ctx.buyer?.name ?? '' };
  return { subject: fill(entry.subject, v), text: fill(entry.text, v) };
};

export const subjectFor = (ctx: ComposeContext, category: Category): string => {
  const { rng, order } = ctx;
  const book = PHRASES[ctx.language];
  const v = values(ctx);
  if (rng.chance(0.4)) {
    const generic = order ? book.genericSubjects[0] : book.genericSubjects[1];
    if (generic) return fill(generic, v);
  }
  const subject = rng.pick(book.subjects[category]);
  return order ? `${subject} (${order.orderId})` : subject;
};
