/**
 * What each feature part of the runtime (features.ts) is built from and offers. Types only.
 */
import type { AppProcesses } from '../../../shared/app-processes';
import type { AppStatus, FeatureHandlers } from '../../../shared/contract';
import type { SitesEvent } from '../../../shared/contract/fleet';
import type { NetworkIdentity } from '../../../shared/identity';
import type { Settings } from '../../../shared/settings';
import type { Clock } from '../clock';
import type { NsResolver } from '../ddns/propagation';
import type { IdentityService } from '../identity/network-identity';
import type { Engine } from '../ip-monitor/engine';
import type { Logger } from '../logger';
import type { NetClients } from '../net/types';
import type { Notifier } from '../notify';
import type { PluginsRead } from '../plugins/load';
import type { RouterWatch } from '../router/watch';
import type { Redactor } from '../secrets/redact';
import type { SecretSource } from '../secrets/resolve';
import type { HistoryStore } from '../store';
import type { TransitionDeps } from '../transition';

export interface FeatureContext {
  settings: Settings;
  store: HistoryStore;
  net: NetClients;
  clock: Clock;
  logger: Logger;
  secrets: SecretSource;
  redactor: Redactor;
  engine: Engine;
  notifier: Notifier;
  version: string;
  /** The network identity of addresses (the host's, shared with the store); the identity part enriches it. */
  identity?: IdentityService;
  /** The offline lookup alone, when there is no identity service (a test's runtime). */
  identify?: (ip: string) => NetworkIdentity | null;
  /** The home router watch: its UPnP-IGD port mappings tell which monitors' ports are not forwarded. */
  router?: RouterWatch;
  /** Where the DNS records' zones are looked up and their servers asked; the system's resolver and port 53 when absent. */
  ddnsLookups?: DdnsLookups;
  /** The runtime's one status (redacted): what the fleet publishes of this site. */
  appStatus?: () => AppStatus;
  /** Calls `listener` when a part's status changed on its own (features.ts onChange); returns the unsubscribe. */
  onStatusChange?: (listener: () => void) => () => void;
  /** The plugins folder as it is now (runtime/plugins.ts). */
  plugins?: () => PluginsRead;
  /** What the IPv6 transition look reads (a test's stand-ins); the system's resolver and interfaces when absent. */
  transition?: TransitionDeps;
  /** Where the plugins are read from (`<data folder>/plugins`), said on Settings; none without it. */
  pluginsFolder?: string;
  /** The app's other processes' memory now (the shell reads Electron's); none headless. */
  appProcesses?: () => AppProcesses | null;
}

export interface DdnsLookups {
  resolver: NsResolver;
  /** The authoritative servers' port. */
  dnsPort?: number;
}

/** What a part adds to AppStatus. */
export type FeatureStatus = Partial<Pick<AppStatus, 'ddns' | 'monitors' | 'speedTest' | 'watcher' | 'fleet' | 'quiet'>>;

export interface FeaturePart {
  readonly name: string;
  handlers: Partial<FeatureHandlers>;
  status?(): FeatureStatus;
  start?(): void | Promise<void>;
  update?(settings: Settings): void | Promise<void>;
  close?(): Promise<void>;
  /** Calls `listener` when the part's status changed on its own (not after a settings update); returns the unsubscribe. */
  onChange?(listener: () => void): () => void;
  /** Calls `listener` with the live stream's `sites` word when watched sites changed (the fleet part). */
  onSites?(listener: (event: SitesEvent) => void): () => void;
}
