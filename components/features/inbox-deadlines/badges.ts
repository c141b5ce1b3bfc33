/**
 * Deadline badges: one plain-DOM `<span data-si="deadline">` per row in the adapter's badge cell
 * (no React per row). `write()` takes view models computed beforehand (read phase) and only touches
 * what changed (write phase), so a whole list costs one style/layout pass at the next frame.
 */
import type { Badge } from '../../../lib/deadlines';
import { badgeCellOf } from '../../../lib/seller-central/inbox-page';

interface Shown {
  el: HTMLElement;
  state: string;
  text: string;
  title: string;
  due: string;
}

export interface BadgeWrite {
  row: Element;
  badge: Badge;
}

export class BadgeLayer {
  private readonly shown = new Map<Element, Shown>();

  constructor(private readonly doc: Document) {}

  /** Writes the badges of these rows (every other badge we made is removed). One batched pass. */
  write(items: readonly BadgeWrite[]): void {
    const keep = this.update(items);
    for (const [row, s] of this.shown) {
      if (keep.has(row)) continue;
      s.el.remove();
      this.shown.delete(row);
    }
  }

  /** Removes the badges of these rows. */
  drop(rows: Iterable<Element>): void {
    for (const row of rows) {
      this.shown.get(row)?.el.remove();
      this.shown.delete(row);
    }
  }

  /** Writes the badges of these rows only (the others stay as they are); returns the rows written. */
  update(items: readonly BadgeWrite[]): Set<Element> {
    // read phase: the cells (a badge already in its row's cell keeps it: no query)
    const cells = items.map((i) => {
      const cell = this.shown.get(i.row)?.el.parentElement;
      return cell && cell.parentElement === i.row ? cell : badgeCellOf(i.row);
    });
    const keep = new Set<Element>();
    // write phase
    for (let i = 0; i < items.length; i++) {
      const { row, badge } = items[i] as BadgeWrite;
      const cell = cells[i] as Element;
      keep.add(row);
      let s = this.shown.get(row);
      if (!s) {
        const el = this.doc.createElement('span');
        el.setAttribute('data-si', 'deadline');
        el.setAttribute('role', 'status');
        s = { el, state: '', text: '', title: '', due: '' };
        this.shown.set(row, s);
      }
      // the content first: a new badge goes into the page whole (one change for the page's observers, not three)
      if (s.state !== badge.state) s.el.setAttribute('data-si-state', (s.state = badge.state));
      if (s.text !== badge.text) writeText(this.doc, s.el, (s.text = badge.text));
      if (s.title !== badge.title) s.el.title = (s.title = badge.title);
      const due = badge.dueIso ?? '';
      if (s.due !== due) {
        s.due = due;
        if (due) s.el.setAttribute('data-si-due', due);
        else s.el.removeAttribute('data-si-due');
      }
      if (s.el.parentNode !== cell) cell.append(s.el);
    }
    return keep;
  }

  get size(): number {
    return this.shown.size;
  }

  clear(): void {
    for (const s of this.shown.values()) s.el.remove();
    this.shown.clear();
  }
}

/**
 * The badge's text with its amount ("4 d 0 h", "13 h 23 m") kept on one line: in a narrow column the badge wraps
 * before the amount ("overdue by" / "4 d 0 h") instead of pushing the table past the window's edge.
 */
function writeText(doc: Document, el: Element, text: string): void {
  const m = /\d(?:.*\d)?\s*[^\s\d]+/.exec(text);
  if (!m) { el.textContent = text; return; }
  const amount = doc.createElement('span');
  amount.setAttribute('data-si-part', 'amount');
  amount.textContent = m[0];
  el.replaceChildren(text.slice(0, m.index), amount, text.slice(m.index + m[0].length));
}
