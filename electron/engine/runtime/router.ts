/**
 * The router watch (router/watch.ts) in the runtime: started and stopped with the monitor, asked
 * again on every network change the monitor sees, and turned into the status's `router` and
 * `nat` parts. It feeds the status only; the monitor decides the public address as before.
 */
import os from 'node:os';

import { type Nat, natVerdict } from '../../../shared/nat';
import type { Settings } from '../../../shared/settings';
import type { RouterStatus } from '../../../shared/types';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Engine } from '../monitor/engine';
import { createGatewayFinder } from '../router';
import { createRouterWatch, type RouterWatch, type RouterWatchOptions } from '../router/watch';

/** What a test may change: the gateway, the stand-ins' ports. */
export type RouterWatchOverrides = Partial<Pick<RouterWatchOptions, 'findGateway' | 'protocols' | 'announcePort'>>;

export interface RouterPart {
  watch: RouterWatch;
  status(): { router: RouterStatus; nat: Nat };
}

export function routerPart(
  settings: Settings,
  engine: Engine,
  deps: { clock: Clock; logger: Logger; overrides?: RouterWatchOverrides },
): RouterPart {
  const watch = createRouterWatch({
    settings: settings.router,
    clock: deps.clock,
    logger: deps.logger,
    findGateway: createGatewayFinder(),
    ...deps.overrides,
  });
  // The monitor's own network-change check (after its settle time) is the hook: one per change.
  engine.on((event) => {
    if (event.type === 'check' && event.trigger === 'network') watch.trigger('network');
  });
  return {
    watch,
    status() {
      const router = watch.status();
      const nat = natVerdict({
        routerAddress: router.state === 'ok' ? router.externalAddress : null,
        publicAddress: engine.liveStatus().families.v4.ip,
        localAddresses: localIpv4(),
      });
      return { router, nat };
    },
  };
}

/** This machine's own IPv4 addresses: one holding the public address means no NAT at all. */
function localIpv4(): string[] {
  return Object.values(os.networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}
