/** Toolbar badge from inbox counts: overdue (red) first, else due soon (amber), else nothing. */
import type { InboxCounts } from '../model';

export interface Badge { text: string; color: string; title: string }

const short = (n: number): string => (n > 999 ? '999+' : String(n));

export function badgeFor(counts: readonly InboxCounts[]): Badge {
  const sum = (k: 'overdue' | 'dueSoon' | 'awaiting') => counts.reduce((s, c) => s + c[k], 0);
  const overdue = sum('overdue');
  const dueSoon = sum('dueSoon');
  const awaiting = sum('awaiting');
  const title = `Seller Inbox: ${overdue} overdue, ${dueSoon} due soon, ${awaiting} awaiting a response`;
  if (overdue > 0) return { text: short(overdue), color: '#c40000', title };
  if (dueSoon > 0) return { text: short(dueSoon), color: '#b36b00', title };
  return { text: '', color: '#555555', title };
}
