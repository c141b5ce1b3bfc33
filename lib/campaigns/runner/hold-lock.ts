/**
 * Holding the runner's lock for one tick (the campaign runner and the holiday auto-reply share it): take
 * the lease, renew it on a heartbeat, check it before each send, give it back at the end. A lease someone
 * else took over (this worker was too slow) is never renewed again nor released.
 */
import type { CampaignRunnerRepository } from '../../db/repositories/campaign-runner';

export interface HeldLock {
  /** renews now: false once the lease is no longer ours (then stop before sending anything more) */
  stillMine(): Promise<boolean>;
  readonly lost: boolean;
  /** stops the heartbeat and gives the lease back (unless it was lost) */
  release(): Promise<void>;
}

export type LockAttempt = { held: HeldLock } | { held?: undefined; lockedUntil: number };

type LockStore = Pick<CampaignRunnerRepository, 'acquireLock' | 'renewLock' | 'releaseLock' | 'getLock'>;

export async function holdLock(
  store: LockStore, owner: string, now: () => Date, leaseMs: number, heartbeatMs = Math.max(50, Math.floor(leaseMs / 4)),
): Promise<LockAttempt> {
  const lease = await store.acquireLock(owner, now().getTime(), leaseMs);
  if (!lease) return { lockedUntil: (await store.getLock())?.until ?? now().getTime() };
  let lost = false;
  const renew = async (): Promise<boolean> => {
    const l = await store.renewLock(owner, now().getTime(), leaseMs);
    if (!l) lost = true;
    return !lost;
  };
  const beat = setInterval(() => { renew().catch(() => undefined); }, heartbeatMs);
  return {
    held: {
      stillMine: async () => !lost && renew(),
      get lost() { return lost; },
      release: async () => {
        clearInterval(beat);
        if (!lost) await store.releaseLock(owner).catch(() => undefined);
      },
    },
  };
}
