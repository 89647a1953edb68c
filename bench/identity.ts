/**
 * The identity lookup (electron/engine/identity): the time to look up one address, and the
 * memory the databases add. Time: a fresh lookup asked about `BENCH_IDENTITY_LOOKUPS` random
 * public addresses of each family (seeded, none asked twice, so the lookup's memo never
 * answers), each timed; the first (which opens the family's files) reported apart. Memory: the
 * same lookup in a process of its own (identity/rss-child.ts), RSS with both families' databases
 * open and used against RSS with the code loaded only; `BENCH_IDENTITY_RSS_RUNS` of each arm,
 * the medians' difference the figure.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

import { createIdentityLookup } from '../electron/engine/identity';
import { seededRandom, testSeed } from '../tests/helpers/random';
import { type Check, atMost } from './check';
import { randomPublic } from './identity/addresses';

const CFG = {
  lookups: Number(process.env.BENCH_IDENTITY_LOOKUPS ?? 2000),
  rssRuns: Number(process.env.BENCH_IDENTITY_RSS_RUNS ?? 3),
};
/** Issue 41's targets. */
const TARGETS = { lookupMs: 1, addedRssMB: 15 };

const run = promisify(execFile);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (n: number) => Math.round(n * 1000) / 1000;

function timeLookups(seed: number) {
  const lookup = createIdentityLookup();
  const random = seededRandom(seed);
  const out: Record<string, unknown> = {};
  for (const family of [4, 6] as const) {
    const times: number[] = [];
    let known = 0;
    for (let i = 0; i <= CFG.lookups; i++) {
      const ip = randomPublic(family, random);
      const t0 = performance.now();
      const identity = lookup.lookup(ip);
      times.push(performance.now() - t0);
      if (identity?.asn != null) known++;
    }
    const [first, ...rest] = times;
    out[`v${family}`] = {
      firstMs: round(first!),
      meanMs: round(rest.reduce((a, b) => a + b, 0) / rest.length),
      medianMs: round(median(rest)),
      p99Ms: round([...rest].sort((a, b) => a - b)[Math.floor(rest.length * 0.99)]!),
      withAsn: known,
    };
  }
  lookup.close();
  return out as Record<'v4' | 'v6', { meanMs: number; medianMs: number; p99Ms: number }>;
}

async function childRss(mode: 'idle' | 'open', seed: number): Promise<number> {
  const child = join(import.meta.dirname, 'identity', 'rss-child.ts');
  const tsx = join(import.meta.dirname, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const { stdout } = await run(process.execPath, [tsx, child, mode, '500', String(seed)]);
  return (JSON.parse(stdout.trim().split('\n').at(-1)!) as { rssMB: number }).rssMB;
}

export default async function identityBench(): Promise<Record<string, unknown> & { checks: Check[] }> {
  const seed = testSeed('bench identity');
  const lookups = timeLookups(seed);
  const idle: number[] = [];
  const open: number[] = [];
  // Alternated, so a machine busier at one moment weighs on both arms alike.
  for (let i = 0; i < CFG.rssRuns; i++) {
    idle.push(await childRss('idle', seed));
    open.push(await childRss('open', seed));
  }
  const addedRssMB = Math.round((median(open) - median(idle)) * 10) / 10;
  // The median, as the other suites take: on a shared machine the mean and p99 carry other processes' pauses.
  const slowest = Math.max(lookups.v4.medianMs, lookups.v6.medianMs);
  const checks: Check[] = [
    atMost('identity lookup per address (median, the slower family)', slowest, TARGETS.lookupMs, 'ms'),
    atMost('RSS added by the identity databases, both families open', addedRssMB, TARGETS.addedRssMB, 'MB'),
  ];
  return {
    seed,
    lookups: { count: CFG.lookups, ...lookups },
    rss: { idleMB: idle.map(round), openMB: open.map(round), addedRssMB },
    checks,
  };
}
