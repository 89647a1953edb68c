import { describe, expect, it } from 'vitest';

import { DEFAULT_RUNS, propertyRun } from './properties';
import { DEFAULT_SEED } from './random';

describe('propertyRun: one seed and run count for every property', () => {
  it.each<[string, NodeJS.ProcessEnv, number | undefined, { seed: number; numRuns: number }]>([
    ['nothing set: the fixed seed, the default runs', {}, undefined, { seed: DEFAULT_SEED, numRuns: DEFAULT_RUNS }],
    ["a property's own default", {}, 40, { seed: DEFAULT_SEED, numRuns: 40 }],
    ['IPWATCH_TEST_SEED seeds properties too', { IPWATCH_TEST_SEED: '42' }, undefined, { seed: 42, numRuns: 200 }],
    [
      'IPWATCH_FC_SEED before IPWATCH_TEST_SEED',
      { IPWATCH_FC_SEED: '7', IPWATCH_TEST_SEED: '42' },
      40,
      { seed: 7, numRuns: 40 },
    ],
    [
      'IPWATCH_FC_SEED blank: IPWATCH_TEST_SEED',
      { IPWATCH_FC_SEED: ' ', IPWATCH_TEST_SEED: '42' },
      40,
      { seed: 42, numRuns: 40 },
    ],
    ['IPWATCH_FC_RUNS over every default', { IPWATCH_FC_RUNS: '5000' }, 40, { seed: DEFAULT_SEED, numRuns: 5000 }],
    ['a seed past 32 bits wraps', { IPWATCH_FC_SEED: String(2 ** 32 + 5) }, 1, { seed: 5, numRuns: 1 }],
  ])('%s', (_what, env, runs, expected) => {
    const printed: string[] = [];
    expect(propertyRun('p', runs, env, (l) => printed.push(l))).toEqual(expected);
    expect(printed).toEqual([
      `p: seed ${expected.seed}, ${expected.numRuns} runs (IPWATCH_FC_SEED=${expected.seed} repeats this run)\n`,
    ]);
  });

  it.each<[NodeJS.ProcessEnv, RegExp]>([
    [{ IPWATCH_FC_SEED: '-1' }, /IPWATCH_FC_SEED must be a whole number of at least 0, got "-1"/],
    [{ IPWATCH_FC_SEED: 'abc' }, /IPWATCH_FC_SEED must be a whole number/],
    [{ IPWATCH_FC_RUNS: '0' }, /IPWATCH_FC_RUNS must be a whole number of at least 1, got "0"/],
    [{ IPWATCH_FC_RUNS: '1e3' }, /IPWATCH_FC_RUNS must be a whole number/],
  ])('refuses %j in words', (env, words) => {
    expect(() => propertyRun('p', undefined, env, () => undefined)).toThrow(words);
  });
});
