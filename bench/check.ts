/**
 * The one shape every bench figure with a target takes, so `npm run bench -- --check` can
 * fail on any miss: a suite returns `checks: Check[]` beside its raw figures, and the runner
 * prints each one with pass or miss and exits non-zero on a miss when asked to.
 */
export interface Check {
  /** What was measured, e.g. "save p50 (1 year, both families)". */
  name: string;
  value: number;
  unit: string;
  /** The target as people read it, e.g. "<= 5 ms". */
  target: string;
  pass: boolean;
  /** Against the baseline the issue names, when there is one: ours / baseline or baseline / ours, as `ratioOf` says. */
  ratio?: { baseline: string; value: number };
}

/** value <= limit (a NaN or Infinity is a miss). */
export const atMost = (name: string, value: number, limit: number, unit: string): Check => ({
  name,
  value,
  unit,
  target: `<= ${limit} ${unit}`,
  pass: Number.isFinite(value) && value <= limit,
});

/** value >= limit. */
export const atLeast = (name: string, value: number, limit: number, unit: string): Check => ({
  name,
  value,
  unit,
  target: `>= ${limit} ${unit}`,
  pass: Number.isFinite(value) && value >= limit,
});

/** One line per check: `pass  name  value unit  (target)`. */
export function formatChecks(suite: string, checks: readonly Check[]): string {
  return checks
    .map(
      (c) =>
        `${c.pass ? 'pass' : 'MISS'}  ${suite}: ${c.name}  ${Number.isInteger(c.value) ? c.value : c.value.toFixed(2)} ${c.unit}  (${c.target})` +
        (c.ratio ? `  [${c.ratio.value.toFixed(1)}x vs ${c.ratio.baseline}]` : ''),
    )
    .join('\n');
}
