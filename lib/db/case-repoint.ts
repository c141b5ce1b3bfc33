/**
 * What refers to a thread follows it when records of one case become one (case-merge.ts): response events and
 * send-log entries that name an old thread key name the new one. Pure; the v4 migration (schema-versions.ts) and a
 * backup restore (lib/backup/case-ids.ts) write the result.
 *
 * - a response event is keyed by its thread and its buyer message (`responseEventKey`): the same buyer message seen
 *   under two keys is one event, and the one that knows its answer stays;
 * - a holiday reply is keyed by its thread (`holidayKey`): one reply per case, ever; of two, the one that says most
 *   about a send stays (`strongerSendEntry`). Other entries keep their key and only name the new thread.
 */
import { responseEventKey, type ResponseEvent } from '../analytics/response-events';
import { holidayKey } from '../holiday/select';
import type { SendLogEntry } from '../model';
import { strongerSendEntry } from './case-merge';

export interface Repointed<T> {
  /** the records to write */
  put: T[];
  /** the keys no record has any more */
  removed: string[];
}

/**
 * Re-keys every record whose thread moved (`moved`: old thread key -> new one). `records`: the records that may be
 * involved (those of a moved thread and those already under a new key), in the order they are to be taken.
 */
function repoint<T extends { key: string }>(
  records: readonly T[], moved: ReadonlyMap<string, string>, follow: (r: T, there: (key: string) => T | undefined) => T | undefined,
): Repointed<T> {
  const byKey = new Map(records.map((r) => [r.key, r]));
  const put = new Map<string, T>();
  const removed = new Set<string>();
  for (const r of records) {
    const kept = follow(r, (key) => byKey.get(key));
    if (!kept) continue;
    if (kept.key !== r.key) {
      byKey.delete(r.key);
      put.delete(r.key);
      removed.add(r.key);
    }
    byKey.set(kept.key, kept);
    put.set(kept.key, kept);
    removed.delete(kept.key);
  }
  return { put: [...put.values()], removed: [...removed] };
}

export const repointResponseEvents = (events: readonly ResponseEvent[], moved: ReadonlyMap<string, string>): Repointed<ResponseEvent> =>
  repoint(events, moved, (e, there) => {
    const threadKey = moved.get(e.threadKey);
    if (!threadKey) return undefined;
    const key = responseEventKey(threadKey, e.receivedAt);
    const found = there(key);
    // the same buyer message seen under both keys: the event that knows its answer stays
    return found && (found.answeredAt || !e.answeredAt) ? found : { ...e, key, threadKey };
  });

export const repointSendLog = (entries: readonly SendLogEntry[], moved: ReadonlyMap<string, string>): Repointed<SendLogEntry> =>
  repoint(entries, moved, (e, there) => {
    const threadKey = e.threadKey ? moved.get(e.threadKey) : undefined;
    if (!threadKey) return undefined;
    const key = e.kind === 'holiday-reply' ? holidayKey(threadKey) : e.key;
    const found = key === e.key ? undefined : there(key);
    return found ? strongerSendEntry(found, { ...e, key, threadKey }) : { ...e, key, threadKey };
  });
