/** Throttle and backoff arithmetic (pure; `random` in [0, 1)). */

/** A random gap between two requests, in [minMs, maxMs]. */
export function throttleGap(random: () => number, minMs: number, maxMs: number): number {
  const lo = Math.max(0, Math.min(minMs, maxMs));
  const hi = Math.max(lo, maxMs);
  return Math.round(lo + random() * (hi - lo));
}

/**
 * The n-th backoff in a row (n >= 1): exponential (base * 2^(n-1), at most maxMs) with "equal jitter"
 * (between half and all of it), and never shorter than the server's Retry-After. A Retry-After longer
 * than maxMs is still honoured, up to 6 hours.
 */
export function backoffDelay(n: number, retryAfterMs: number | undefined, random: () => number, baseMs: number, maxMs: number): number {
  const expo = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(30, n - 1)));
  const jittered = expo / 2 + random() * (expo / 2);
  const server = retryAfterMs !== undefined && Number.isFinite(retryAfterMs) ? Math.min(Math.max(0, retryAfterMs), 6 * 3_600_000) : 0;
  return Math.round(Math.max(jittered, server));
}
