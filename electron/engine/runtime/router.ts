/**
 * The router watch (router/watch.ts) in the runtime: started and stopped with the monitor, asked
 * again on every network change the monitor sees, a witness for the monitor's steady IPv4
 * checks (monitor/witness.ts), and, when its answer changes, a reason for a check at once,
 * which the public sources confirm. It also gives the status's `router` and `nat` parts.
 */
import os from 'node:os';

import { type Nat, natVerdict } from '../../../shared/nat';
import type { Settings } from '../../../shared/settings';
import { ROUTER_PROTOCOL_LABEL, type RouterStatus } from '../../../shared/types';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Engine } from '../monitor/engine';
import type { RouterWitness } from '../monitor/witness';
import { createGatewayFinder } from '../router';
import { createRouterWatch, type RouterWatch, type RouterWatchOptions } from '../router/watch';

/** What a test may change: the gateway, the stand-ins' ports. */
export type RouterWatchOverrides = Partial<Pick<RouterWatchOptions, 'findGateway' | 'protocols' | 'announcePort'>>;

export interface RouterPart {
  watch: RouterWatch;
  /** The router's external address, asked now: the engine's IPv4 witness. */
  witness: RouterWitness;
  /** Wires the watch and the engine together, once the engine exists. */
  attach(engine: Engine): void;
  status(engine: Engine): { router: RouterStatus; nat: Nat };
}

export function routerPart(
  settings: Settings,
  deps: { clock: Clock; logger: Logger; overrides?: RouterWatchOverrides },
): RouterPart {
  const watch = createRouterWatch({
    settings: settings.router,
    clock: deps.clock,
    logger: deps.logger,
    findGateway: createGatewayFinder(),
    ...deps.overrides,
  });
  return {
    watch,
    async witness() {
      const s = await watch.askNow();
      if (s.state !== 'ok' || !s.externalAddress) return null;
      return { address: s.externalAddress, by: `router ${s.protocol ? ROUTER_PROTOCOL_LABEL[s.protocol] : ''}`.trim() };
    },
    attach(engine) {
      // The monitor's own network-change check (after its settle time) is the hook: one per change.
      engine.on((event) => {
        if (event.type === 'check' && event.trigger === 'network') watch.trigger('network');
      });
      // A new answer (an announcement, a GENA event, the poll, a witness question) is news to check.
      watch.onRound((next, prev) => {
        const [was, is] = [
          prev.state === 'ok' ? prev.externalAddress : null,
          next.state === 'ok' ? next.externalAddress : null,
        ];
        if (was !== null && is !== null && is !== was) engine.routerSaw(is);
      });
    },
    status(engine) {
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
