/**
 * Requests per steady-state check and per confirmed change, counted at the fakes, for the
 * engine and for the naive monitor (naive.ts). The lane is not started: no timers, no
 * sampler; checks only run when asked.
 */
import type { Family } from '../../shared/types';
import { changeTo, type Lane, nextEvent, nextIps } from './lane';
import type { NaiveMonitor } from './naive';
import type { RemoteWorld } from './remote-world';
import { median, round } from './stats';

type PerFamily = { v4: number; v6: number };

async function countRequests(world: RemoteWorld, run: () => Promise<unknown>, times: number): Promise<PerFamily> {
  await world.resetCounts();
  for (let i = 0; i < times; i++) await run();
  const [v4, v6] = await Promise.all([world.requests(4), world.requests(6)]);
  return { v4: round(v4 / times, 2), v6: round(v6 / times, 2) };
}

const medianOf = (xs: PerFamily[]): PerFamily => ({ v4: median(xs.map((x) => x.v4)), v6: median(xs.map((x) => x.v6)) });
const ratio = (a: PerFamily, b: PerFamily): PerFamily => ({ v4: round(a.v4 / b.v4, 2), v6: round(a.v6 / b.v6, 2) });

export async function measureRequests(lane: Lane, naive: NaiveMonitor, opts: { checks: number; changes: number }) {
  const { engine, world } = lane;
  const first = await engine.checkNow('manual');
  if (!first.families.v4.ip || !first.families.v6.ip) throw new Error('first check did not resolve both families');

  // Steady state.
  for (let i = 0; i < 5; i++) await engine.checkNow('interval');
  const oursSteady = await countRequests(world, () => engine.checkNow('interval'), opts.checks);
  const naiveSteady = await countRequests(world, naive.check, opts.checks);

  // Confirmed changes: the check that confirms, then the next (steady) one.
  const oursChange: PerFamily[] = [];
  const naiveChange: PerFamily[] = [];
  let naiveMissed = 0;
  for (let i = 0; i < opts.changes; i++) {
    let ips = nextIps();
    await world.setIp(ips.v4, ips.v6);
    const changes = ([4, 6] as Family[]).map((f) => nextEvent(engine, changeTo(f, f === 4 ? ips.v4 : ips.v6), 10_000));
    oursChange.push(await countRequests(world, () => engine.checkNow('interval'), 1));
    await Promise.all(changes);
    ips = nextIps();
    await world.setIp(ips.v4, ips.v6);
    await world.resetCounts();
    const seen = await naive.check();
    if (seen.v4 !== ips.v4 || seen.v6 !== ips.v6) naiveMissed += 1;
    naiveChange.push({ v4: await world.requests(4), v6: await world.requests(6) });
    // Bring the engine to the same address, outside the counted window.
    await engine.checkNow('interval');
  }
  const oursAfterChange = await countRequests(world, () => engine.checkNow('interval'), 1);

  const ours = {
    steadyPerCheck: oursSteady,
    perChange: medianOf(oursChange),
    perChangeMax: { v4: Math.max(...oursChange.map((x) => x.v4)), v6: Math.max(...oursChange.map((x) => x.v6)) },
  };
  const nv = { steadyPerCheck: naiveSteady, perChange: medianOf(naiveChange), missedChanges: naiveMissed };
  return {
    sourcesPerFamily: naive.sources,
    checks: opts.checks,
    changes: opts.changes,
    ours: { ...ours, checkAfterChange: oursAfterChange },
    naive: nv,
    ratioNaiveOverOurs: {
      steady: ratio(nv.steadyPerCheck, ours.steadyPerCheck),
      change: ratio(nv.perChange, ours.perChange),
    },
  };
}
