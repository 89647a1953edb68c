/**
 * The DdnsKeeper of the ddns bench's in-process figures (bench/ddns.ts, bench/ddns-many.ts): built
 * as the runtime builds it (electron/engine/runtime/ddns-keeper.ts, DDNS_TIMING) on the real clock,
 * over a stand-in resolver (the runtime's asks the system's, which would leave the machine).
 */
import type { promises as dnsPromises } from 'node:dns';

import { systemClock } from '../electron/engine/clock';
import { ddnsHttp } from '../electron/engine/ddns/http';
import { DdnsKeeper } from '../electron/engine/ddns/keeper';
import type { Logger } from '../electron/engine/logger';
import type { createUdpClient } from '../electron/engine/net';
import { DDNS_TIMING } from '../electron/engine/runtime/ddns-keeper';
import type { HistoryStore } from '../electron/engine/store';
import { seededRandom } from '../tests/helpers/random';

/** The keeper as the runtime builds it (DDNS_TIMING), over a stand-in resolver: bench/ddns.ts's figures share it. */
export function benchKeeper(o: {
  store: HistoryStore;
  logger: Logger;
  seed: number;
  resolver: dnsPromises.Resolver;
  dnsPort: number;
  udp: ReturnType<typeof createUdpClient>;
  http?: typeof ddnsHttp;
}): DdnsKeeper {
  return new DdnsKeeper({
    store: o.store,
    clock: systemClock,
    logger: o.logger,
    random: seededRandom(o.seed),
    resolver: o.resolver,
    dnsPort: o.dnsPort,
    ...DDNS_TIMING,
    changed: () => undefined,
    updaterDeps: { udp: o.udp, http: o.http ?? ddnsHttp, clock: systemClock, timeoutMs: DDNS_TIMING.requestTimeoutMs },
    secrets: { env: {}, readFile: () => '' },
    confirmed: () => null,
    addSecrets: () => undefined,
  });
}
