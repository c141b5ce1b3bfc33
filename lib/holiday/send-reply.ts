/**
 * One auto-reply through the case's reply box, on the campaign runner's rails: the stored throttle and backoff, the
 * lock still held, the send-log entry `sending` BEFORE the page's Send is clicked and its outcome after.
 */
import type { SendLogEntry, Thread } from '../model';
import { applyEffect, decideSend, readyAt, type LogStep } from '../campaigns/runner/machine';
import type { RunContext } from '../campaigns/runner/context';
import type { Outcome, RunnerConfig, RunnerState } from '../campaigns/runner/types';
import type { HolidayPort } from './port';

export interface HolidayReport {
  reason: 'off' | 'locked' | 'stopped' | 'paused' | 'done' | 'waiting' | 'lost-lock' | 'error';
  sent: number;
  skipped: number;
  unknown: number;
  nextAt?: number;
}

/** What a holiday tick's steps share (the campaign runner's, with the holiday port): the stored runner state and the report change as replies go. */
export interface HolidayTick extends RunContext<HolidayPort> {
  lock: { stillMine(): Promise<boolean> };
  runnerConfig: RunnerConfig;
  state: RunnerState;
  report: HolidayReport;
}

/** One reply through the page, the record `sending` before it; false when the tick must end (with `report.reason`). */
export async function sendReply(
  tick: HolidayTick, base: Omit<SendLogEntry, 'stage' | 'reason' | 'text'>, thread: Thread, text: string, noted: { reason?: string },
): Promise<boolean> {
  const { repos, port, now, random, sleep, maxInlineWaitMs, lock, runnerConfig, report } = tick;
  const store = repos.campaignRunner;
  // throttle / backoff shared with the campaign runner
  const wait = readyAt(tick.state) - now().getTime();
  if (wait > maxInlineWaitMs) { report.reason = 'waiting'; report.nextAt = readyAt(tick.state); return false; }
  if (wait > 0) await sleep(wait);
  if (!(await lock.stillMine())) { report.reason = 'lost-lock'; return false; }
  const entry = { ...base, attempts: base.attempts + 1, updatedAt: now().toISOString() };
  await repos.sendLog.put({ ...entry, stage: 'sending', text, ...noted });
  let outcome: Outcome;
  try {
    outcome = await port.sendReply(thread, text, { since: entry.createdAt, ...(runnerConfig.stageDelayMs ? { pauseMs: runnerConfig.stageDelayMs } : {}) });
  } catch (e) {
    outcome = { kind: 'unknown', detail: e instanceof Error ? e.message : String(e) };
  }
  // test hook (kill tests): the stage after the answer, before its record
  if (runnerConfig.stageDelayMs) await sleep(runnerConfig.stageDelayMs);
  const d = decideSend(outcome, 'message');
  for (const step of d.log as LogStep[]) {
    await repos.sendLog.put({ ...entry, updatedAt: now().toISOString(), stage: step.stage, text, ...(step.reason ? { reason: step.reason } : noted) });
  }
  const last = d.log[d.log.length - 1]?.stage;
  if (last === 'sent') report.sent++;
  if (last === 'unknown') report.unknown++;
  tick.state = applyEffect(tick.state, d.effect, now(), random, runnerConfig, undefined, outcome);
  await store.saveState(tick.state);
  if (tick.state.stopped) { report.reason = 'stopped'; return false; }
  if (tick.state.backoffUntil && Date.parse(tick.state.backoffUntil) > now().getTime()) { report.reason = 'waiting'; report.nextAt = readyAt(tick.state); return false; }
  return true;
}
