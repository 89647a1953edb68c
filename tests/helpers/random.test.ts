import { describe, expect, it } from 'vitest';

import { DEFAULT_SEED, seededBytes, seededRandom, testSeed } from './random';

describe('seeded randomness', () => {
  it('repeats the same numbers for the same seed, and differs for another', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    expect(take(7).every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededBytes(seededRandom(7), 16)).toEqual(seededBytes(seededRandom(7), 16));
  });

  it.each([
    [undefined, DEFAULT_SEED],
    ['', DEFAULT_SEED],
    ['42', 42],
    [' 42 ', 42],
    [String(2 ** 32 + 5), 5],
  ])('IPWATCH_TEST_SEED=%j gives seed %d', (value, seed) => {
    const printed: string[] = [];
    expect(testSeed('t', value === undefined ? {} : { IPWATCH_TEST_SEED: value }, (l) => printed.push(l))).toBe(seed);
    expect(printed).toEqual([`t: seed ${seed} (IPWATCH_TEST_SEED=${seed} repeats this run)\n`]);
  });

  it.each(['-1', 'abc', '1.5'])('refuses IPWATCH_TEST_SEED=%j', (value) => {
    expect(() => testSeed('t', { IPWATCH_TEST_SEED: value }, () => undefined)).toThrow(/non-negative integer/);
  });
});
