/**
 * Categories for the page UI, from the background (`classify/texts`: lib/classify does not ship in the
 * page). Known classes are cached by row read and by text, so that re-reads of the same rows cost
 * nothing and ask nothing; the unknown ones of a pass go in ONE request.
 * An inbox row is asked with its thread (the background reads the thread's stored main request with its
 * newest text); a conversation with all its messages. A conversation's answer drops the cached classes of
 * that thread's inbox row, so the inbox asks again and shows what the conversation page showed.
 */
import type { Category } from '../../../lib/model';
import type { ClassifyItem } from '../../../lib/protocol/messages';
import { pageSession } from './session';
import { sendRequest } from '../../messaging';

export interface RowClass { category: Category; confidence: number; system: boolean; from?: number }

/**
 * What a class is read from: the subject and preview (an inbox row: with its thread id, marketplace and
 * status), or the subject and every message (a conversation), and whether the page marks it Amazon's.
 */
export interface ClassSource {
  subject?: string | undefined;
  preview?: string | undefined;
  isSystem: boolean;
  threadId?: string | undefined;
  marketplaceId?: string | undefined;
  status?: string | undefined;
  messages?: readonly { text: string; sender: 'buyer' | 'amazon' | 'seller' }[] | undefined;
}

const MAX_TEXT = 4000;
const MAX_MESSAGES = 200;
const CACHE_MAX = 20_000;
const CHUNK = 2000;

const byText = new Map<string, RowClass>();
/** texts asked for and not answered yet: a second caller waits for the same answer instead of asking again */
const inflight = new Map<string, Promise<void>>();
const byRow = new WeakMap<object, { key: string; cls: RowClass }>();
/** cache keys of inbox rows per thread id (dropped when the thread's conversation is classified) */
const rowKeysOfThread = new Map<string, Set<string>>();

export const sourceText = (s: Pick<ClassSource, 'subject' | 'preview'>): string =>
  [s.subject, s.preview].filter(Boolean).join('\n').slice(0, MAX_TEXT);

const messagesOf = (s: ClassSource) => s.messages?.slice(-MAX_MESSAGES).map((m) => ({ text: m.text.slice(0, MAX_TEXT), sender: m.sender }));

let accountOf: { session: ReturnType<typeof pageSession>; who: { merchantId?: string; marketplaceId?: string } } | undefined;

/**
 * The signed-in account, for the thread key (none outside a Seller Central page, e.g. in tests); read at most once a
 * second (the same object while the page's session read is the same: asked for every row).
 */
function account(): { merchantId?: string; marketplaceId?: string } {
  if (typeof document === 'undefined') return {};
  // one look per task: a pass asks for every row (the session read is the same until the page changes it)
  if (accountNow) return accountNow;
  const s = pageSession(document);
  if (accountOf?.session !== s) {
    accountOf = { session: s, who: { ...(s.merchantId ? { merchantId: s.merchantId } : {}), ...(s.marketplaceId ? { marketplaceId: s.marketplaceId } : {}) } };
  }
  accountNow = accountOf.who;
  queueMicrotask(() => { accountNow = undefined; });
  return accountNow;
}
let accountNow: { merchantId?: string; marketplaceId?: string } | undefined;

function itemOf(s: ClassSource, who: ReturnType<typeof account>): ClassifyItem {
  const messages = messagesOf(s);
  if (messages?.length) return { text: (s.subject ?? '').slice(0, MAX_TEXT), system: s.isSystem, messages };
  const item: ClassifyItem = { text: sourceText(s), system: s.isSystem };
  const marketplaceId = s.marketplaceId ?? who.marketplaceId;
  if (s.threadId && who.merchantId && marketplaceId && !s.threadId.includes('|') && !marketplaceId.includes('|')) {
    item.thread = { accountId: who.merchantId, marketplaceId, threadId: s.threadId.slice(0, 200), awaiting: s.status === undefined || s.status === 'response-needed' };
  }
  return item;
}

const keyOf = (item: ClassifyItem): string => JSON.stringify(item);

