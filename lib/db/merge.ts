/**
 * Pure merge rules used by the repositories.
 * - A record that lacks a field never erases it: `undefined` in an update means "not known here".
 * - Precedence by provenance: live data (page, endpoint, manual) beats imported data; within the same
 *   rank the newer `at` wins; on a tie the incoming record wins (re-sending the same data is harmless).
 */
import type { Provenance } from '../model';

/** `base` overwritten by every field of `patch` that is not undefined. */
export function mergeDefined<T extends object>(base: T, patch: Partial<T>): T {
  const out: T = { ...base };
  for (const [k, val] of Object.entries(patch)) {
    if (val !== undefined) (out as Record<string, unknown>)[k] = val;
  }
  return out;
}

const RANK: Record<Provenance['source'], number> = { import: 0, page: 1, endpoint: 1, manual: 1 };

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
};

/** True when a record with provenance `incoming` should override one with provenance `existing`. */
export function incomingWins(incoming: Provenance, existing: Provenance): boolean {
  const r = RANK[incoming.source] - RANK[existing.source];
  if (r !== 0) return r > 0;
  return time(incoming.at) >= time(existing.at);
}

/**
 * Merges one record by precedence: the winner's known fields override, the loser only fills gaps.
 * The result carries the winner's provenance.
 */
export function mergeByProvenance<T extends { provenance: Provenance }>(existing: T | undefined, incoming: T): T {
  if (!existing) return incoming;
  return incomingWins(incoming.provenance, existing.provenance)
    ? mergeDefined(existing, incoming)
    : mergeDefined(incoming, existing);
}
