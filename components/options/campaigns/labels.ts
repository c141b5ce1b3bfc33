/** i18n keys for runner phases, stop reasons, queue reasons and verdicts. Pure. */
import type { RunnerPhase, StopReason } from '../../../lib/campaigns/runner/types';
import type { Campaign } from '../../../lib/model';
import { noteText as replacedNoteText } from '../send-notes';
import type { Translate } from '../../i18n/catalog';

export const phaseKey = (p: RunnerPhase): string => `cpPhase_${p}`;
export const stopKey = (r: StopReason): string => `cpStop_${r.replace(/-/g, '_')}`;

const PLAN_REASONS = new Set([
  'marketplace-not-in-campaign', 'not-target-asin', 'not-repeat-buyer', 'below-quantity', 'covered-by-asin-campaign', 'cancelled',
  'not-shipped', 'returned', 'refunded', 'a-to-z-claim', 'blacklisted', 'opted-out', 'negative-feedback', 'already-requested', 'problem-thread',
  'excluded-asin', 'excluded-sku', 'outside-window', 'no-delivery-date', 'daily-cap', 'claimed-by-other-campaign',
]);
const LOG_REASONS = new Set(['rate-limited', 'server-error', 'signed-out', 'captcha', 'csrf-invalid', 'checked-not-sent', 'not-found', 'marked-sent', 'unrecognised-page']);

/** The key and any detail for a reason as stored (plan skip reason, or send-log reason like "timeout: …"). */
export function reasonKey(reason: string | undefined): { key: string; detail?: string } {
  if (!reason) return { key: 'anSkip_unknown' };
  if (PLAN_REASONS.has(reason)) return { key: `anSkip_${reason.replace(/-/g, '_')}` };
  if (LOG_REASONS.has(reason)) return { key: `cpReason_${reason.replace(/-/g, '_')}` };
  if (reason.startsWith('interrupted')) return { key: 'cpReason_interrupted' };
  const m = /^([a-z-]+): (.*)$/s.exec(reason);
  if (m?.[1] && ['timeout', 'network-error', 'unknown', 'rejected', 'ineligible', 'server-error'].includes(m[1])) {
    return { key: `cpReason_${m[1].replace(/-/g, '_')}`, detail: m[2] };
  }
  return { key: 'cpReason_other', detail: reason };
}

/** `where-is-my-order` -> `catWhereIsMyOrder` */
export const categoryKey = (category: string): string => `cat${category.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}`;

/**
 * A plan skip reason with its detail, in the seller's words: the other campaign's name (not its id), the
 * thread's category label; ASINs and SKUs as they are; internal details (order status codes) left out.
 */
export function reasonText(
  t: Translate, reason: string | undefined, detail: string | undefined, campaigns: readonly Pick<Campaign, 'id' | 'name'>[],
  formatDay: (iso: string) => string = (iso) => iso.slice(0, 10),
): string {
  const { key, detail: own } = reasonKey(reason);
  const label = t(key);
  const extra = ((): string | undefined => {
    if (!detail) return own && !/^[A-Z_]+$/.test(own) ? own : undefined;
    if (reason === 'claimed-by-other-campaign') return campaigns.find((c) => c.id === detail)?.name;
    if (reason === 'problem-thread') return t(categoryKey(detail));
    if (reason === 'excluded-asin' || reason === 'excluded-sku') return detail;
    if (reason === 'daily-cap' && /^\d+$/.test(detail)) return t('cpDetailDailyCap', detail);
    if (reason === 'below-quantity') {
      const [qty, min] = detail.split('/');
      return qty && min ? t('cpDetailQuantity', qty, min) : undefined;
    }
    if (reason === 'outside-window') {
      const [from, to] = detail.split('/');
      return from && to && !Number.isNaN(Date.parse(from)) && !Number.isNaN(Date.parse(to)) ? t('cpDetailWindow', formatDay(from), formatDay(to)) : undefined;
    }
    return undefined;
  })();
  return extra ? `${label}: ${extra}` : label;
}

const RULES = new Set(['email-address', 'emoji', 'external-link', 'html', 'important-misuse', 'language-mismatch', 'marketing', 'off-amazon-channel',
  'phone-number', 'repeat-review-request', 'review-manipulation', 'shipping-confirmation', 'thank-you-only']);

/** A policy rule id or a template variable name (test-mode notes, holiday log) as the seller reads it. */
export function noteText(t: Translate, note: string): string {
  if (RULES.has(note)) return t(`polRule_${note.replace(/-/g, '_')}`);
  // a buyer value left out of an unattended message (`replaced:buyer_name:punctuation`)
  const replaced = replacedNoteText(t, note);
  if (replaced !== note) return replaced;
  return /^[a-z_]+$/.test(note) ? note.replace(/_/g, ' ') : note;
}
