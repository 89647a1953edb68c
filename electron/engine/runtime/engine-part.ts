/** The IP monitor over the runtime's clock and clients, with the router as a witness and the plugin sources. */
import type { NetworkIdentity } from '../../../shared/identity';
import type { Settings } from '../../../shared/settings';
import type { Clock } from '../clock';
import type { IdentityService } from '../identity';
import { Engine } from '../ip-monitor/engine';
import type { Logger } from '../logger';
import type { NetClients } from '../net/types';
import { type NetWatch, osNetWatch } from '../netwatch';
import type { PluginSourceSpec } from '../sources/plugin';
import type { MonitorStore } from '../store/types';
import type { routerPart } from './router';

export interface EngineOptions {
  settings: Settings;
  store: MonitorStore;
  logger: Logger;
  version: string;
  netWatch?: NetWatch;
  identify?: (ip: string) => NetworkIdentity | null;
  identity?: IdentityService;
}

export function engineFor(
  opts: EngineOptions,
  clock: Clock,
  net: NetClients,
  routerWitness: ReturnType<typeof routerPart>['witness'],
  pluginSources: () => PluginSourceSpec[],
): Engine {
  return new Engine({
    settings: opts.settings,
    clock,
    net,
    store: opts.store,
    logger: opts.logger.child('engine'),
    version: opts.version,
    netWatch: opts.netWatch ?? osNetWatch(process.platform, process.env),
    routerWitness,
    pluginSources,
    ...(opts.identify ? { identify: opts.identify } : {}),
    ...(opts.identity ? { identify: opts.identity.identify, onSourceWords: opts.identity.noteWords } : {}),
  });
}
