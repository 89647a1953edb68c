/**
 * After a network change (and a wake, and the router's news) the engine's checks open new
 * connections: one kept from before may be bound to an address that is gone, where it never
 * answers, or NATed to the old public address, which it would then report as unchanged (both
 * seen in the router lab). Steady checks in between reuse theirs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CheckEvent } from '../../../../shared/types';
import { type EngineHarness, iface, startEngineHarness } from '../../../helpers/engine';
import { startWorld, type World } from '../../../helpers/world';

let world: World;
let h: EngineHarness;

beforeEach(async () => {
  // The echoes keep idle connections long, as Cloudflare does: only the client ends them.
  world = await startWorld('81.2.69.142', '2a02:1:2:3::5', { httpKeepAliveMs: 400_000 });
});
afterEach(async () => {
  await h?.close();
  await world.close();
});

const connections = () => world.v4.http[0]!.connections;
const checks = (trigger: string): CheckEvent[] => h.of('check').filter((c) => c.family === 4 && c.trigger === trigger);

describe('connections across a network change', () => {
  it('reuses them between steady checks, and opens new ones for the check after a change', async () => {
    // One HTTP source, IPv4 only: every check asks the one echo, over a connection it counts.
    const input = world.settings();
    input.sources = { builtIn: false, custom: world.sources.filter((s) => s.id === 'http0-v4') };
    input.monitor = { ...input.monitor, ipv6: false, confirmMinutes: 0 };
    h = await startEngineHarness(input);
    await h.engine.start();
    await h.waitFor(() => checks('start').length === 1);
    const afterStart = connections();

    await h.clock.advance(60_000);
    await h.waitFor(() => checks('interval').length === 1);
    expect(checks('interval')[0]!.requests).toBe(1);
    expect(connections()).toBe(afterStart);

    h.interfaces = iface('192.168.1.77');
    await h.clock.advance(1000 + 100); // one sampling period + the settle delay
    await h.waitFor(() => checks('network').length === 1);
    expect(checks('network')[0]!.result).toBe('unchanged');
    expect(connections()).toBe(afterStart + checks('network')[0]!.requests);
  });
});
