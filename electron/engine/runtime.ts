/**
 * Composition root shared by the headless runner and (later) the Electron main process:
 * real network clients, the store, and the engine, with one close() that stops them in order.
 */
import type { Settings } from '../../shared/settings';
import { systemClock, type Clock } from './clock';
import type { Logger } from './logger';
import { Engine } from './monitor/engine';
import { createHttpClient } from './net/http';
import type { NetClients } from './net/types';
import { createUdpClient } from './net/udp';
import type { MonitorStore } from './store/types';

export interface RuntimeOptions {
  settings: Settings;
  store: MonitorStore;
  logger: Logger;
  version: string;
  clock?: Clock;
  net?: NetClients;
}

export interface Runtime {
  engine: Engine;
  net: NetClients;
  close(): Promise<void>;
}

export function createRuntime(opts: RuntimeOptions): Runtime {
  const net = opts.net ?? { http: createHttpClient({ userAgent: `IPWatch/${opts.version}` }), udp: createUdpClient() };
  const engine = new Engine({
    settings: opts.settings,
    clock: opts.clock ?? systemClock,
    net,
    store: opts.store,
    logger: opts.logger.child('engine'),
    version: opts.version,
  });
  return {
    engine,
    net,
    async close() {
      await engine.stop();
      await opts.store.close();
      await Promise.all([net.http.close(), net.udp.close()]);
    },
  };
}
