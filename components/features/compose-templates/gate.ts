/**
 * May a rendered template go into the reply box? Pure.
 * - a `block` verdict refuses, with the reason (the first blocking finding);
 * - a `warn` verdict and missing values each ask for a confirmation (both reasons in one question);
 *   the missing values go in as visible placeholders ("[order id?]"), the first one selected, never "undefined";
 * - no verdict yet: wait for the check.
 * With the policy check switched off in the settings, only missing values ask.
 */
import type { Finding, Verdict } from '../../../lib/policy/types';

export type Gate =
  | { kind: 'insert' }
  | { kind: 'wait' }
  | { kind: 'refuse'; finding: Finding }
  | { kind: 'confirm'; warnings: Finding[]; missing: string[] }
  | { kind: 'broken' };

export interface GateInput {
  /** undefined while the check runs */
  verdict: Verdict | undefined;
  findings: readonly Finding[];
  missing: readonly string[];
  policyOn: boolean;
  /** the render failed (template syntax): nothing to insert */
  broken?: boolean;
}

export function insertionGate({ verdict, findings, missing, policyOn, broken }: GateInput): Gate {
  if (broken) return { kind: 'broken' };
  if (policyOn) {
    if (verdict === undefined) return { kind: 'wait' };
    const block = findings.find((f) => f.severity === 'block');
    if (verdict === 'block' && block) return { kind: 'refuse', finding: block };
  }
  const warnings = policyOn ? findings.filter((f) => f.severity === 'warn') : [];
  if (warnings.length > 0 || missing.length > 0) return { kind: 'confirm', warnings, missing: [...missing] };
  return { kind: 'insert' };
}
