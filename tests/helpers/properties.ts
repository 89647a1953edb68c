/**
 * The one place property tests (fast-check) take their seed and their number of runs, so `npm test`
 * runs each property the same way every time and a longer run is one variable away:
 *
 *   IPWATCH_FC_SEED=N   the seed of every property (else IPWATCH_TEST_SEED, else DEFAULT_SEED)
 *   IPWATCH_FC_RUNS=N   the runs of every property, in place of each one's modest default
 *
 * `fc.assert(property, propertyRun('name'))`; a property that reaches a listener passes a smaller
 * default (`propertyRun('name', 40)`), which IPWATCH_FC_RUNS still overrides. The seed is printed
 * with the property's name, and fast-check prints it again, with the failing path, on a failure.
 */
import { DEFAULT_SEED } from './random';

/** The runs of a pure property in `npm test`: enough to find the common shapes, quick on 2 cores. */
export const DEFAULT_RUNS = 200;

export interface PropertyRun {
  seed: number;
  numRuns: number;
}

function wholeNumber(name: string, text: string | undefined, min: number): number | undefined {
  const t = text?.trim();
  if (t === undefined || t === '') return undefined;
  if (!/^\d+$/.test(t) || Number(t) < min)
    throw new Error(`${name} must be a whole number of at least ${min}, got "${t}"`);
  return Number(t);
}

/** The seed and runs for the property `name` (printed on stderr, so a failure can be repeated). */
export function propertyRun(
  name: string,
  defaultRuns: number = DEFAULT_RUNS,
  env: NodeJS.ProcessEnv = process.env,
  print: (line: string) => void = (line) => process.stderr.write(line),
): PropertyRun {
  const seedText = env.IPWATCH_FC_SEED?.trim() ? env.IPWATCH_FC_SEED : env.IPWATCH_TEST_SEED;
  const seed = (wholeNumber('IPWATCH_FC_SEED', seedText, 0) ?? DEFAULT_SEED) % 2 ** 32;
  const numRuns = wholeNumber('IPWATCH_FC_RUNS', env.IPWATCH_FC_RUNS, 1) ?? defaultRuns;
  print(`${name}: seed ${seed}, ${numRuns} runs (IPWATCH_FC_SEED=${seed} repeats this run)\n`);
  return { seed, numRuns };
}
