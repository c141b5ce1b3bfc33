/**
 * Sample orders the editor's preview renders against: for each message language, one on that language's
 * marketplace with realistic names, order ids and products. "fba" is a delivered Amazon-fulfilled order (no
 * tracking number: Amazon ships it), "fbm" a seller-fulfilled order with a tracking number, "presale" a
 * question before any purchase (no order: order values are missing on purpose).
 */
import type { Language } from '../../../lib/model';
import type { TemplateContext } from '../../../lib/templates';

export type SampleKind = 'fba' | 'fbm' | 'presale';
export const SAMPLE_KINDS: readonly SampleKind[] = ['fba', 'fbm', 'presale'];

/** The marketplace whose rules and formats a language's body is previewed with. */
export const LANGUAGE_MARKETPLACE: Readonly<Record<Language, string>> = {
  en: 'ATVPDKIKX0DER', de: 'A1PA6795UKMFR9', fr: 'A13V1IB3VIYZZH', it: 'APJ6JRA9NG5V4', es: 'A1RKKUPIHCS9HS', ja: 'A1VC38T7YXB528',
};

interface LocalData {
  fba: { buyer: string; order: string; product: string; asin: string; sku: string };
  fbm: { buyer: string; order: string; product: string; asin: string; sku: string; tracking: string };
  presale: { buyer: string; product: string; asin: string };
}

const DATA: Readonly<Record<Language, LocalData>> = {
  en: {
    fba: { buyer: 'Emily Carter', order: '113-4829301-5567214', product: 'Bamboo Cutting Board Set, 3 Pieces', asin: 'B0CX7Q2M4L', sku: 'BCB-SET3' },
    fbm: { buyer: 'Michael Reyes', order: '112-7730154-9021846', product: 'Stainless Steel French Press, 34 oz', asin: 'B0D4KT8R2P', sku: 'FP-1000-SS', tracking: '1Z999AA10123456784' },
    presale: { buyer: 'Sarah Mitchell', product: 'Linen Tea Towels, Set of 4', asin: 'B0BQ9W1ZJ5' },
  },
  de: {
    fba: { buyer: 'Julia Schneider', order: '302-5518274-3306129', product: 'Bambus Schneidebrett-Set, 3-teilig', asin: 'B0CX7Q2M4L', sku: 'BCB-SET3' },
    fbm: { buyer: 'Thomas Müller', order: '305-8842017-1150963', product: 'Edelstahl French Press, 1 Liter', asin: 'B0D4KT8R2P', sku: 'FP-1000-SS', tracking: '00340434161094042557' },
    presale: { buyer: 'Katrin Weber', product: 'Geschirrtücher aus Leinen, 4er-Set', asin: 'B0BQ9W1ZJ5' },
  },
  fr: {
    fba: { buyer: 'Camille Dubois', order: '403-6627190-4417852', product: 'Lot de 3 planches à découper en bambou', asin: 'B0CX7Q2M4L', sku: 'BCB-SET3' },
    fbm: { buyer: 'Nicolas Lefèvre', order: '171-2290548-6673025', product: 'Cafetière à piston en inox, 1 L', asin: 'B0D4KT8R2P', sku: 'FP-1000-SS', tracking: '6A23456789012' },
    presale: { buyer: 'Élodie Martin', product: 'Torchons en lin, lot de 4', asin: 'B0BQ9W1ZJ5' },
  },
  it: {
    fba: { buyer: 'Giulia Rossi', order: '405-3381726-9902514', product: 'Set di 3 taglieri in bambù', asin: 'B0CX7Q2M4L', sku: 'BCB-SET3' },
    fbm: { buyer: 'Marco Bianchi', order: '171-6655093-2218470', product: 'Caffettiera a pistone in acciaio inox, 1 L', asin: 'B0D4KT8R2P', sku: 'FP-1000-SS', tracking: '068123456789012' },
    presale: { buyer: 'Francesca Ricci', product: 'Strofinacci in lino, set da 4', asin: 'B0BQ9W1ZJ5' },
  },
  es: {
    fba: { buyer: 'Lucía García', order: '171-9904312-7783150', product: 'Juego de 3 tablas de cortar de bambú', asin: 'B0CX7Q2M4L', sku: 'BCB-SET3' },
    fbm: { buyer: 'Javier Martínez', order: '402-1187364-5520917', product: 'Cafetera de émbolo de acero inoxidable, 1 L', asin: 'B0D4KT8R2P', sku: 'FP-1000-SS', tracking: 'PK4B2C0712345670' },
    presale: { buyer: 'Carmen López', product: 'Paños de cocina de lino, pack de 4', asin: 'B0BQ9W1ZJ5' },
  },
  ja: {
    fba: { buyer: '佐藤 美咲', order: '503-2847165-9930218', product: '竹製まな板 3枚セット', asin: 'B0CX7Q2M4L', sku: 'BCB-SET3' },
    fbm: { buyer: '田中 健太', order: '250-6613048-1179502', product: 'ステンレス製フレンチプレス 1L', asin: 'B0D4KT8R2P', sku: 'FP-1000-SS', tracking: '4567-8901-2345' },
    presale: { buyer: '鈴木 陽子', product: 'リネン キッチンクロス 4枚組', asin: 'B0BQ9W1ZJ5' },
  },
};

const STORE = { storeName: 'Lumen Home Goods', sellerId: 'A2LUMENHOME7Q' };

export interface Sample { kind: SampleKind; language: Language; buyer: string; ctx: TemplateContext }

export function sampleFor(language: Language, kind: SampleKind): Sample {
  const d = DATA[language];
  const marketplaceId = LANGUAGE_MARKETPLACE[language];
  if (kind === 'presale') {
    const p = d.presale;
    return { kind, language, buyer: p.buyer, ctx: { marketplaceId, buyerName: p.buyer, items: [{ asin: p.asin, title: p.product, quantity: 1 }], ...STORE } };
  }
  const o = d[kind];
  return {
    kind, language, buyer: o.buyer,
    ctx: {
      marketplaceId, buyerName: o.buyer, orderId: o.order, items: [{ asin: o.asin, sku: o.sku, title: o.product, quantity: 1 }],
      ...(kind === 'fbm' ? { trackingNumber: d.fbm.tracking, deliveryDate: '2026-11-24T12:00:00.000Z' } : { deliveryDate: '2026-11-20T12:00:00.000Z' }),
      ...STORE,
    },
  };
}
