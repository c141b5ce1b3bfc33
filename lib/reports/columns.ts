/**
 * Column names of the Seller Central reports (amazon-data.md section 4), normalised so that
 * `Order ID`, ` order_id ` and `\uFEFFOrder-ID` all read as `order-id`. Columns are always found by name.
 */
import type { ReportKind } from './types';

export interface ReportSpec {
  kind: ReportKind;
  label: string;
  /** the columns of the documented layout, canonical names, in file order */
  expected: readonly string[];
  /** without these the file cannot be read */
  required: readonly string[];
  /** normalised variant -> canonical name */
  aliases: Readonly<Record<string, string>>;
  /** columns found in no other report kind: one of them makes this kind a strong candidate */
  signature: readonly string[];
  /**
   * columns of real variants of this report beyond `expected` (read or knowingly left out): any other column
   * gets a warning, so that no column is dropped without saying so
   */
  extra: readonly string[];
}

/** Lower case, trimmed, BOM and surrounding quotes dropped, blanks and underscores as hyphens. */
export function normaliseHeader(name: string): string {
  let s = name.replace(/^\uFEFF/, '').trim();
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1).trim();
  return s.toLowerCase().replace(/[\s_]+/g, '-');
}

const ALL_ORDERS = [
  'amazon-order-id', 'merchant-order-id', 'purchase-date', 'last-updated-date', 'order-status',
  'fulfillment-channel', 'sales-channel', 'order-channel', 'ship-service-level', 'product-name', 'sku', 'asin',
  'item-status', 'quantity', 'currency', 'item-price', 'item-tax', 'shipping-price', 'shipping-tax',
  'gift-wrap-price', 'gift-wrap-tax', 'item-promotion-discount', 'ship-promotion-discount', 'ship-city',
  'ship-state', 'ship-postal-code', 'ship-country', 'promotion-ids', 'cpf', 'is-business-order',
  'purchase-order-number', 'price-designation',
] as const;

const FEEDBACK = ['date', 'rating', 'comments', 'response', 'order-id', 'rater-email'] as const;
const FEEDBACK_LEGACY = [
  'date', 'rating', 'comments', 'your-response', 'arrived-on-time', 'item-as-described', 'customer-service',
  'order-id', 'rater-email', 'rater-role',
] as const;

const FEEDBACK_ALIASES = { comment: 'comments', 'amazon-order-id': 'order-id', 'rater-e-mail': 'rater-email' } as const;

const RETURNS_SF = [
  'order-id', 'order-date', 'return-request-date', 'return-request-status', 'amazon-rma-id', 'merchant-rma-id',
  'label-type', 'label-cost', 'currency-code', 'return-carrier', 'tracking-id', 'label-to-be-paid-by',
  'a-to-z-claim', 'is-prime', 'asin', 'merchant-sku', 'item-name', 'return-quantity', 'return-reason',
  'in-policy', 'return-type', 'resolution', 'invoice-number', 'return-delivery-date', 'order-amount',
  'order-quantity', 'safet-action-reason', 'safet-claim-id', 'safet-claim-state', 'safet-claim-creation-time',
  'safet-claim-reimbursement-amount', 'refunded-amount',
] as const;

const RETURNS_FBA = [
  'return-date', 'order-id', 'sku', 'asin', 'fnsku', 'product-name', 'quantity', 'fulfillment-center-id',
  'detailed-disposition', 'reason', 'status', 'license-plate-number', 'customer-comments',
] as const;

export const REPORT_SPECS: readonly ReportSpec[] = [
  {
    kind: 'all-orders', label: 'All Orders', expected: ALL_ORDERS,
    required: ['amazon-order-id', 'purchase-date', 'order-status', 'fulfillment-channel', 'asin', 'quantity'],
    aliases: {
      'quantity-purchased': 'quantity', 'currency-code': 'currency',
      'last-update-date': 'last-updated-date', 'is-business': 'is-business-order',
    },
    signature: ['amazon-order-id', 'purchase-date', 'fulfillment-channel', 'sales-channel'],
    extra: [
      'url', 'order-item-id', 'signature-confirmation-recommended', 'customized-url', 'customized-page',
      'buyer-identification-number', 'buyer-identification-type', 'item-extensions-data', 'number-of-items',
      'tax-collection-model', 'tax-collection-responsible-party', 'address-type', 'buyer-email', 'buyer-name',
    ],
  },
  {
    kind: 'seller-feedback', label: 'Seller feedback', expected: FEEDBACK,
    required: ['date', 'rating', 'comments', 'order-id'],
    // sellers get `Your Response` (the older layout's name) in 6-column files too
    aliases: { ...FEEDBACK_ALIASES, 'your-response': 'response', 'seller-response': 'response' },
    signature: ['rating'],
    extra: ['rater-role'],
  },
  {
    kind: 'seller-feedback-legacy', label: 'Seller feedback (older 9-column layout)', expected: FEEDBACK_LEGACY,
    required: ['date', 'rating', 'comments', 'order-id'],
    aliases: { ...FEEDBACK_ALIASES, response: 'your-response', 'seller-response': 'your-response' },
    signature: ['arrived-on-time', 'item-as-described', 'customer-service'],
    extra: [],
  },
  {
    kind: 'returns-seller-fulfilled', label: 'Seller-fulfilled returns', expected: RETURNS_SF,
    required: ['order-id', 'return-request-date', 'return-quantity'],
    aliases: { 'amazon-order-id': 'order-id', sku: 'merchant-sku', 'seller-sku': 'merchant-sku' },
    signature: ['return-request-date', 'return-request-status', 'amazon-rma-id', 'merchant-rma-id'],
    extra: [],
  },
  {
    kind: 'returns-fba', label: 'FBA customer returns', expected: RETURNS_FBA,
    required: ['return-date', 'order-id', 'quantity'],
    aliases: { 'amazon-order-id': 'order-id', 'seller-sku': 'sku' },
    signature: ['return-date', 'fnsku', 'detailed-disposition', 'license-plate-number', 'fulfillment-center-id'],
    extra: [],
  },
];

export const specFor = (kind: ReportKind): ReportSpec => {
  const spec = REPORT_SPECS.find((s) => s.kind === kind);
  if (!spec) throw new Error(`no report spec for ${kind}`);
  return spec;
};

/** Canonical name of a raw header cell for one report kind. */
export const canonicalColumn = (spec: ReportSpec, raw: string): string => {
  const n = normaliseHeader(raw);
  return spec.aliases[n] ?? n;
};

/** canonical name -> index in the row; the first occurrence wins when a name repeats. */
export function columnIndex(spec: ReportSpec, header: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  header.forEach((raw, i) => {
    const c = canonicalColumn(spec, raw);
    if (c && !map.has(c)) map.set(c, i);
  });
  return map;
}
