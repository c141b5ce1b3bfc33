/**
 * What happens to a press of the page's Send (or Ctrl/⌘+Enter), decided synchronously in the capture
 * phase from the text and the last finished check of exactly that text. Pure.
 * - `pass`: leave the event alone (empty text, a clean check, a confirmed warning, "Send anyway" once);
 * - `block` / `warn`: stop the event and show the findings (warn offers "Send anyway");
 * - `check`: stop the event, check now, and send again when the check comes back clean.
 */
import type { CheckResult } from '../compose-shared/check';

export type SendDecision =
  | { kind: 'pass'; consumeBypass?: boolean }
  | { kind: 'block' | 'warn'; check: CheckResult }
  | { kind: 'check' };

export interface SendInput {
  text: string;
  cached: CheckResult | undefined;
  /** "Send anyway" was pressed for exactly this text */
  bypass: string | undefined;
  acknowledged: boolean;
}

export function decideSend({ text, cached, bypass, acknowledged }: SendInput): SendDecision {
  if (!text.trim()) return { kind: 'pass' };
  if (bypass !== undefined && bypass === text) return { kind: 'pass', consumeBypass: true };
  if (!cached) return { kind: 'check' };
  if (cached.verdict === 'block') return { kind: 'block', check: cached };
  if (cached.verdict === 'warn') return acknowledged ? { kind: 'pass' } : { kind: 'warn', check: cached };
  return { kind: 'pass' };
}

/** After a `check` decision: what to do with the result. */
export function afterCheck(result: CheckResult, acknowledged: boolean): SendDecision {
  if (result.verdict === 'ok' || (result.verdict === 'warn' && acknowledged)) return { kind: 'pass' };
  return { kind: result.verdict, check: result };
}

/** Is this key press the page's "send" key (Ctrl/⌘+Enter; plain Enter makes a new line in the reply box)? */
export const isSendKey = (e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing'>): boolean =>
  e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && !e.isComposing;
