/**
 * inbox-deadlines' toolbar part: Sort "Urgency" / "Amazon's order" (aria-pressed), plain DOM (components/page/dom.ts).
 * Built once; the store's changes set the two buttons' aria-pressed.
 */
import { h, setAttr } from '../../page/dom';
import { t } from '../../page/i18n';
import { trusted } from '../../page/trusted';
import { bindStore, type Store } from './store';
import { oursMark } from './toolbar';

/** Fills `container` (FeatureContext.mountDom's render) with the toggle; `onChange` only on the seller's own click. */
export function renderSortToggle(container: HTMLElement, signal: AbortSignal, store: Store<{ urgency: boolean }>, onChange: (urgency: boolean) => void): void {
  const urgencyButton = h('button', {
    type: 'button', 'data-si-sort': 'urgency', title: t('inboxSortUrgencyTitle', 'Most urgent first: least time left before the 24-hour deadline'),
  }, [t('inboxSortUrgency', 'Urgency')], { click: trusted(() => onChange(true)) });
  const pageButton = h('button', { type: 'button', 'data-si-sort': 'page' }, [t('inboxSortPage', "Amazon's order")], { click: trusted(() => onChange(false)) });
  container.append(h('div', {
    class: 'part ours', role: 'group', 'aria-label': t('inboxOursLabel', 'Seller Inbox: $1', [t('inboxSortLabel', 'Sort')]), 'data-si-part': 'ours',
  }, [oursMark(), h('span', { class: 'label' }, [`${t('inboxSortLabel', 'Sort')}:`]), h('span', { class: 'seg' }, [urgencyButton, pageButton])]));
  bindStore(store, signal, ({ urgency }) => {
    setAttr(urgencyButton, 'aria-pressed', urgency);
    setAttr(pageButton, 'aria-pressed', !urgency);
  });
}
