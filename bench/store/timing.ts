/** Timing helpers for the store bench. */
import { quantileRaw, round } from '../engine/stats';

export async function time(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function repeat(n: number, fn: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await time(fn));
  return out;
}

/** Store times are a few ms, so they are reported to 0.01 ms. */
export const q = (xs: readonly number[], p: number) => round(quantileRaw(xs, p), 2);
