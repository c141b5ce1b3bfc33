/** Fault switches: which fault (if any) applies to a request, counting down limited ones. */
import type { FaultRule, Faults } from './types';
import type { ServerState } from './state';

type RuleName = 'status429' | 'status500' | 'hang';

/** Replaces the active faults (`setFaults({})` clears them all) and restarts counted ones. */
export const replaceFaults = (state: ServerState, next: Faults): void => {
  state.faults = { ...next };
  state.faultUses.clear();
  for (const name of ['status429', 'status500', 'hang'] as const) {
    const rule = next[name];
    if (typeof rule === 'object' && rule.times !== undefined) state.faultUses.set(name, rule.times);
  }
};

/** True when the named fault applies to `path`; uses up one of its counted uses. */
export const takeFault = (state: ServerState, name: RuleName, path: string): boolean => {
  const rule: boolean | FaultRule | undefined = state.faults[name];
  if (!rule) return false;
  if (typeof rule === 'object' && rule.pathPrefix && !path.startsWith(rule.pathPrefix)) return false;
  const left = state.faultUses.get(name);
  if (left === undefined) return true;
  if (left <= 0) return false;
  state.faultUses.set(name, left - 1);
  return true;
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A promise that never settles (the `hang` fault). */
export const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

/** Signed out / captcha for this path: everywhere when `true`, under the rule's `pathPrefix` when a rule. */
export const sessionFault = (state: ServerState, name: 'signedOut' | 'captcha', path: string): boolean => {
  const rule = state.faults[name];
  return rule === true || (typeof rule === 'object' && path.startsWith(rule.pathPrefix ?? ''));
};
