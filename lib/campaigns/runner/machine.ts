/**
 * The runner's state machine, pure: for each call it makes (the eligibility check, then the send), what
 * the outcome means for the order's send-log entry and for the runner itself.
 *
 *   check (GET, harmless)            send (POST, after the entry is written `sending`)
 *   eligible       -> go on to send  sent                      -> sent
 *   already-sent   -> skipped        already-sent/outside/...  -> failed, then skipped (nothing new went out)
 *   outside-window -> skipped        not-found / rejected      -> failed (not retried)
 *   not-found      -> defer order    429 / 5xx / signed-out /  -> failed (retryable: Seller Central refused,
 *   429 / 5xx      -> backoff           captcha / csrf             nothing went out; a GET checks first)
 *   signed-out / captcha /           5xx on a message          -> unknown (a message has no server-side guard)
 *   unrecognised-page -> stop        unrecognised-page         -> failed (retryable after Resume: nothing was clicked)
 *   timeout / network / unknown      timeout / network-error / -> unknown: "needs a look", NEVER retried
 *                  -> error            unknown answer             by the runner
 *
 * Runner effects: success resets the error and backoff counts; an error counts (two in a row stop the
 * runner); 429 and 5xx back off exponentially (Retry-After honoured; too many in a row stop it);
 * signed-out, captcha and an unrecognised page stop it at once. Every request is followed by a throttle gap.
 */
import type { SendStage } from '../../model';
import { backoffDelay, throttleGap } from './backoff';
import type { Outcome, RunnerConfig, RunnerState, StopReason } from './types';

export type Channel = 'review' | 'message';

export interface LogStep { stage: SendStage; reason?: string }

export type Effect =
  | { kind: 'success' }
  | { kind: 'error'; detail: string }
  | { kind: 'backoff'; retryAfterMs?: number; detail: string }
  | { kind: 'stop'; reason: StopReason; detail: string }
  | { kind: 'defer'; detail: string };

export interface CheckDecision { proceed: boolean; log: LogStep[]; effect: Effect }
export interface SendDecision { log: LogStep[]; effect: Effect }

const detailOf = (o: Outcome): string => o.detail ?? o.kind;

function sessionEffect(o: Outcome): Effect | undefined {
  switch (o.kind) {
    case 'signed-out': return { kind: 'stop', reason: 'signed-out', detail: detailOf(o) };
    case 'captcha': return { kind: 'stop', reason: 'captcha', detail: detailOf(o) };
    case 'unrecognised-page': return { kind: 'stop', reason: 'unrecognised-page', detail: detailOf(o) };
    case 'rate-limited': case 'server-error': return { kind: 'backoff', retryAfterMs: o.retryAfterMs, detail: detailOf(o) };
    default: return undefined;
  }
}

/** After the eligibility check (GET). Nothing has been sent; the entry is new or a retryable failure. */
export function decideCheck(o: Outcome): CheckDecision {
  switch (o.kind) {
    case 'eligible': return { proceed: true, log: [], effect: { kind: 'success' } };
    case 'already-sent': return { proceed: false, log: [{ stage: 'skipped', reason: 'already-requested' }], effect: { kind: 'success' } };
    case 'outside-window': return { proceed: false, log: [{ stage: 'skipped', reason: 'outside-window' }], effect: { kind: 'success' } };
    case 'ineligible': return { proceed: false, log: [{ stage: 'skipped', reason: `ineligible: ${detailOf(o)}` }], effect: { kind: 'success' } };
    case 'not-found': return { proceed: false, log: [], effect: { kind: 'defer', detail: detailOf(o) } };
    default: {
      const s = sessionEffect(o);
      return { proceed: false, log: [], effect: s ?? { kind: 'error', detail: `check: ${detailOf(o)}` } };
    }
  }
}

