/**
 * The runner's lock: one record with an owner (the worker instance) and a lease. The owner renews it
 * while it works (heartbeat); a worker that died stops renewing, and after the lease another worker
 * takes over. Pure decisions; the store (meta table, in a transaction) is the engine's.
 */
export interface Lease { owner: string; until: number; acquiredAt: number }

/** The lease `owner` gets now, or undefined while someone else's lease runs. */
export function acquire(current: Lease | undefined, owner: string, now: number, leaseMs: number): Lease | undefined {
  if (current && current.owner !== owner && current.until > now) return undefined;
  return { owner, until: now + leaseMs, acquiredAt: current?.owner === owner ? current.acquiredAt : now };
}

/** Renewal: only while the lease is still ours (never resurrect a lease someone else took). */
export function renew(current: Lease | undefined, owner: string, now: number, leaseMs: number): Lease | undefined {
  if (!current || current.owner !== owner) return undefined;
  return { ...current, until: now + leaseMs };
}

/** ms until another worker may take the lease (0: free now). */
export const waitFor = (current: Lease | undefined, owner: string, now: number): number =>
  !current || current.owner === owner ? 0 : Math.max(0, current.until - now);
