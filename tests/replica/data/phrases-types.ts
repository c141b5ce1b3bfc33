/**
 * Shape of one language's phrase book. Placeholders: {order} {order2} {product} {qty} {date} {name}
 * {seller} {days} {city} {color}; the generator fills them with the thread's order details.
 */
import type { Category } from '../../../lib/model';
import type { SystemKind } from './types';

export interface PhraseBook {
  /** BCP 47 locale for dates in the text */
  locale: string;
  greetings: readonly string[];
  signoffs: readonly string[];
  /** at least 8 phrasings per category */
  buyer: Record<Category, readonly string[]>;
  /** appended when a thread is about two orders */
  secondOrder: string;
  /** a short follow-up when the buyer writes again before an answer */
  followUps: readonly string[];
  subjects: Record<Category, readonly string[]>;
  /** Amazon's generic subject when the buyer picks no topic */
  genericSubjects: readonly string[];
  sellerReplies: readonly string[];
  system: Record<SystemKind, readonly { subject: string; text: string }[]>;
  feedback: { positive: readonly string[]; neutral: readonly string[]; negative: readonly string[] };
  reviewTitles: { positive: readonly string[]; negative: readonly string[] };
}