/** After the send (POST). The entry is `sending`. */
export function decideSend(o: Outcome, channel: Channel): SendDecision {
  const refusedThen = (reason: string): LogStep[] => [{ stage: 'failed', reason: o.kind }, { stage: 'skipped', reason }];
  switch (o.kind) {
    case 'sent': return { log: [{ stage: 'sent' }], effect: { kind: 'success' } };
    case 'already-sent': return { log: refusedThen('already-requested'), effect: { kind: 'success' } };
    case 'outside-window': return { log: refusedThen('outside-window'), effect: { kind: 'success' } };
    case 'ineligible': return { log: refusedThen(`ineligible: ${detailOf(o)}`), effect: { kind: 'success' } };
    case 'not-found': return { log: [{ stage: 'failed', reason: 'not-found' }], effect: { kind: 'defer', detail: detailOf(o) } };
    case 'rejected': return { log: [{ stage: 'failed', reason: `rejected: ${detailOf(o)}` }], effect: { kind: 'error', detail: `send: ${detailOf(o)}` } };
    case 'signed-out': case 'captcha': case 'rate-limited': case 'unrecognised-page':
      return { log: [{ stage: 'failed', reason: o.kind }], effect: sessionEffect(o) ?? { kind: 'error', detail: detailOf(o) } };
    case 'server-error':
      // Amazon's review request is once-per-order on Amazon's side (the next GET tells); a message is not.
      return channel === 'review'
        ? { log: [{ stage: 'failed', reason: 'server-error' }], effect: sessionEffect(o) ?? { kind: 'error', detail: detailOf(o) } }
        : { log: [{ stage: 'unknown', reason: `server-error: ${detailOf(o)}` }], effect: { kind: 'backoff', retryAfterMs: o.retryAfterMs, detail: detailOf(o) } };
    case 'csrf-invalid': return { log: [{ stage: 'failed', reason: 'csrf-invalid' }], effect: { kind: 'error', detail: 'send: CSRF token rejected' } };
    default:
      // timeout, network-error, unknown answer, or 'eligible' where a send answer was expected
      return { log: [{ stage: 'unknown', reason: `${o.kind}: ${detailOf(o)}` }], effect: { kind: 'error', detail: `send: ${detailOf(o)}` } };
  }
}

/** The runner state after an effect (pure; `random` feeds the throttle gap and the backoff jitter). */
export function applyEffect(
  state: RunnerState, effect: Effect, now: Date, random: () => number, config: RunnerConfig, orderId?: string, outcome?: Outcome,
): RunnerState {
  const at = now.getTime();
  const gap = throttleGap(random, config.minGapMs, config.maxGapMs);
  const next: RunnerState = {
    ...state,
    deferred: { ...state.deferred },
    nextRequestAt: new Date(at + gap).toISOString(),
    ...(outcome ? { lastActivity: { at: now.toISOString(), ...(orderId ? { orderId } : {}), outcome: outcome.kind, ...(outcome.detail ? { detail: outcome.detail } : {}) } } : {}),
  };
  switch (effect.kind) {
    case 'success':
      next.consecutiveErrors = 0;
      next.consecutiveBackoffs = 0;
      delete next.backoffUntil;
      return next;
    case 'defer':
      next.consecutiveErrors = 0;
      if (orderId) next.deferred[orderId] = new Date(at + config.deferMs).toISOString();
      return next;
    case 'error':
      next.consecutiveErrors = state.consecutiveErrors + 1;
      if (next.consecutiveErrors >= 2) next.stopped = { reason: 'errors', detail: effect.detail, at: now.toISOString() };
      return next;
    case 'backoff': {
      next.consecutiveBackoffs = state.consecutiveBackoffs + 1;
      if (next.consecutiveBackoffs > config.maxBackoffs) {
        next.stopped = { reason: 'rate-limited', detail: effect.detail, at: now.toISOString() };
        return next;
      }
      const delay = backoffDelay(next.consecutiveBackoffs, effect.retryAfterMs, random, config.backoffBaseMs, config.backoffMaxMs);
      next.backoffUntil = new Date(at + delay).toISOString();
      return next;
    }
    case 'stop':
      next.stopped = { reason: effect.reason, detail: effect.detail, at: now.toISOString() };
      return next;
  }
}

/** The earliest time the next request may go (throttle and backoff), in ms. */
export function readyAt(state: RunnerState): number {
  const t = (s: string | undefined) => (s ? Date.parse(s) : 0);
  return Math.max(t(state.nextRequestAt), t(state.backoffUntil));
}

/** The state with a seller's Resume applied: a stop from before `resumedAt` is cleared, with its counters. */
export function applyResume(state: RunnerState, resumedAt: string | undefined): RunnerState {
  if (!state.stopped || !resumedAt || Date.parse(resumedAt) < Date.parse(state.stopped.at)) return state;
  const { stopped: _stopped, backoffUntil: _b, ...rest } = state;
  return { ...rest, consecutiveErrors: 0, consecutiveBackoffs: 0 };
}

/** Deferrals that ran out are dropped. */
export function pruneDeferred(state: RunnerState, now: Date): RunnerState {
  const deferred: Record<string, string> = {};
  for (const [id, until] of Object.entries(state.deferred)) if (Date.parse(until) > now.getTime()) deferred[id] = until;
  return { ...state, deferred };
}
