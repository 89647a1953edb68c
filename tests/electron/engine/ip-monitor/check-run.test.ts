/**
 * The engine tells when each check begins and ends (onCheckRun, for the heartbeat's start
 * signal): start before the check's events, end after them, a queued check after the one under
 * way, and a throwing listener never stops a check.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';

import type { CheckRun } from '../../../../electron/engine/ip-monitor/engine';
import { type EngineHarness, startEngineHarness } from '../../../helpers/engine';
import { startWorld, type World } from '../../../helpers/world';

let world: World;
let h: EngineHarness;

beforeEach(async () => {
  world = await startWorld();
  h = await startEngineHarness(world.httpOnlyV4({ intervalSec: 60 }));
});
afterEach(async () => {
  await h.close();
  await world.close();
});

it('tells each check’s start before its events and its end after them, in order', async () => {
  const seen: string[] = [];
  const runs: CheckRun[] = [];
  h.engine.on((e) => seen.push(e.type));
  h.engine.onCheckRun((r) => {
    runs.push(r);
    seen.push(r.phase);
  });
  await h.engine.start();
  expect(seen).toEqual(['start', 'change', 'check', 'end']); // the first address found is a change
  seen.length = 0;
  // A second check asked while one runs waits for it, and is told after it.
  await Promise.all([h.engine.checkNow('manual'), h.engine.checkNow('network')]);
  expect(seen).toEqual(['start', 'check', 'end', 'start', 'check', 'end']);
  expect(runs.map((r) => `${r.phase} ${r.trigger}`)).toEqual([
    'start start',
    'end start',
    'start manual',
    'end manual',
    'start network',
    'end network',
  ]);
  expect(runs.every((r) => r.at === h.clock.now())).toBe(true);
});

it('a listener that throws is logged and the check goes on', async () => {
  h.engine.onCheckRun(() => {
    throw new Error('listener broke');
  });
  const report = await h.engine.start();
  expect(report.families.v4.lastCheck?.result).toBe('confirmed');
  expect(h.of('check')).toHaveLength(1);
  expect(JSON.stringify(h.logs)).toContain('listener broke');
});
