/**
 * Outcomes a send left open: an entry still `sending` when a tick starts belongs to a worker that died mid-send (it
 * becomes `unknown`), and an unknown review request is settled by asking Amazon (engine.ts, at the top).
 */
import type { Repositories } from '../../db';
import { waitUntilReady, type RunContext } from './context';
import { isReviewKey } from './keys';
import { applyEffect, decideResolve, isAskable } from './machine';
import type { RunnerConfig, RunnerState } from './types';

const UNKNOWN_AFTER_CRASH = 'interrupted: the extension stopped during this send (check the order on Seller Central)';

/**
 * `sending` entries left by a dead worker -> unknown. Only called while holding the lock, between sends. Holiday
 * replies are the holiday runner's: it reads the conversation for them first (lib/holiday/runner.ts).
 */
export async function recoverInterrupted(repos: Repositories): Promise<number> {
  const stuck = (await repos.sendLog.listByStage('sending')).filter((e) => e.kind !== 'holiday-reply');
  for (const e of stuck) await repos.sendLog.put({ ...e, stage: 'unknown', reason: UNKNOWN_AFTER_CRASH });
  return stuck.length;
}

/**
 * Unknown review requests Amazon can settle (engine.ts, at the top): one GET each, throttled like any request.
 * `wait`: the time to come back when the throttle or a backoff is too long for this tick.
 */
export async function resolveUnknown(ctx: RunContext, state0: RunnerState, config: RunnerConfig): Promise<{ state: RunnerState; changed: boolean; wait?: number }> {
  const { repos, port, now, random } = ctx;
  const store = repos.campaignRunner;
  let state = state0;
  let touched = false;
  const open = (await repos.sendLog.listByStage('unknown')).filter((e) => e.kind === 'review-request' && isReviewKey(e.key) && isAskable(e.reason));
  for (const entry of open) {
    const { orderId, marketplaceId } = entry;
    if (!orderId || !marketplaceId) continue;
    const waited = await waitUntilReady(ctx, state);
    if (waited !== 'ready') return { state, changed: touched, wait: waited };
    let answer = await port.check(orderId, marketplaceId);
    let d = decideResolve(answer);
    if (d.tryPage && port.requestReviewByPage) {
      state = applyEffect(state, d.effect, now(), random, config, orderId, answer);
      await store.saveState(state);
      const again = await waitUntilReady(ctx, state);
      if (again !== 'ready') return { state, changed: touched, wait: again };
      answer = await port.requestReviewByPage(orderId, marketplaceId);
      d = decideResolve(answer.kind === 'eligible' ? { kind: 'unknown', detail: 'page: eligible' } : answer);
    }
    for (const step of d.log) await repos.sendLog.put({ ...entry, stage: step.stage, reason: step.reason });
    if (d.log.length) touched = true;
    state = applyEffect(state, d.effect, now(), random, config, orderId, answer);
    await store.saveState(state);
    if (state.stopped) break;
  }
  return { state, changed: touched };
}
