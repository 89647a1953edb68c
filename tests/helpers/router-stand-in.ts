/**
 * The router watch pointed at the NAT-PMP/PCP stand-in (tests/fakes/natpmp-pcp.ts) instead of
 * the machine's gateway: its address as the gateway, its port for NAT-PMP and PCP, announcements
 * on a free port, and SSDP sent to a loopback port where nothing answers (no UPnP here, and no
 * multicast out).
 */
import type { Clock } from '../../electron/engine/clock';
import type { Logger } from '../../electron/engine/logger';
import { createNatPmp } from '../../electron/engine/router/natpmp';
import { createPcp } from '../../electron/engine/router/pcp';
import { createUpnpIgd } from '../../electron/engine/router/upnp';
import { protocolSet } from '../../electron/engine/router/watch-ask';
import type { RouterWatchOverrides } from '../../electron/engine/runtime/router';
import type { FakeNatPmpPcp } from '../fakes/natpmp-pcp';

export function standInRouter(
  router: FakeNatPmpPcp,
  clock: Clock,
  logger: Logger,
  ssdpWaitMs = 300,
): RouterWatchOverrides {
  const findGateway = async () => router.gateway;
  return {
    findGateway,
    announcePort: 0,
    protocols: (gateway) =>
      protocolSet({
        natpmp: createNatPmp({ findGateway, port: router.port }),
        pcp: createPcp({ findGateway, port: router.port }),
        upnp: createUpnpIgd({ gateway, clock, logger, ssdpTargets: [{ address: '127.0.0.1', port: 9 }], ssdpWaitMs }),
      }),
  };
}
