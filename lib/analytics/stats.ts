/** Small statistics: percentiles, and the two-proportion z-test for template A/B comparisons. Pure. */

/**
 * The p-quantile (0..1) of the values by linear interpolation between closest ranks (R's type 7, Excel's
 * PERCENTILE.INC): the median of [1, 2, 3, 4] is 2.5, its p90 is 3.7. Undefined for no values.
 */
export function quantile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const xs = [...values].sort((a, b) => a - b);
  const h = (xs.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const a = xs[lo]!;
  const b = xs[Math.min(lo + 1, xs.length - 1)]!;
  return a + (h - lo) * (b - a);
}

export const median = (values: readonly number[]): number | undefined => quantile(values, 0.5);

/** The standard normal cumulative distribution (Abramowitz and Stegun 7.1.26, error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Below this many orders per group, no test is run ("not enough data"). */
export const MIN_SAMPLE = 30;

export type ProportionTest =
  | { enough: false; minSample: number; pA: number | undefined; pB: number | undefined }
  | { enough: true; pA: number; pB: number; difference: number; z: number; pValue: number; significant: boolean };

/**
 * Two-proportion z-test (pooled, two-sided) of xA successes in nA trials against xB in nB. Both groups need
 * at least MIN_SAMPLE trials; `significant` at the 5 % level.
 */
export function twoProportionTest(xA: number, nA: number, xB: number, nB: number, minSample = MIN_SAMPLE): ProportionTest {
  const pA = nA > 0 ? xA / nA : undefined;
  const pB = nB > 0 ? xB / nB : undefined;
  if (nA < minSample || nB < minSample || pA === undefined || pB === undefined) return { enough: false, minSample, pA, pB };
  const pooled = (xA + xB) / (nA + nB);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
  const z = se === 0 ? 0 : (pA - pB) / se;
  const pValue = se === 0 ? 1 : Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
  return { enough: true, pA, pB, difference: pA - pB, z, pValue, significant: pValue < 0.05 };
}
