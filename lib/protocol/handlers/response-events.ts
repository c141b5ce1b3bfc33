/**
 * Records response events (lib/analytics/response-events.ts) for threads that were just stored: compares
 * each thread's stored record before the write with the one after it. Joins the caller's transaction, which
 * must include `db.responseEvents`.
 */
import { deriveResponseEvents, mergeResponseEvent, type ResponseEvent } from '../../analytics/response-events';
import type { SellerInboxDB } from '../../db';
import type { Thread } from '../../model';

export interface ThreadChange { before: Thread | undefined; after: Thread | undefined }

export async function recordResponseEvents(db: SellerInboxDB, changes: readonly ThreadChange[], at: string): Promise<number> {
  const derived = new Map<string, ResponseEvent>();
  for (const { before, after } of changes) {
    if (!after) continue;
    for (const e of deriveResponseEvents(before, after, at)) derived.set(e.key, mergeResponseEvent(derived.get(e.key), e));
  }
  if (derived.size === 0) return 0;
  const keys = [...derived.keys()];
  const stored = await db.responseEvents.bulkGet(keys);
  const writes: ResponseEvent[] = [];
  keys.forEach((key, i) => {
    const incoming = derived.get(key);
    if (!incoming) return;
    const old = stored[i];
    const merged = mergeResponseEvent(old, incoming);
    if (merged !== old) writes.push(merged);
  });
  if (writes.length) await db.responseEvents.bulkPut(writes);
  return writes.length;
}
