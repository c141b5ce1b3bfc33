/**
 * What importing a record does to the store, by the repositories' precedence (lib/db/merge.ts): a new key
 * is added; a stored record is merged (live data beats imported data, newer beats older, the loser only
 * fills gaps) and counts as updated only when its CONTENT changes. Provenance is not content: importing
 * the same file again changes nothing and writes nothing.
 */
import { mergeByProvenance } from '../db/merge';
import type { Provenance } from '../model';

export type Change = 'new' | 'updated' | 'unchanged';

/** Deep equality of plain data (JSON-like), key order ignored. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameData(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  let n = 0;
  for (const k in ao) {
    if (ao[k] === undefined) continue;
    n++;
    if (!sameData(ao[k], bo[k])) return false;
  }
  for (const k in bo) if (bo[k] !== undefined) n--;
  return n === 0;
}

/** Equal apart from provenance. */
export function sameContent<T extends { provenance: Provenance }>(a: T, b: T): boolean {
  const { provenance: _pa, ...ra } = a;
  const { provenance: _pb, ...rb } = b;
  return sameData(ra, rb);
}

/** The change importing `incoming` makes over `existing`, and the record to write (none when unchanged). */
export function classify<T extends { provenance: Provenance }>(existing: T | undefined, incoming: T): { change: Change; write?: T } {
  if (!existing) return { change: 'new', write: incoming };
  const merged = mergeByProvenance(existing, incoming);
  return sameContent(existing, merged) ? { change: 'unchanged' } : { change: 'updated', write: merged };
}
