/** What the monitor engine is built from (engine.ts), its timing constants, and its interface sampler. */
import os from 'node:os';

import type { NetworkIdentity } from '../../../shared/identity';
import type { Settings } from '../../../shared/settings';
import type { Trigger } from '../../../shared/types';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { leavingFrom } from '../net/local-address';
import type { NetClients } from '../net/types';
import type { NetWatch } from '../netwatch';
import type { PluginSourceSpec } from '../sources/plugin';
import type { SourceDeps } from '../sources/types';
import type { MonitorStore } from '../store/types';
import { type InterfaceMap, Sampler } from './triggers';
import type { RouterWitness } from './witness';

export interface EngineDeps {
  settings: Settings;
  clock: Clock;
  net: NetClients;
  store: MonitorStore;
  logger: Logger;
  version: string;
  readInterfaces?: () => InterfaceMap;
  /** The OS's network events and default routes (netwatch's osNetWatch); without it the interfaces are polled. */
  netWatch?: NetWatch;
  /** The home router's external IPv4 address (the router watch), a witness for steady IPv4 checks. */
  routerWitness?: RouterWitness;
  random?: () => number;
  /** The network identity of an address (identity/'s lookup): on change events and in the status. */
  identify?: (ip: string) => NetworkIdentity | null;
  /** Told the words a source read beside its answer (the trace's `warp=`): the identity keeps them. */
  onSourceWords?: SourceDeps['onWords'];
  /** The plugin sources (runtime/plugins.ts), read again at each settings change. */
  pluginSources?: () => readonly PluginSourceSpec[];
}

/** A follow-up check after a network change catches addresses that settle late (DHCP, SLAAC). */
export const FOLLOW_UP_MS = 10_000;
/** A router's new public address the quorum did not confirm is checked once more after this long. */
export const ROUTER_RECHECK_MS = 2000;
/** Sources asked at most per family and check, retries included. */
export const MAX_ATTEMPTS = 6;

/** A check beginning or ending: for the heartbeat's start signal only, so it is no EngineEvent (no feed or notice). */
export interface CheckRun {
  phase: 'start' | 'end';
  at: number;
  trigger: Trigger;
}

/** The engine's sampler of interfaces, routes and the wall clock: a network change or a wake calls `on`. */
export function engineSampler(
  deps: Pick<EngineDeps, 'clock' | 'logger' | 'readInterfaces' | 'netWatch'>,
  monitor: Pick<Settings['monitor'], 'networkPollMs' | 'networkWatch'>,
  on: { change: () => void; resume: () => void },
): Sampler {
  return new Sampler({
    clock: deps.clock,
    logger: deps.logger,
    readInterfaces: deps.readInterfaces ?? os.networkInterfaces,
    readRoutes: deps.netWatch?.readRoutes,
    events: deps.netWatch?.spec ?? null,
    noEvents: deps.netWatch?.none ?? null,
    noEventsReason: deps.netWatch?.noneReason ?? null,
    pollMs: monitor.networkPollMs,
    watchNetwork: monitor.networkWatch,
    onNetworkChange: on.change,
    onResume: (ms) => {
      deps.logger.info('wall clock jumped: resumed from sleep?', { sleptMs: ms });
      on.resume();
    },
    onError: (err) => deps.logger.warn('cannot read network interfaces', { error: String(err) }),
  });
}

/**
 * What the engine's sources are built with: its clients, each request of a family leaving from
 * the interface or address the settings choose for it (monitor.fromV4/fromV6, read at each request:
 * net/local-address.ts), and the interfaces the interface source reads.
 */
export function sourceDeps(deps: EngineDeps, settings: () => Settings): SourceDeps {
  const interfaces = deps.readInterfaces ?? os.networkInterfaces;
  const from = (f: 4 | 6) => settings().monitor[f === 4 ? 'fromV4' : 'fromV6'];
  return {
    net: leavingFrom(deps.net, from, interfaces),
    timeoutMs: settings().monitor.timeoutMs,
    userAgent: `IPWatch/${deps.version}`,
    now: () => deps.clock.now(),
    interfaces,
    ...(deps.onSourceWords ? { onWords: deps.onSourceWords } : {}),
  };
}
