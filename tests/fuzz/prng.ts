/**
 * A small seeded PRNG (mulberry32) and helpers for the generated bad-input suites (tests/unit/fuzz-*.test.ts).
 * Deterministic: the same seed gives the same cases on every machine, so a failing case is reproduced by
 * its seed and index alone.
 */

export class Rng {
  private s: number;
  constructor(readonly seed: number) { this.s = seed >>> 0; }

  /** 0 <= x < 1 */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** integer in [lo, hi] */
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(xs: readonly T[]): T {
    if (!xs.length) throw new Error('pick from an empty list');
    return xs[Math.floor(this.next() * xs.length)] as T;
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
  /** a child generator for case `i`: cases stay reproducible one by one */
  fork(i: number): Rng { return new Rng((Math.imul(this.seed ^ 0x9e3779b9, 31) + Math.imul(i + 1, 0x85ebca6b)) >>> 0); }
}

const ASCII = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-.,;:!?/\\\'"#%&()*+<=>@[]^`|~';
const UNICODE = [
  'é', 'ß', 'ü', 'Å', 'ñ', '中', '文', 'あ', 'ア', '한', 'Ж', 'ع', 'ש', '😀', '👍🏽', '\u200b', '\u200d', '\u202e',
  '\ufeff', '\u00a0', '\u2028', '\u2029', '\ufffd', '\ud83d', '\udca9', '\u0301', '𝔘', '\u0000', '\u0007', '\u001b', '\t', '\r', '\n',
];

export function asciiString(r: Rng, min = 0, max = 12): string {
  let s = '';
  const n = r.int(min, max);
  for (let i = 0; i < n; i++) s += ASCII.charAt(r.int(0, ASCII.length - 1));
  return s;
}

export function unicodeString(r: Rng, min = 0, max = 12): string {
  let s = '';
  const n = r.int(min, max);
  for (let i = 0; i < n; i++) s += r.chance(0.5) ? r.pick(UNICODE) : ASCII.charAt(r.int(0, ASCII.length - 1));
  return s;
}

/** Random string from a mix of ASCII, unicode (lone surrogates, BOMs, RTL marks, controls) and specials. */
export function junkString(r: Rng, max = 20): string {
  switch (r.int(0, 5)) {
    case 0: return '';
    case 1: return asciiString(r, 1, max);
    case 2: return unicodeString(r, 1, max);
    case 3: return r.pick(['undefined', 'null', 'NaN', 'Infinity', '-0', '1e999', '__proto__', 'constructor', 'toString', '{{', '}}', '|', '"', "'", '=1+1', '\\', '%s', '${x}']);
    case 4: return ' '.repeat(r.int(1, 5));
    default: return String.fromCharCode(...Array.from({ length: r.int(1, max) }, () => r.int(0, 0xffff)));
  }
}

/** Random bytes. */
export function junkBytes(r: Rng, n: number): number[] {
  return Array.from({ length: n }, () => r.int(0, 255));
}

/** Insert, delete, replace or duplicate a slice of `s` at random positions (a generic text mutator). */
export function mutateText(r: Rng, s: string, extra: readonly string[] = []): string {
  const at = () => r.int(0, s.length);
  switch (r.int(0, 6)) {
    case 0: { const i = at(); return s.slice(0, i) + (extra.length && r.chance(0.7) ? r.pick(extra) : junkString(r, 6)) + s.slice(i); }
    case 1: { const i = at(); return s.slice(0, i) + s.slice(i + r.int(1, 8)); }
    case 2: { const i = at(); return s.slice(0, i) + (extra.length ? r.pick(extra) : junkString(r, 3)) + s.slice(i + r.int(1, 4)); }
    case 3: { const i = at(); const j = Math.min(s.length, i + r.int(1, 30)); return s.slice(0, j) + s.slice(i, j) + s.slice(j); }
    case 4: return s.slice(0, at());
    case 5: { const i = at(); return s.slice(0, i) + String.fromCharCode(r.int(0, 0xffff)) + s.slice(i); }
    default: { const i = at(); const j = at(); return s.slice(0, Math.min(i, j)) + s.slice(Math.max(i, j)) + s.slice(Math.min(i, j), Math.max(i, j)); }
  }
}

/** Counts of accepted / rejected cases per target, printed at the end of each suite. */
export class Tally {
  private readonly counts = new Map<string, { accepted: number; rejected: number }>();
  add(target: string, accepted: boolean): void {
    const c = this.counts.get(target) ?? { accepted: 0, rejected: 0 };
    if (accepted) c.accepted++; else c.rejected++;
    this.counts.set(target, c);
  }
  total(target?: string): number {
    let n = 0;
    for (const [k, c] of this.counts) if (!target || k === target || k.startsWith(`${target}/`)) n += c.accepted + c.rejected;
    return n;
  }
  get(target: string) { return this.counts.get(target) ?? { accepted: 0, rejected: 0 }; }
  print(title: string): void {
    const lines = [...this.counts].sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, c]) => `  ${k.padEnd(40)} cases ${String(c.accepted + c.rejected).padStart(5)}  accepted ${String(c.accepted).padStart(5)}  rejected ${String(c.rejected).padStart(5)}`);
    console.log(`[fuzz] ${title}\n${lines.join('\n')}`);
  }
}

/** Fails with the seed and case index so the case can be re-run alone. */
export function caseLabel(seed: number, i: number, what: string): string {
  return `seed ${seed} case ${i} (${what})`;
}
