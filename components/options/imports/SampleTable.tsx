/** The first records read from the file, as they will be stored. */
import type { Feedback, Order, OrderItem, Return } from '../../../lib/model';
import { useI18n } from '../../i18n';
import { Table, type Column } from '../../ui';
import { day, intlLocale } from './format';
import type { ImportSample } from './worker-protocol';

interface ItemRow { item: OrderItem; order?: Order }

/** `marketplace`: the file's (chosen or guessed); an order's own marketplace comes first. */
export function SampleTable({ sample, marketplace }: { sample: ImportSample; marketplace?: string | undefined }) {
  const { t, locale } = useI18n();
  const money = (m?: { amount: number; currency: string }) =>
    m ? new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: m.currency }).format(m.amount) : '';
  const caption = t('impSampleTitle');

  if (sample.orderItems?.length) {
    const orders = new Map((sample.orders ?? []).map((o) => [o.orderId, o]));
    const rows: ItemRow[] = sample.orderItems.map((item) => ({ item, order: orders.get(item.orderId) }));
    const columns: Column<ItemRow>[] = [
      { id: 'order', header: t('impColOrder'), cell: (r) => <span className="si-mono">{r.item.orderId}</span> },
      { id: 'date', header: t('impColPurchased'), cell: (r) => day(r.order?.purchaseDate, r.order?.marketplaceId ?? marketplace) },
      { id: 'status', header: t('impColStatus'), cell: (r) => r.order ? `${r.order.status} · ${r.order.fulfillment}` : '' },
      { id: 'sku', header: t('impColSku'), cell: (r) => <span className="si-mono">{r.item.sku ?? r.item.asin}</span> },
      { id: 'title', header: t('impColProduct'), cell: (r) => <span className="imp-ellipsis imp-title" title={r.item.title}>{r.item.title}</span> },
      { id: 'qty', header: t('impColQty'), cell: (r) => r.item.quantity, align: 'end' },
      { id: 'price', header: t('impColPrice'), cell: (r) => money(r.item.price), align: 'end' },
    ];
    return <Table columns={columns} rows={rows} rowKey={(r) => r.item.key} caption={caption} maxHeight={264} />;
  }
  if (sample.feedback?.length) {
    const columns: Column<Feedback>[] = [
      { id: 'date', header: t('impColDate'), cell: (f) => day(f.date, f.marketplaceId ?? marketplace) },
      { id: 'rating', header: t('impColRating'), cell: (f) => <span className="imp-stars" aria-label={String(f.rating)}>{'★'.repeat(f.rating)}<span className="imp-stars__off">{'★'.repeat(5 - f.rating)}</span></span> },
      { id: 'order', header: t('impColOrder'), cell: (f) => <span className="si-mono">{f.orderId}</span> },
      { id: 'comment', header: t('impColComment'), cell: (f) => <span className="imp-ellipsis imp-title" title={f.comment}>{f.comment}</span> },
    ];
    return <Table columns={columns} rows={sample.feedback} rowKey={(f) => f.orderId} caption={caption} maxHeight={264} />;
  }
  if (sample.returns?.length) {
    const columns: Column<Return>[] = [
      { id: 'date', header: t('impColRequested'), cell: (r) => day(r.requestDate, marketplace) },
      { id: 'order', header: t('impColOrder'), cell: (r) => <span className="si-mono">{r.orderId}</span> },
      { id: 'sku', header: t('impColSku'), cell: (r) => <span className="si-mono">{r.sku ?? r.asin ?? ''}</span> },
      { id: 'qty', header: t('impColQty'), cell: (r) => r.quantity, align: 'end' },
      { id: 'reason', header: t('impColReason'), cell: (r) => r.reason ?? '' },
      { id: 'status', header: t('impColStatus'), cell: (r) => <span className="imp-ellipsis imp-title" title={r.status}>{r.status ?? ''}</span> },
    ];
    return <Table columns={columns} rows={sample.returns} rowKey={(r) => r.key} caption={caption} maxHeight={264} />;
  }
  return null;
}
