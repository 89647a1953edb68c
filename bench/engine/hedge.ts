/**
 * A confirmation with one hung confirmer (issue 8: done at most 1.5 s after its check
 * starts). One IPv4 HTTP echo answers only after 7 s, past the default 4 s timeout; the
 * address changes every round, so the rotation puts the late source first, as confirmer,
 * or not at all. The figure is the check's own durationMs (real time from its start).
 *
 * The fakes run in this process: the figure is a wait, not CPU, so sharing the event loop
 * costs it nothing measurable. Run alone: `npx tsx bench/engine/hedge.ts`.
 */
import { fileURLToPath } from 'node:url';

import type { CheckEvent } from '../../shared/types';
import { startWorld } from '../../tests/helpers/world';
import { atMost, type Check } from '../check';
import { checkOf, makeLane, nextEvent, nextIps } from './lane';
import { median } from './stats';

const TIMEOUT_MS = 4000;
const LATE_MS = 7000;

export async function measureHedge(rounds = 9): Promise<{ figures: Record<string, unknown>; checks: Check[] }> {
  const world = await startWorld();
  const sources = world.sources.filter((s) => s.family === 4 && s.kind === 'http');
  const remote = {
    sources,
    setIp: async (v4: string, v6: string) => world.setIp(v4, v6),
    requests: async (f?: 4 | 6) => world.requests(f),
    resetCounts: async () => world.resetCounts(),
  };
  const lane = await makeLane(remote, { ipv6: false, timeoutMs: TIMEOUT_MS });
  try {
    const run = async (): Promise<CheckEvent> => {
      const seen = nextEvent(
        lane.engine,
        checkOf(4, () => true),
        10_000,
      );
      await lane.engine.checkNow('manual');
      return (await seen).e;
    };
    // A first sighting and some history, as a running monitor has.
    for (let i = 0; i < 4; i++) await run();
    world.v4.http[1]!.setFault('slow', { delayMs: LATE_MS });
    const changes: CheckEvent[] = [];
    const steady: CheckEvent[] = [];
    for (let i = 0; i < rounds; i++) {
      const { v4, v6 } = nextIps();
      world.setIp(v4, v6);
      const c = await run();
      if (c.result !== 'changed' || c.ip !== v4) throw new Error(`round ${i}: ${c.result} ${c.ip}, wanted ${v4}`);
      changes.push(c);
      steady.push(await run());
    }
    const ms = changes.map((c) => c.durationMs);
    const figures = {
      rounds,
      lateSourceMs: LATE_MS,
      timeoutMs: TIMEOUT_MS,
      confirmMs: { p50: median(ms), max: Math.max(...ms) },
      requestsPerChangeMax: Math.max(...changes.map((c) => c.requests)),
      steadyMsMax: Math.max(...steady.map((c) => c.durationMs)),
    };
    const checks = [
      atMost('a confirmation with one hung confirmer (max)', figures.confirmMs.max, 1500, 'ms'),
      atMost('a steady check with one hung source (max)', figures.steadyMsMax, 1500, 'ms'),
    ];
    return { figures, checks };
  } finally {
    await lane.close();
    await world.close();
  }
}

export default measureHedge;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  measureHedge().then(
    (r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`),
    (err: unknown) => {
      process.stderr.write(`hedge bench failed: ${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
