/** What the monitor engine is built from (engine.ts), and its timing constants. */
import type { NetworkIdentity } from '../../../shared/identity';
import type { Settings } from '../../../shared/settings';
import type { Trigger } from '../../../shared/types';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { NetClients } from '../net/types';
import type { NetWatch } from '../netwatch';
import type { SourceDeps } from '../sources/types';
import type { MonitorStore } from '../store/types';
import type { InterfaceMap } from './triggers';
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
