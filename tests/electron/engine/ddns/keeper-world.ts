/**
 * The keeper's world in tests: a real DdnsKeeper over a real history store, a FakeClock, the
 * providers' stand-ins over loopback HTTP, and a stand-in authoritative DNS server (tests/fakes/
 * dns-server.ts) that serves the zone's NS and the record, found through node's own resolver.
 * `follow` mirrors what the dyndns2 stand-in (or a provider's zone, tests/fakes/ddns-zone.ts) holds into the DNS answers (the provider's servers
 * catching up), unless a test holds it back.
 */
import { promises as dnsPromises } from 'node:dns';

import { ddnsHttp } from '../../../../electron/engine/ddns/http';
import { DdnsKeeper, type DdnsKeeperDeps } from '../../../../electron/engine/ddns/keeper';
import type { Confirmed } from '../../../../electron/engine/ddns/plan';
import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { createUdpClient } from '../../../../electron/engine/net';
import { createRedactor } from '../../../../electron/engine/secrets/redact';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import type { DdnsRecordStatus } from '../../../../shared/contract/ddns';
import type { ChangeEvent } from '../../../../shared/types';
import type { Zone } from '../../../fakes/ddns-zone';
import { type FakeDnsServer, startDnsServer } from '../../../fakes/dns-server';
import type { Dyndns2StandIn } from '../../../fakes/dyndns2';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';

export const ZONE = 'example.org';
export const HOST = 'home.example.org';

export interface KeeperWorld {
  keeper: DdnsKeeper;
  clock: FakeClock;
  dns: FakeDnsServer;
  logs: LogRecord[];
  redactor: ReturnType<typeof createRedactor>;
  current: { v4: Confirmed | null; v6: Confirmed | null };
  /** Advances the fake clock by `ms` (firing the keeper's timers) until `cond` holds. */
  step(cond: () => boolean, what: string, ms?: number): Promise<void>;
  record(id: string): DdnsRecordStatus;
  change(to: string, at?: number, family?: 4 | 6): ChangeEvent;
  close(): Promise<void>;
}

/** The keeper's history store on `clock`, silent below errors: in memory, or in `dataDir` (to reopen it, a restart). */
export const keeperStore = (clock: FakeClock, dataDir = ':memory:'): Promise<HistoryStore> =>
  openHistoryStore({ dataDir, clock, logger: createLogger('store', { level: 'error', sink: () => undefined }) });

export const TIMING = { lookTimeoutMs: 500, proveLimitMs: 60_000, proveEveryMs: 2_000, lookEveryMs: 600_000 };

export async function startKeeperWorld(
  store: HistoryStore,
  clock: FakeClock,
  random: () => number,
  follow: { dyn?: Dyndns2StandIn; zone?: Zone; held?: boolean } = {},
  /** More of the keeper's dependencies (this host's addresses). */
  more: Partial<DdnsKeeperDeps> = {},
): Promise<KeeperWorld> {
  const dns = await startDnsServer();
  dns.setRecord(ZONE, 'NS', 'ns1.example.org');
  dns.setRecord('ns1.example.org', 'A', '127.0.0.1');
  const ns = new dnsPromises.Resolver({ timeout: 500, tries: 1 });
  ns.setServers([dns.server]);
  const udp = createUdpClient();
  const logs: LogRecord[] = [];
  const redactor = createRedactor();
  const current: KeeperWorld['current'] = { v4: null, v6: null };
  const keeper = new DdnsKeeper({
    store,
    clock,
    logger: createLogger('ddns', { level: 'debug', sink: (r) => logs.push(r), redact: redactor }),
    random,
    resolver: ns,
    dnsPort: dns.port,
    ...TIMING,
    changed: () => undefined,
    updaterDeps: { udp, http: ddnsHttp, clock, timeoutMs: 2000 },
    secrets: { env: { DDNS_TOKEN: 'env-token-5678' }, readFile: () => '' },
    confirmed: (f) => (f === 4 ? current.v4 : current.v6),
    addSecrets: (s) => redactor.add(s),
    ...more,
  });
  const mirror = () => {
    if (follow.held) return;
    follow.zone?.mirror(dns);
    for (const [host, ip] of follow.dyn?.hosts ?? []) if (ip) dns.setRecord(host, 'A', ip);
  };
  const world: KeeperWorld = {
    keeper,
    clock,
    dns,
    logs,
    redactor,
    current,
    step: (cond, what, ms = 0) =>
      until(
        async () => {
          mirror();
          await clock.advance(ms);
          mirror();
          return cond();
        },
        { timeoutMs: 10_000, what },
      ),
    record: (id) => {
      const found = keeper.status().records.find((r) => r.id === id);
      if (!found) throw new Error(`no record ${id} in the status`);
      return found;
    },
    change: (to, at = clock.now(), family = 4) => ({
      type: 'change',
      at,
      family,
      from: null,
      to,
      fromSince: null,
      trigger: 'interval',
      sources: ['a', 'b'],
    }),
    async close() {
      keeper.close();
      await Promise.all([dns.close(), udp.close()]);
    },
  };
  return world;
}
