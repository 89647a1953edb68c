import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CheckEvent } from '../../../../shared/types';
import { type EngineHarness, iface, startEngineHarness } from '../../../helpers/engine';
import { exactUnlessHedged, tooQuickToHedge } from '../../../helpers/request-counts';
import { startWorld, type World } from '../../../helpers/world';

const A4 = '81.2.69.142';
const B4 = '81.2.69.200';
const A6 = '2a02:1:2:3::5';
const B6 = '2a02:1:9:9::5';

let world: World;
let h: EngineHarness;

beforeEach(async () => {
  world = await startWorld(A4, A6);
});
afterEach(async () => {
  await h?.close();
  await world.close();
});

const checks = (h: EngineHarness, family?: 4 | 6): CheckEvent[] =>
  h.of('check').filter((c) => family === undefined || c.family === family);

describe('engine', () => {
  it('confirms both families on start with a quorum, then checks with one request per family', async () => {
    h = await startEngineHarness(world.settings());
    await h.engine.start();
    await h.waitFor(() => checks(h).length === 2);
    expect(h.of('change').map((c) => [c.family, c.from, c.to])).toEqual(
      expect.arrayContaining([
        [4, null, A4],
        [6, null, A6],
      ]),
    );
    for (const c of checks(h)) expect(c.result).toBe('confirmed');
    const status = h.engine.getStatus();
    expect(status.families.v4.ip).toBe(A4);
    expect(status.families.v6.ip).toBe(A6);
    expect(status.online).toBe(true);

    world.resetCounts();
    await h.clock.advance(60_000);
    await h.waitFor(() => checks(h).length === 4);
    const [c1, c2] = checks(h).slice(2);
    expect([c1, c2].map((c) => [c!.result, c!.requests, c!.trigger])).toEqual([
      ['unchanged', exactUnlessHedged([c1!], 1), 'interval'],
      ['unchanged', exactUnlessHedged([c2!], 1), 'interval'],
    ]);
    expect(world.requests()).toEqual(exactUnlessHedged([c1!, c2!], 2));
  });

  it('reports exactly one change per family when the address switches, within the network-change trigger', async () => {
    h = await startEngineHarness(world.settings());
    await h.engine.start();
    await h.waitFor(() => checks(h).length === 2);
    world.setIp(B4, B6);
    world.resetCounts();
    h.interfaces = iface('192.168.1.77');
    await h.clock.advance(1000 + 100); // one sampling period + the settle delay
    await h.waitFor(() => h.of('change').length === 4);
    const changes = h.of('change').slice(2);
    expect(changes.map((c) => [c.family, c.from, c.to, c.trigger]).sort()).toEqual([
      [4, A4, B4, 'network'],
      [6, A6, B6, 'network'],
    ]);
    expect(changes.every((c) => c.sources.length >= 2)).toBe(true);
    // <= 3 per family; a check a busy machine stalled past a hedge delay may ask each source once.
    const network = checks(h).filter((c) => c.trigger === 'network');
    expect(world.requests()).toBeLessThanOrEqual(tooQuickToHedge(network) ? 6 : world.sources.length);
    // The follow-up check finds nothing new.
    await h.clock.advance(10_000);
    await h.waitFor(() => checks(h).filter((c) => c.trigger === 'follow-up').length === 2);
    expect(h.of('change')).toHaveLength(4);
  });

  it('checks after a resume from sleep (wall clock jump)', async () => {
    h = await startEngineHarness(world.settings());
    await h.engine.start();
    await h.waitFor(() => checks(h).length === 2);
    h.clock.jump(3_600_000);
    await h.clock.advance(1000);
    const resumed = () => checks(h).filter((c) => c.trigger === 'resume');
    await h.waitFor(() => resumed().length === 2);
    // Both families are checked again, with one request each, and the same addresses are found.
    const [r4, r6] = [4, 6].map((f) => resumed().find((c) => c.family === f)!);
    expect([r4, r6].map((c) => [c!.family, c!.result, c!.requests, c!.ip])).toEqual([
      [4, 'unchanged', exactUnlessHedged([r4!], 1), A4],
      [6, 'unchanged', exactUnlessHedged([r6!], 1), A6],
    ]);
    expect(h.of('change')).toHaveLength(2);
    expect(h.engine.getStatus().families.v4.ip).toBe(A4);
  });

  it('does not treat a new IPv6 interface id inside the same /64 as a change', async () => {
    h = await startEngineHarness(world.settings());
    await h.engine.start();
    await h.waitFor(() => checks(h).length === 2);
    world.setIp(A4, '2a02:1:2:3:aaaa:bbbb:cccc:dddd');
    await h.engine.checkNow();
    expect(h.of('change')).toHaveLength(2);
    expect(checks(h, 6).at(-1)?.result).toBe('unchanged');
  });

  it('joins concurrent manual checks instead of piling them up', async () => {
    h = await startEngineHarness(world.settings({ monitor: { ipv6: false } }));
    const [a, b, c] = await Promise.all([h.engine.checkNow(), h.engine.checkNow(), h.engine.checkNow()]);
    expect(a.families.v4.ip).toBe(A4);
    expect(b).toBe(c); // the two calls made during the first check share one follow-up check
    expect(checks(h)).toHaveLength(2);
    expect(h.engine.getStatus().families.v6.enabled).toBe(false);
  });
});
