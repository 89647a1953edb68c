/** Builds a real Engine on real network clients, a FakeClock and the local world. */
import { Engine, type EngineDeps } from '../../electron/engine/ip-monitor/engine';
import type { InterfaceMap } from '../../electron/engine/ip-monitor/triggers';
import { createLogger, type LogRecord } from '../../electron/engine/logger';
import { createHttpClient } from '../../electron/engine/net/http';
import { createUdpClient } from '../../electron/engine/net/udp';
import { openHistoryStore } from '../../electron/engine/store';
import type { MonitorStore } from '../../electron/engine/store/types';
import { parseSettings, type Settings, type SettingsInput } from '../../shared/settings';
import type { EngineEvent } from '../../shared/types';
import { FakeClock } from './fake-clock';
import { until } from './until';

export interface EngineHarness {
  engine: Engine;
  clock: FakeClock;
  events: EngineEvent[];
  logs: LogRecord[];
  store: MonitorStore;
  /** The interface table the engine samples; change it to simulate a network change. */
  interfaces: InterfaceMap;
  of<T extends EngineEvent['type']>(type: T): Extract<EngineEvent, { type: T }>[];
  /** Resolves with the next event of this type (or rejects after `ms` of real time). */
  next<T extends EngineEvent['type']>(type: T, ms?: number): Promise<Extract<EngineEvent, { type: T }>>;
  /** Resolves once `pred(events)` holds (polled in real time), else rejects after `ms`. */
  waitFor(pred: (events: EngineEvent[]) => boolean, ms?: number): Promise<void>;
  close(): Promise<void>;
}

/** Settings as a file of an older version holds them: parsed through the same upgrade. */
type OlderSettingsInput = Omit<SettingsInput, 'version'> & { version: number };

export function settingsFrom(input: SettingsInput | OlderSettingsInput): Settings {
  const r = parseSettings(input);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.settings;
}

export const iface = (address: string): InterfaceMap => ({
  eth0: [
    {
      address,
      netmask: '255.255.255.0',
      family: 'IPv4',
      mac: '00:00:00:00:00:01',
      internal: false,
      cidr: `${address}/24`,
    },
  ],
});

export async function startEngineHarness(
  input: SettingsInput,
  opts: {
    store?: MonitorStore;
    clock?: FakeClock;
    deps?: Pick<EngineDeps, 'netWatch' | 'readInterfaces' | 'routerWitness' | 'pluginSources'>;
  } = {},
): Promise<EngineHarness> {
  const clock = opts.clock ?? new FakeClock();
  const events: EngineEvent[] = [];
  const logs: LogRecord[] = [];
  const logger = createLogger('test', { level: 'debug', sink: (r) => logs.push(r) });
  // The real history store, in memory; a test that restarts passes its own file-backed one.
  const ownStore = opts.store
    ? null
    : await openHistoryStore({ dataDir: ':memory:', clock, logger: logger.child('store') });
  const store = opts.store ?? ownStore!;
  const net = { http: createHttpClient({ userAgent: 'IPWatch/test' }), udp: createUdpClient() };
  const harness: EngineHarness = {
    clock,
    events,
    logs,
    store,
    interfaces: iface('192.168.1.10'),
    engine: undefined as unknown as Engine,
    of: (type) => events.filter((e) => e.type === type) as never,
    next: (type, ms = 5000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${type} event within ${ms} ms`)), ms);
        const off = harness.engine.on((e) => {
          if (e.type !== type) return;
          clearTimeout(timer);
          off();
          resolve(e as never);
        });
      }),
    waitFor: (pred, ms = 15_000) =>
      until(() => pred(events), { timeoutMs: ms }).catch((err: unknown) => {
        throw new Error(`${String(err)}; events: ${events.map((e) => e.type).join(',')}`);
      }),
    async close() {
      await harness.engine.stop();
      await ownStore?.close();
      await Promise.all([net.http.close(), net.udp.close()]);
    },
  };
  harness.engine = new Engine({
    settings: settingsFrom(input),
    clock,
    net,
    store,
    logger,
    version: 'test',
    readInterfaces: () => harness.interfaces,
    random: () => 0.5,
    ...opts.deps,
  });
  harness.engine.on((e) => events.push(e));
  return harness;
}
