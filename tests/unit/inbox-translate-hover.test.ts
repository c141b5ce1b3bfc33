// @vitest-environment happy-dom
/** The inbox preview's shared control follows the row pointed at (components/features/inbox-translate/hover.ts). */
import { HoverStore, previewOf, rowOfEvent } from '../../components/features/inbox-translate/hover';

function rowWith(preview: string): Element {
  const row = document.createElement('div');
  row.className = 'case-list-item';
  for (const [cls, text] of [['case-list-item-from', 'Anna'], ['case-list-item-preview', preview]] as const) {
    const el = document.createElement('div');
    el.className = cls;
    el.textContent = text;
    row.append(el);
  }
  document.body.append(row);
  return row;
}
/** An event dispatched on `target`, as the listener saw it (composedPath() is only filled during the dispatch). */
const eventOn = (target: Element): Event => {
  let path: EventTarget[] = [];
  document.addEventListener('pointerover', (ev) => { path = ev.composedPath(); }, { once: true });
  target.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
  return { composedPath: () => path } as unknown as Event;
};

describe('inbox-translate hover', () => {
  it('finds the row of an event from inside it, also from our chips in it; none outside the rows', () => {
    const row = rowWith('Wo ist mein Paket?');
    expect(rowOfEvent(eventOn(row.querySelector('.case-list-item-preview')!))).toBe(row);
    // another feature's chip in the row (where the pointer often is)
    const chip = document.createElement('span');
    chip.setAttribute('data-si', 'category');
    row.append(chip);
    expect(rowOfEvent(eventOn(chip))).toBe(row);
    // the shared control itself, outside the list
    const control = document.createElement('span');
    control.setAttribute('data-si', 'translate-preview-control');
    document.body.append(control);
    expect(rowOfEvent(eventOn(control))).toBeUndefined();
    expect(rowOfEvent(eventOn(document.body))).toBeUndefined();
  });

  it('a row without preview text offers nothing', () => {
    expect(previewOf(rowWith('  '))).toBeUndefined();
    expect(previewOf(rowWith('Hallo'))?.textContent).toBe('Hallo');
  });

  it('tells its listeners only when the row (or its place) changes', () => {
    const store = new HoverStore();
    const row = rowWith('x');
    const preview = previewOf(row)!;
    let calls = 0;
    store.subscribe(() => calls++);
    const at = { row, preview, rect: { top: 10, right: 100, bottom: 30 } };
    store.set(at);
    store.set({ ...at });
    expect(calls).toBe(1);
    store.set({ ...at, rect: { top: 50, right: 100, bottom: 70 } });
    store.set(undefined);
    expect(calls).toBe(3);
    expect(store.get()).toBeUndefined();
  });
});
