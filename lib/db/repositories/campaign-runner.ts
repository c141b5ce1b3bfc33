/**
 * The campaign runner's own records, in the `meta` store (no schema change): its state (written by the
 * runner only), the seller's controls and the runner configuration (written by the options page only),
 * and the lock with its lease (lib/campaigns/runner/lease.ts), taken and renewed in transactions.
 */
import { acquire, renew, type Lease } from '../../campaigns/runner/lease';
import {
  configOrDefault, INITIAL_CONTROL, INITIAL_STATE,
  type RunnerConfig, type RunnerControl, type RunnerState,
} from '../../campaigns/runner/types';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';

export const RUNNER_KEYS = {
  state: 'campaign-runner|state',
  control: 'campaign-runner|control',
  config: 'campaign-runner|config',
  lock: 'campaign-runner|lock',
} as const;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const isLease = (x: unknown): x is Lease =>
  isObject(x) && typeof x.owner === 'string' && typeof x.until === 'number' && typeof x.acquiredAt === 'number';

export class CampaignRunnerRepository {
  constructor(private readonly db: SellerInboxDB) {}

  private async read(key: string): Promise<unknown> {
    return (await this.db.meta.get(key))?.value;
  }

  getState(): Promise<RunnerState> {
    return guardStorage(async () => {
      const v = await this.read(RUNNER_KEYS.state);
      if (!isObject(v)) return { ...INITIAL_STATE, deferred: {} };
      return { ...INITIAL_STATE, ...(v as Partial<RunnerState>), deferred: isObject(v.deferred) ? (v.deferred as Record<string, string>) : {} };
    });
  }

  saveState(state: RunnerState): Promise<void> {
    return guardStorage(async () => { await this.db.meta.put({ key: RUNNER_KEYS.state, value: state }); });
  }

  getControl(): Promise<RunnerControl> {
    return guardStorage(async () => {
      const v = await this.read(RUNNER_KEYS.control);
      return isObject(v) ? { ...INITIAL_CONTROL, paused: v.paused === true, ...(typeof v.resumedAt === 'string' ? { resumedAt: v.resumedAt } : {}) } : { ...INITIAL_CONTROL };
    });
  }

  setControl(control: RunnerControl): Promise<RunnerControl> {
    return guardStorage(async () => { await this.db.meta.put({ key: RUNNER_KEYS.control, value: control }); return control; });
  }

  getConfig(): Promise<RunnerConfig> {
    return guardStorage(async () => configOrDefault(await this.read(RUNNER_KEYS.config)));
  }

  /** Stores the config merged with `patch` (validated by the caller's schema); returns it. */
  setConfig(patch: Partial<RunnerConfig>): Promise<RunnerConfig> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.meta, async () => {
        const next = configOrDefault({ ...configOrDefault(await this.read(RUNNER_KEYS.config)), ...patch });
        await this.db.meta.put({ key: RUNNER_KEYS.config, value: next });
        return next;
      }),
    );
  }

  getLock(): Promise<Lease | undefined> {
    return guardStorage(async () => { const v = await this.read(RUNNER_KEYS.lock); return isLease(v) ? v : undefined; });
  }

  /** Takes the lock for `owner` unless another owner's lease still runs; returns the lease or undefined. */
  acquireLock(owner: string, now: number, leaseMs: number): Promise<Lease | undefined> {
    return this.swapLock((cur) => acquire(cur, owner, now, leaseMs));
  }

  /** Extends the lease while it is still `owner`'s; undefined when the lock was lost. */
  renewLock(owner: string, now: number, leaseMs: number): Promise<Lease | undefined> {
    return this.swapLock((cur) => renew(cur, owner, now, leaseMs));
  }

  /** Gives the lock up (only when `owner` holds it). */
  releaseLock(owner: string): Promise<void> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.meta, async () => {
        const cur = await this.read(RUNNER_KEYS.lock);
        if (isLease(cur) && cur.owner === owner) await this.db.meta.delete(RUNNER_KEYS.lock);
      }),
    );
  }

  private swapLock(next: (cur: Lease | undefined) => Lease | undefined): Promise<Lease | undefined> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.meta, async () => {
        const cur = await this.read(RUNNER_KEYS.lock);
        const lease = next(isLease(cur) ? cur : undefined);
        if (lease) await this.db.meta.put({ key: RUNNER_KEYS.lock, value: lease });
        return lease;
      }),
    );
  }
}
