/**
 * Categories for the page UI, from the background (`classify/texts`: lib/classify does not ship in the
 * page). Known classes are cached by row read and by text, so that re-reads of the same rows cost
 * nothing and ask nothing; the unknown ones of a pass go in ONE request.
 */
import type { Category } from '../../../lib/model';
import { sendRequest } from '../../messaging';

export interface RowClass { category: Category; confidence: number; system: boolean }

/** What a class is read from: the subject and preview (or first message) and whether the page marks it Amazon's. */
export interface ClassSource { subject?: string | undefined; preview?: string | undefined; isSystem: boolean }

const MAX_TEXT = 4000;
const CACHE_MAX = 20_000;
const CHUNK = 2000;

const byText = new Map<string, RowClass>();
/** texts asked for and not answered yet: a second caller waits for the same answer instead of asking again */
const inflight = new Map<string, Promise<void>>();
const byRow = new WeakMap<object, RowClass>();

export const sourceText = (s: Pick<ClassSource, 'subject' | 'preview'>): string =>
  [s.subject, s.preview].filter(Boolean).join('\n').slice(0, MAX_TEXT);

const keyOf = (s: ClassSource): string => `${s.isSystem ? 1 : 0}\n${sourceText(s)}`;

/** The class already known for this source (no request), or undefined. */
export function knownClass(source: ClassSource): RowClass | undefined {
  const hit = byRow.get(source);
  if (hit) return hit;
  const cached = byText.get(keyOf(source));
  if (cached) byRow.set(source, cached);
  return cached;
}

/** Makes every source's class known: one request for the unknown ones (in chunks of 2,000). */
export async function classify(sources: readonly ClassSource[]): Promise<void> {
  const missing = new Map<string, ClassSource[]>();
  const waits = new Set<Promise<void>>();
  for (const s of sources) {
    if (knownClass(s)) continue;
    const key = keyOf(s);
    const pending = inflight.get(key);
    if (pending) {
      waits.add(pending.then(() => { const c = byText.get(key); if (c) byRow.set(s, c); }));
      continue;
    }
    const list = missing.get(key);
    if (list) list.push(s);
    else missing.set(key, [s]);
  }
  const keys = [...missing.keys()];
  for (let i = 0; i < keys.length; i += CHUNK) {
    const chunk = keys.slice(i, i + CHUNK);
    const items = chunk.map((k) => {
      const s = missing.get(k)![0]!;
      return { text: sourceText(s), system: s.isSystem };
    });
    const asked = sendRequest({ type: 'classify/texts', items }).then(({ results }) => {
      if (byText.size + chunk.length > CACHE_MAX) byText.clear();
      chunk.forEach((k, j) => {
        const cls = results[j];
        if (!cls) return;
        byText.set(k, cls);
        for (const s of missing.get(k) ?? []) byRow.set(s, cls);
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
