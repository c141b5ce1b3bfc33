/**
 * The category chips of inbox-categories: one plain-DOM `<span data-si="category">` per row (no React per row), and
 * the category names in the page UI's language.
 */
import type { Category } from '../../../lib/model';
import { t } from '../../page/i18n';
import { pageLocale } from '../../page/locale';

const LABELS: Record<Category, [key: string, en: string]> = {
  'where-is-my-order': ['catWhereIsMyOrder', "Where's my order"],
  'return-refund': ['catReturnRefund', 'Return / refund'],
  'cancel-order': ['catCancelOrder', 'Cancel order'],
  'address-change': ['catAddressChange', 'Address change'],
  'product-question': ['catProductQuestion', 'Product question'],
  'product-issue': ['catProductIssue', 'Product issue'],
  'invoice': ['catInvoice', 'Invoice'],
  'feedback-review': ['catFeedbackReview', 'Feedback / review'],
  'other': ['catOther', 'Other'],
};

/** per UI language: the language may change while the page is open (components/page/language.ts) */
const labelCache = new Map<string, string>();
export const categoryLabel = (c: Category): string => {
  const cacheKey = `${pageLocale()}|${c}`;
  let label = labelCache.get(cacheKey);
  if (!label) {
    const [key, en] = LABELS[c];
    label = t(key, en);
    labelCache.set(cacheKey, label);
  }
  return label;
};

export interface ChipWrite { row: Element; cell: Element; category: Category; system: boolean }
export interface Shown { category: Category; system: boolean }

/** Plain-DOM chips, one per row; written in one pass, only what changed. */
export class ChipLayer {
  private readonly shown = new Map<Element, { el: HTMLElement; category: string; system: boolean }>();
  constructor(private readonly doc: Document) {}

  /** The chips of these rows (every other chip we made is removed). `after`: the chip goes right after `cell` (outside it). */
  write(items: readonly ChipWrite[], after = false): void {
    const keep = this.update(items, after);
    this.remove([...this.shown.keys()].filter((row) => !keep.has(row)));
  }

  /** The chips of these rows only (the others stay as they are); returns the rows written. */
  update(items: readonly ChipWrite[], after = false): Set<Element> {
    const keep = new Set<Element>();
    for (const { row, cell, category, system } of items) {
      keep.add(row);
      let s = this.shown.get(row);
      if (!s) {
        const el = this.doc.createElement('span');
        el.setAttribute('data-si', 'category');
        s = { el, category: '', system: false };
        this.shown.set(row, s);
      }
      // the text first: a new chip goes into the page whole (one change for the page's observers, not two)
      if (s.category !== category || s.system !== system) {
        s.category = category;
        s.system = system;
        s.el.setAttribute('data-si-category', category);
        s.el.textContent = system ? t('catSystem', 'Amazon notice') : categoryLabel(category);
      }
      if (after ? s.el.previousElementSibling !== cell : s.el.parentNode !== cell) {
        if (after) cell.after(s.el);
        else cell.prepend(s.el);
      }
    }
    return keep;
  }

  /** Removes the chips of these rows. */
  remove(rows: Iterable<Element>): void {
    for (const row of rows) {
      this.shown.get(row)?.el.remove();
      this.shown.delete(row);
    }
  }

  /** The cell a row's chip is in now, when it is still inside that row. */
  cellOf(row: Element): Element | undefined {
    const cell = this.shown.get(row)?.el.parentElement;
    return cell && cell.parentElement === row ? cell : undefined;
  }

  clear(): void {
    for (const s of this.shown.values()) s.el.remove();
    this.shown.clear();
  }
}

