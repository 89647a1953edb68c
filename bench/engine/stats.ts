/** Small number helpers for the engine bench: rounding, quantiles, latency summaries, phases. */

export const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Linear-interpolated quantile (R type 7), unrounded; NaN for no finite values. */
export function quantileRaw(xs: readonly number[], q: number): number {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

/** Quantile rounded to 0.1 (the resolution every latency and MB figure is reported at). */
export const quantile = (xs: readonly number[], q: number) => round(quantileRaw(xs, q));
export const median = (xs: readonly number[]) => quantile(xs, 0.5);

/** min / p50 / p95 / max of a latency sample, ms. */
export const dist = (xs: readonly number[]) => ({
  n: xs.length,
  minMs: quantile(xs, 0),
  p50Ms: median(xs),
  p95Ms: quantile(xs, 0.95),
  maxMs: quantile(xs, 1),
});

/**
 * Random phases, stratified: the i-th of n falls uniformly in [i/n, (i+1)/n) of the period,
 * shuffled. Every phase is still random, but n samples cover the period evenly, so a small n
 * gives a steadier p50 than n independent draws.
 */
export function stratifiedPhases(n: number, periodMs: number): number[] {
  const out = Array.from({ length: n }, (_, i) => ((i + Math.random()) / n) * periodMs);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