/** everything a source's key is made of: the key is made again only when one of them changed */
const partsOf = (s: ClassSource, who: ReturnType<typeof account>): unknown[] =>
  [s.subject, s.preview, s.isSystem, s.threadId, s.marketplaceId, s.status, s.messages, who.merchantId, who.marketplaceId];
const keys = new WeakMap<ClassSource, { parts: unknown[]; key: string }>();

/** The cache key of a source (an inbox row is asked about several times per pass before its class is known). */
function sourceKey(source: ClassSource, who: ReturnType<typeof account>): string {
  const parts = partsOf(source, who);
  const made = keys.get(source);
  if (made && made.parts.every((p, i) => p === parts[i])) return made.key;
  const key = keyOf(itemOf(source, who));
  keys.set(source, { parts, key });
  return key;
}

/** how many times the known classes changed: a source not found is looked for again only after a change */
let generation = 0;
/** sources not found (a row read is never changed: a changed row is a new read), with the generation and account then */
const misses = new WeakMap<object, { generation: number; who: object }>();

/** The class already known for this source (no request), or undefined. */
export function knownClass(source: ClassSource): RowClass | undefined {
  const hit = byRow.get(source);
  if (hit && byText.get(hit.key) === hit.cls) return hit.cls;
  const who = account();
  // every feature's pass asks about each row not classified yet: its key is made and looked up once per change
  const miss = misses.get(source);
  if (miss && miss.generation === generation && miss.who === who) return undefined;
  const key = sourceKey(source, who);
  const cached = byText.get(key);
  if (cached) byRow.set(source, { key, cls: cached });
  else misses.set(source, { generation, who });
  return cached;
}

function remember(key: string, item: ClassifyItem, cls: RowClass, threadId: string | undefined): void {
  generation++;
  byText.set(key, cls);
  if (item.messages && threadId) {
    // the conversation was read: the inbox row of this thread asks again (its stored request may have changed)
    for (const k of rowKeysOfThread.get(threadId) ?? []) byText.delete(k);
    rowKeysOfThread.delete(threadId);
  } else if (item.thread) {
    const keys = rowKeysOfThread.get(item.thread.threadId) ?? new Set<string>();
    keys.add(key);
    rowKeysOfThread.set(item.thread.threadId, keys);
  }
}

/** Makes every source's class known: one request for the unknown ones (in chunks of 2,000). */
export async function classify(sources: readonly ClassSource[]): Promise<void> {
  const who = account();
  const missing = new Map<string, { item: ClassifyItem; sources: ClassSource[] }>();
  const waits = new Set<Promise<void>>();
  for (const s of sources) {
    const key = sourceKey(s, who);
    const cached = byText.get(key);
    if (cached) { byRow.set(s, { key, cls: cached }); continue; }
    const pending = inflight.get(key);
    if (pending) {
      waits.add(pending.then(() => { const c = byText.get(key); if (c) byRow.set(s, { key, cls: c }); }));
      continue;
    }
    const entry = missing.get(key);
    if (entry) entry.sources.push(s);
    else missing.set(key, { item: itemOf(s, who), sources: [s] });
  }
  const keys = [...missing.keys()];
  for (let i = 0; i < keys.length; i += CHUNK) {
    const chunk = keys.slice(i, i + CHUNK);
    const items = chunk.map((k) => missing.get(k)!.item);
    const asked = sendRequest({ type: 'classify/texts', items }).then(({ results }) => {
      if (byText.size + chunk.length > CACHE_MAX) { byText.clear(); rowKeysOfThread.clear(); generation++; }
      chunk.forEach((k, j) => {
        const cls = results[j];
        const entry = missing.get(k);
        if (!cls || !entry) return;
        remember(k, entry.item, cls, entry.sources[0]?.threadId);
        for (const s of entry.sources) byRow.set(s, { key: k, cls });
      });
    }).finally(() => { for (const k of chunk) inflight.delete(k); });
    for (const k of chunk) inflight.set(k, asked.catch(() => undefined));
    waits.add(asked);
  }
  await Promise.all(waits);
}

/** classify(), but never longer than `ms` (what is not known by then is simply not known yet). */
export function classifyWithin(sources: readonly ClassSource[], ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    classify(sources).then(resolve, resolve).finally(() => clearTimeout(timer));
  });
}
