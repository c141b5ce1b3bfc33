/**
 * The send log: one entry per idempotency key (`${kind}|${orderId}` ...), moved through stages.
 * Stage transitions are checked so a sent message can never be queued again:
 *   (new)    -> pending | sending | skipped | test
 *   pending  -> sending | skipped | failed | test
 *   sending  -> sent | failed | unknown
 *   failed   -> pending | sending | skipped | sent   (retry or give up; sent: Amazon says an earlier attempt went out)
 *   unknown  -> sent | failed                         (after checking what Amazon shows)
 *   sent, skipped, test: final
 * Writing the same stage again (to update the reason or text) is allowed for non-final stages.
 */
import type { SendLogEntry, SendStage } from '../../model';
import type { SellerInboxDB } from '../database';
import { guardStorage, InvalidTransitionError } from '../errors';
import { SEND_LOG_MAX } from '../../limits';

const INITIAL: readonly SendStage[] = ['pending', 'sending', 'skipped', 'test'];
const NEXT: Record<SendStage, readonly SendStage[]> = {
  pending: ['pending', 'sending', 'skipped', 'failed', 'test'],
  sending: ['sending', 'sent', 'failed', 'unknown'],
  failed: ['failed', 'pending', 'sending', 'skipped', 'sent'],
  unknown: ['unknown', 'sent', 'failed'],
  sent: [],
  skipped: [],
  test: [],
};

export function canTransition(from: SendStage | undefined, to: SendStage): boolean {
  return from === undefined ? INITIAL.includes(to) : NEXT[from].includes(to);
}

export class SendLogRepository {
  constructor(private readonly db: SellerInboxDB, private readonly now: () => Date = () => new Date()) {}

  get(key: string): Promise<SendLogEntry | undefined> {
    return guardStorage(() => this.db.sendLog.get(key));
  }

  /**
   * Creates or advances an entry, checking the stage transition against the stored entry.
   * Keeps the stored createdAt, stamps updatedAt. Throws InvalidTransitionError when not allowed.
   */
  put(entry: SendLogEntry): Promise<SendLogEntry> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.sendLog, async () => {
        const existing = await this.db.sendLog.get(entry.key);
        if (!canTransition(existing?.stage, entry.stage)) {
          throw new InvalidTransitionError(
            `send log ${entry.key}: ${existing ? existing.stage : '(new)'} -> ${entry.stage} is not allowed`,
          );
        }
        const at = this.now().toISOString();
        const stored: SendLogEntry = { ...entry, createdAt: existing?.createdAt ?? entry.createdAt ?? at, updatedAt: at };
        // the log keeps at most SEND_LOG_MAX of a text or reason (a backup restores only what fits lib/limits.ts)
        if (stored.text !== undefined && stored.text.length > SEND_LOG_MAX.text) stored.text = stored.text.slice(0, SEND_LOG_MAX.text);
        if (stored.reason !== undefined && stored.reason.length > SEND_LOG_MAX.reason) stored.reason = stored.reason.slice(0, SEND_LOG_MAX.reason);
        await this.db.sendLog.put(stored);
        return stored;
      }),
    );
  }

  listByStage(stage: SendStage): Promise<SendLogEntry[]> {
    return guardStorage(() => this.db.sendLog.where('stage').equals(stage).toArray());
  }
}
