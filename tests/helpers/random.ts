/**
 * Seeded randomness for tests: a run that fails can be repeated with the same choices.
 * Every test that draws random numbers takes them from `seededRandom(testSeed(...))` and
 * so prints its seed.
 */

/** The seed used when IPWATCH_TEST_SEED is not set: runs are reproducible by default. */
export const DEFAULT_SEED = 20261123;

/**
 * The seed of this run: IPWATCH_TEST_SEED (a non-negative integer) or DEFAULT_SEED. Prints it
 * with the test's name on stderr, so a failure's output says how to repeat it.
 */
export function testSeed(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
  print: (line: string) => void = (line) => process.stderr.write(line),
): number {
  const text = env.IPWATCH_TEST_SEED?.trim();
  if (text !== undefined && text !== '' && !/^\d+$/.test(text))
    throw new Error(`IPWATCH_TEST_SEED must be a non-negative integer, got "${text}"`);
  const seed = text ? Number(text) % 2 ** 32 : DEFAULT_SEED;
  print(`${name}: seed ${seed} (IPWATCH_TEST_SEED=${seed} repeats this run)\n`);
  return seed;
}

/** mulberry32: a small, fast 32-bit generator; numbers in [0, 1), the same for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` bytes from a seeded generator (random file contents, keys) that a seed repeats. */
export function seededBytes(random: () => number, n: number): Buffer {
  return Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
}

/** A test's seeded source: its seed (printed), numbers in [0, 1), and bytes. */
export function seeded(name: string): { seed: number; random: () => number; bytes: (n: number) => Buffer } {
  const seed = testSeed(name);
  const random = seededRandom(seed);
  return { seed, random, bytes: (n) => seededBytes(random, n) };
}
