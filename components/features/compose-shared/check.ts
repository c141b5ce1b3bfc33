/**
 * The policy check as the reply box uses it: `compose/check` in the background (the rules stay out of
 * the content script; it also flags template placeholders left in the text, "[order id?]"), cached per
 * text so that Send can decide at once when the text was checked while typing or previewed in the
 * picker. Shared by compose-templates and compose-policy.
 */
import type { PolicyCheck } from '../../../lib/protocol/handlers/compose';
import type { Finding, Verdict } from '../../../lib/policy/types';
import { sendRequest } from '../../messaging';

export interface CheckResult extends PolicyCheck {
  text: string;
}

export type CheckRequest = (text: string, marketplace: string | undefined) =>
  Promise<{ result: { verdict: Verdict; findings: Finding[] }; explain: Record<string, string> }>;

/** lib/protocol/handlers/compose.ts PLACEHOLDER_RULE (a value import would bring the handler in) */
export const PLACEHOLDER_RULE = 'unfilled-placeholder';

/** The check without the placeholder findings (the picker flags missing values itself). Pure. */
export function withoutPlaceholders(r: CheckResult): CheckResult {
  if (!r.findings.some((f) => f.rule === PLACEHOLDER_RULE)) return r;
  const findings = r.findings.filter((f) => f.rule !== PLACEHOLDER_RULE);
  const verdict = findings.some((f) => f.severity === 'block') ? 'block' : findings.length ? 'warn' : 'ok';
  return { ...r, verdict, findings };
}

const viaBackground: CheckRequest = (text, marketplace) =>
  sendRequest({ type: 'compose/check', text, kind: 'reply', ...(marketplace ? { marketplace } : {}) });

const MAX_CACHED = 64;

export class PolicyChecker {
  private readonly pending = new Map<string, Promise<CheckResult>>();
  private readonly done = new Map<string, CheckResult>();

  constructor(private readonly request: CheckRequest = viaBackground) {}

  private key = (text: string, marketplace: string | undefined) => `${marketplace ?? ''}\u0000${text}`;

  /** The finished result for exactly this text, if any (synchronous: Send decides with it). */
  cached(text: string, marketplace: string | undefined): CheckResult | undefined {
    if (!text.trim()) return { text, verdict: 'ok', findings: [], explain: {} };
    return this.done.get(this.key(text, marketplace));
  }

  /** Keeps a result checked elsewhere (a picker preview without missing values). */
  seed(result: CheckResult, marketplace: string | undefined): void {
    this.done.set(this.key(result.text, marketplace), result);
    if (this.done.size > MAX_CACHED) this.done.delete(this.done.keys().next().value as string);
  }

  check(text: string, marketplace: string | undefined): Promise<CheckResult> {
    const ready = this.cached(text, marketplace);
    if (ready) return Promise.resolve(ready);
    const key = this.key(text, marketplace);
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.request(text, marketplace).then(({ result, explain }) => {
        const r: CheckResult = { text, verdict: result.verdict, findings: result.findings, explain };
        this.seed(r, marketplace);
        return r;
      });
      pending.catch(() => undefined).finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    return pending;
  }
}

/** One checker per page: the picker's previews serve Send too. */
export const pageChecker = new PolicyChecker();

/**
 * Texts the seller already confirmed despite warnings (in the picker or at Send): Send lets exactly
 * these through without asking again.
 */
const acknowledged = new Set<string>();
export const acknowledge = (text: string): void => {
  acknowledged.add(text);
  if (acknowledged.size > 20) acknowledged.delete(acknowledged.values().next().value as string);
};
export const isAcknowledged = (text: string): boolean => acknowledged.has(text);
