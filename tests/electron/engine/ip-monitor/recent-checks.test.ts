/** The dashboard's strip of recent checks holds each check as the monitor judged it, through the real store. */
import { afterEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import { type EngineHarness, startEngineHarness } from '../../../helpers/engine';
import { FakeClock } from '../../../helpers/fake-clock';
import { startWorld, type World } from '../../../helpers/world';

const A4 = '81.2.69.142';
const B4 = '81.2.69.200';
const A6 = '2a02:1:2:3::5';

let world: World;
let h: EngineHarness;
let store: HistoryStore;

afterEach(async () => {
  await h?.close();
  await store?.close();
  await world?.close();
});

describe('recent checks', () => {
  it('keeps each check with the result the monitor gave it: confirmed, unchanged, changed, unavailable', async () => {
    world = await startWorld(A4, A6);
    const clock = new FakeClock();
    store = await openHistoryStore({
      dataDir: ':memory:',
      clock,
      logger: createLogger('test', { level: 'error', sink: () => {} }),
    });
    h = await startEngineHarness(world.settings({ monitor: { ipv6: false } }), { store, clock });
    await h.engine.start();
    const checks = () => h.of('check').filter((c) => c.family === 4);
    await h.waitFor(() => checks().length === 1);
    await h.clock.advance(60_000);
    await h.waitFor(() => checks().length === 2);
    world.setIp(B4, A6);
    await h.engine.checkNow('manual');
    await h.waitFor(() => h.of('change').some((c) => c.to === B4));
    await world.close();
    await h.engine.checkNow('manual');
    const results = checks().map((c) => c.result);
    expect(results).toContain('changed');
    expect(results.at(-1)).toBe('unavailable');
    const strip = store.insight().checks.v4;
    expect(strip.map((c) => c.result)).toEqual(results);
    expect(strip.map((c) => c.at)).toEqual([...strip.map((c) => c.at)].sort((a, b) => a - b));
  });
});
