/**
 * A "lane" of the engine bench: one real Engine (system clock, real sockets) pointed at one
 * remote world's fakes, with an interface table the bench switches by hand. Plus the event
 * helpers every section waits with, and fresh public addresses for each switch.
 */
import type { NetworkInterfaceInfo } from 'node:os';
import { performance } from 'node:perf_hooks';

import { systemClock } from '../../electron/engine/clock';
import { Engine } from '../../electron/engine/ip-monitor/engine';
import type { InterfaceMap } from '../../electron/engine/ip-monitor/triggers';
import { createLogger } from '../../electron/engine/logger';
import { createHttpClient } from '../../electron/engine/net/http';
import type { NetClients } from '../../electron/engine/net/types';
import { createUdpClient } from '../../electron/engine/net/udp';
import { openHistoryStore } from '../../electron/engine/store';
import { parseSettings, type Settings } from '../../shared/settings';
import type { ChangeEvent, CheckEvent, EngineEvent, Family } from '../../shared/types';
import type { RemoteWorld } from './remote-world';

const logger = createLogger('bench.engine', {
  level: 'warn',
  sink: (r) => process.stderr.write(`${r.scope} ${r.level} ${r.message} ${JSON.stringify(r.data ?? {})}\n`),
});

/** Fresh public addresses for each switch: v4 in 81.2.100+.x, v6 in a new /64 each time. */
let ipSeq = 16;
export function nextIps(): { v4: string; v6: string; n: number } {
  const n = ipSeq++;
  return { v4: `81.2.${100 + Math.floor(n / 250)}.${(n % 250) + 1}`, v6: `2a02:1:2:${n.toString(16)}::5`, n };
}

/** The machine's interface table as the sampler sees it: one LAN address per family. */
export function interfaceTable(n: number): InterfaceMap {
  const v4: NetworkInterfaceInfo = {
    address: `192.168.${n % 250}.10`,
    netmask: '255.255.255.0',
    family: 'IPv4',
    mac: '02:00:00:00:00:01',
    internal: false,
    cidr: `192.168.${n % 250}.10/24`,
  };
  const v6: NetworkInterfaceInfo = {
    address: `2001:db8:${n.toString(16)}::10`,
    netmask: 'ffff:ffff:ffff:ffff::',
    family: 'IPv6',
    mac: '02:00:00:00:00:01',
    internal: false,
    cidr: `2001:db8:${n.toString(16)}::10/64`,
    scopeid: 0,
  };
  return { eth0: [v4, v6] };
}

function settingsFor(world: RemoteWorld, monitor: Partial<Settings['monitor']>): Settings {
  const r = parseSettings({ monitor, sources: { builtIn: false, custom: world.sources } });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.settings;
}

export interface Lane {
  world: RemoteWorld;
  settings: Settings;
  net: NetClients;
  engine: Engine;
  interfaces: InterfaceMap;
  /** performance.now() of every sampler read, newest last (the network section uses it). */
  reads: number[];
  close(): Promise<void>;
}

export async function makeLane(world: RemoteWorld, monitor: Partial<Settings['monitor']>): Promise<Lane> {
  const settings = settingsFor(world, monitor);
  const net: NetClients = { http: createHttpClient({ userAgent: 'IPWatch/bench' }), udp: createUdpClient() };
  // The real history store, in memory: what it costs per check is part of the engine's cost.
  const store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
  const lane: Lane = {
    world,
    settings,
    net,
    interfaces: interfaceTable(0),
    reads: [],
    engine: undefined as unknown as Engine,
    async close() {
      await lane.engine.stop();
      await store.close();
      await Promise.all([net.http.close(), net.udp.close()]);
    },
  };
  lane.engine = new Engine({
    settings,
    clock: systemClock,
    net,
    store,
    logger,
    version: 'bench',
    readInterfaces: () => {
      lane.reads.push(performance.now());
      if (lane.reads.length > 64) lane.reads.splice(0, 32);
      return lane.interfaces;
    },
  });
  return lane;
}

/** Resolves with the first matching event and the performance.now() it was emitted at. */
export function nextEvent<E extends EngineEvent>(
  engine: Engine,
  match: (e: EngineEvent) => e is E,
  ms: number,
): Promise<{ e: E; t: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no matching event within ${ms} ms`));
    }, ms);
    const off = engine.on((e) => {
      if (!match(e)) return;
      const t = performance.now();
      clearTimeout(timer);
      off();
      resolve({ e, t });
    });
  });
}

export const changeTo =
  (family: Family, ip: string) =>
  (e: EngineEvent): e is ChangeEvent =>
    e.type === 'change' && e.family === family && e.to === ip;

export const checkOf =
  (family: Family, pred: (e: CheckEvent) => boolean) =>
  (e: EngineEvent): e is CheckEvent =>
    e.type === 'check' && e.family === family && pred(e);

/** Starts the engine; resolves when its start check has reported both families (performance.now()). */
export async function startAndSettle(lane: Lane): Promise<number> {
  const done = Promise.all(
    ([4, 6] as const).map((f) =>
      nextEvent(
        lane.engine,
        checkOf(f, (e) => e.trigger === 'start'),
        10_000,
      ),
    ),
  );
  await lane.engine.start();
  return Math.max(...(await done).map((r) => r.t));
}
